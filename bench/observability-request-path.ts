/**
 * What the metrics and tracing plugins add to a request's own path, and nothing else: yoga apps
 * with a one-field schema (no Neo4j, no network: `yoga.fetch` in this process), one without
 * plugins, one with `/metrics` (use-metrics.ts), one with traces (create-tracing.ts, every
 * operation sampled, spans sent by OTLP/HTTP to the collector stand-in in a process of its own),
 * one with both. Each request is timed from the call to the response's body read; the work left
 * for after it (spans made afterwards, their export) then runs untimed before the next request,
 * as it runs between requests in a server. The apps take turns in a new random order each round.
 * Small differences (a few µs) on a loaded machine: compare runs side by side, say the load.
 *
 *   npx tsx bench/observability-request-path.ts [--samples 5000] [--runs 3]
 */
import { Command } from 'commander';
import { createSchema, createYoga, type Plugin } from 'graphql-yoga';
import { Registry } from 'prom-client';
import { createTracing } from '../src/server/observability/create-tracing.js';
import { useMetrics } from '../src/server/observability/use-metrics.js';
import { startCollectorProcess } from './observability-collector.js';
import { percentile } from './measure.js';
import { createRandom } from './random.js';
import { runMain } from './run-main.js';

const schema = createSchema({ typeDefs: 'type Query { ping: String }', resolvers: { Query: { ping: async () => 'pong' } } });
const BODY = JSON.stringify({ query: 'query Ping { ping }' });
const afterwards = () => new Promise<void>((done) => setImmediate(done));

async function main(argv: string[]): Promise<void> {
  const o = new Command().option('--samples <n>', 'timed requests per app and run', '5000').option('--runs <n>', 'runs, each with its own warm-up', '3').parse(argv).opts();
  const collector = await startCollectorProcess();
  const metrics = () => useMetrics({ registry: new Registry(), apiKeys: [], requireToken: false });
  const traces = () => createTracing({ serviceName: 'diplograph', url: `${collector.url}/v1/traces` }).plugins;
  const apps: Array<[string, Plugin<any>[]]> = [
    ['off', []],
    ['metrics', metrics()],
    ['traces', traces()],
    ['both', [...metrics(), ...traces()]],
  ];
  const yogas = apps.map(([key, plugins]) => ({ key, yoga: createYoga({ schema, plugins, logging: false }) }));
  const ask = async (yoga: (typeof yogas)[number]['yoga']) => {
    const started = performance.now();
    const res = await yoga.fetch('http://localhost/graphql', { method: 'POST', body: BODY, headers: { 'content-type': 'application/json' } });
    await res.text();
    const took = performance.now() - started;
    await afterwards();
    await afterwards();
    return took;
  };
  const random = createRandom(20);
  console.log(`request path in one process, ${o.samples} samples per app and run: p50 and mean µs`);
  console.log(`run\t${yogas.map((y) => `${y.key} p50\tmean`).join('\t')}\t${yogas.slice(1).map((y) => `${y.key} vs off (p50)`).join('\t')}`);
  try {
    for (let run = 1; run <= Number(o.runs); run++) {
      const times: number[][] = yogas.map(() => []);
      for (let round = 0; round < Number(o.samples) + 500; round++) {
        const order = random.shuffle(yogas.map((_, i) => i));
        for (const i of order) {
          const took = await ask(yogas[i].yoga);
          if (round >= 500) times[i].push(took * 1000);
        }
      }
      const p50s = times.map((t) => percentile(t.sort((a, b) => a - b), 50));
      const means = times.map((t) => t.reduce((a, b) => a + b, 0) / t.length);
      const vs = p50s.slice(1).map((p) => `${p >= p50s[0] ? '+' : ''}${(p - p50s[0]).toFixed(1)}`);
      console.log(`${run}\t${p50s.map((p, i) => `${p.toFixed(1)}\t${means[i].toFixed(1)}`).join('\t')}\t${vs.join('\t')}`);
    }
    const received = await collector.counts();
    console.log(`collector: ${received.requests} exports, ${received.spans} JSON spans`);
  } finally {
    await collector.stop();
  }
}

runMain(import.meta.url, main, { exit: true });
