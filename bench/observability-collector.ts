/**
 * An OTLP/HTTP collector stand-in for bench:observability and profile-observability: accepts every
 * export (JSON or protobuf), answers as a collector does, and counts the exports and, for JSON, the
 * spans (GET on any path answers the counts). Run in the benchmark's own process it would compete
 * with the client that times the requests; as a script it runs in a process of its own, which
 * prints its URL and, on SIGTERM, its counts and its own CPU time:
 *
 *   npx tsx bench/observability-collector.ts   # → {"url":"http://127.0.0.1:41234"}
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runMain } from './run-main.js';

export interface Collector {
  url: string;
  spans(): number;
  requests(): number;
  bytes(): number;
  close(): Promise<void>;
}

export async function startCollector(): Promise<Collector> {
  let spans = 0;
  let requests = 0;
  let bytes = 0;
  const server: Server = createServer((req, res) => {
    if (req.method === 'GET') {
      // What it received so far, and its own CPU time (when it runs in a process of its own).
      const cpu = process.cpuUsage();
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ spans, requests, bytes, cpuMs: (cpu.user + cpu.system) / 1000 }));
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (d: Buffer) => chunks.push(d));
    req.on('end', () => {
      requests++;
      const body = Buffer.concat(chunks);
      bytes += body.length;
      const json = String(req.headers['content-type']).includes('json');
      if (json) {
        try {
          for (const r of JSON.parse(body.toString()).resourceSpans ?? []) for (const s of r.scopeSpans ?? []) spans += s.spans?.length ?? 0;
        } catch {
          // Not JSON after all: still accepted, as a collector would answer; the count says so.
        }
      }
      // An empty ExportTraceServiceResponse: `{}` in JSON, no bytes in protobuf.
      res.writeHead(200, { 'content-type': json ? 'application/json' : 'application/x-protobuf' }).end(json ? '{}' : undefined);
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    spans: () => spans,
    requests: () => requests,
    bytes: () => bytes,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

/** The stand-in in a process of its own (this file run as a script); `stop` returns its counts and CPU time. */
export interface CollectorCounts {
  spans: number;
  requests: number;
  bytes: number;
  cpuMs: number;
}

export async function startCollectorProcess(): Promise<{ url: string; counts(): Promise<CollectorCounts>; stop(): Promise<CollectorCounts> }> {
  const entry = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, ['--import', 'tsx', entry], { stdio: ['ignore', 'pipe', 'inherit'] });
  const lines: string[] = [];
  let more: () => void = () => {};
  child.stdout!.on('data', (chunk: Buffer) => (lines.push(...chunk.toString().split('\n').filter(Boolean)), more()));
  const next = async () => {
    while (lines.length === 0) await new Promise<void>((r) => (more = r));
    return JSON.parse(lines.shift()!);
  };
  const { url } = (await next()) as { url: string };
  return {
    url,
    counts: async () => (await (await fetch(url)).json()) as CollectorCounts,
    async stop() {
      child.kill('SIGTERM');
      return next();
    },
  };
}

runMain(import.meta.url, async () => {
  const collector = await startCollector();
  console.log(JSON.stringify({ url: collector.url }));
  await new Promise<void>((stop) => process.once('SIGTERM', () => stop()));
  const cpu = process.cpuUsage();
  console.log(JSON.stringify({ spans: collector.spans(), requests: collector.requests(), bytes: collector.bytes(), cpuMs: (cpu.user + cpu.system) / 1000 }));
  await collector.close();
}, { exit: true });
