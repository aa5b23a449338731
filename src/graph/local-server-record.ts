/**
 * The record a process keeps in DATA_DIR while it runs the local Neo4j: which JVM, on which
 * Bolt port, for whom, and where its password comes from. Another diplograph process (the CLI
 * while `serve` runs) finds the server through it whatever NEO4J_BOLT_PORT it was given, and
 * reuses it only once `provenLocalServer` has shown that the process on that port is this
 * project's Neo4j for this DATA_DIR (its command line names the home folder and the port).
 *
 * @example
 *   writeServerRecord(dataDir, { neo4jPid: 4242, boltPort: 7787, ownerPid: process.pid, passwordSource: 'NEO4J_PASSWORD' });
 *   await provenLocalServer(dataDir, join(dataDir, 'neo4j')); // the record, or null if stale or not ours
 */
import { execFile } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { portAnswers } from './neo4j-server.js';

const run = promisify(execFile);

export interface ServerRecord {
  neo4jPid: number;
  boltPort: number;
  /** The process that started the server and will stop it. */
  ownerPid: number;
  passwordSource: string;
}

export const recordFile = (dataDir: string) => join(dataDir, 'local-neo4j.json');

export function writeServerRecord(dataDir: string, record: ServerRecord): void {
  writeFileSync(recordFile(dataDir), `${JSON.stringify({ ...record, startedAt: new Date().toISOString() }, null, 2)}\n`, { mode: 0o600 });
}

/** Removes the record if it is still the one naming `neo4jPid` (a later owner's stays). */
export function removeServerRecord(dataDir: string, neo4jPid: number): void {
  if (readServerRecord(dataDir)?.neo4jPid === neo4jPid) rmSync(recordFile(dataDir), { force: true });
}

export function readServerRecord(dataDir: string): ServerRecord | null {
  try {
    const r = JSON.parse(readFileSync(recordFile(dataDir), 'utf8')) as ServerRecord;
    return Number.isInteger(r.neo4jPid) && Number.isInteger(r.boltPort) ? r : null;
  } catch {
    return null;
  }
}

/** The command line of a running process, or null when there is none with that pid. */
export async function commandLine(pid: number): Promise<string | null> {
  try {
    // -ww: the JVM's classpath runs to thousands of characters before the arguments that matter.
    const { stdout } = await run('ps', ['-ww', '-o', 'args=', '-p', String(pid)]);
    return stdout.trim() || null;
  } catch {
    return null;
  }
}

/** True when `pid` is a Neo4j started by this project for `homeDir`, listening on `port`. */
export async function isLocalNeo4j(pid: number, homeDir: string, port: number): Promise<boolean> {
  const args = await commandLine(pid);
  return args !== null && args.includes('org.neo4j.server.CommunityEntryPoint') && args.includes(`--home-dir=${homeDir} `) && args.includes(`server.bolt.listen_address=127.0.0.1:${port} `);
}

/** The record of a live local server for this DATA_DIR that answers on its port; null otherwise. */
export async function provenLocalServer(dataDir: string, homeDir: string): Promise<ServerRecord | null> {
  const record = readServerRecord(dataDir);
  if (!record) return null;
  if (!(await isLocalNeo4j(record.neo4jPid, homeDir, record.boltPort))) return null;
  return (await portAnswers(record.boltPort)) ? record : null;
}
