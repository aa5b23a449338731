/**
 * Type-ahead search at a scale: diplograph as deployed (its own process, production mode, 256 MB
 * heap, over the scale's Neo4j) answers `search(text, first: 8)` for what a user types, letter by
 * letter, looking for actors of the loaded graph: 2 to 6 letters of a surname, then the first
 * name and 1 to 3 letters of the surname. One request at a time, taking turns with `{ __typename }`
 * (what any request costs on this machine now: the control for a shared machine's load);
 * p50/p95/p99 over every sample. Writes bench/results/search-<scale>.md. Target (issue 17): p95
 * under 20 ms at M.
 *
 *   npm run bench:search -- --scale M [--samples 600]
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { Command } from 'commander';
import { BENCH_PASSWORD } from './bench-neo4j.js';
import { ensureScaleLoaded } from './load-scale.js';
import { interleavedLatency } from './measure.js';
import { scales, type Scale } from './generate.js';
import { startPeer } from './start-peers.js';

const QUERY = 'query TypeAhead($text: String!) { search(text: $text, first: 8) { score snippet node { __typename ... on Actor { id name } } } }';

/** What a user types on the way to each name: "Ar", "Arsl", …, "Aurelio A", "Aurelio Ars". */
function keystrokes(names: string[]): string[] {
  const typed: string[] = [];
  for (const name of names) {
    const words = name.split(' ');
    const surname = words[words.length - 1];
    for (let n = 2; n <= Math.min(6, surname.length); n++) typed.push(surname.slice(0, n));
    if (words.length > 1) for (let n = 1; n <= 3; n++) typed.push(`${words[0]} ${surname.slice(0, n)}`);
  }
  return typed;
}

async function main(argv: string[]): Promise<void> {
  const o = new Command()
    .option('--scale <scale>', `one of ${Object.keys(scales).join(', ')}`, 'M')
    .option('--seed <n>', 'generator seed', '1')
    .option('--samples <n>', 'timed requests', '600')
    .parse(argv)
    .opts<{ scale: Scale; seed: string; samples: string }>();
  const log = (m: string) => console.error(`[bench] ${m}`);
  const { neo4j } = await ensureScaleLoaded({ scale: o.scale, seed: Number(o.seed), log });
  const peer = await startPeer('diplograph', neo4j.server.uri, BENCH_PASSWORD, true, 256);
  try {
    // Forty actors of the graph, spread over the id order: busy and quiet ones alike.
    const rows = await neo4j.store.read({
      cypher: 'MATCH (a:Actor) WITH a ORDER BY a.id WITH collect(a.name) AS names RETURN [i IN range(0, 39) | names[i * size(names) / 40]] AS names',
      params: {},
    });
    const typed = keystrokes(rows[0].names as string[]);
    let next = 0;
    let found = 0;
    const send = async () => {
      const text = typed[next++ % typed.length];
      const data = await peer.send({ query: QUERY, variables: { text } });
      if (data.search.length > 0) found++;
    };
    const control = () => peer.send({ query: '{ __typename }', variables: {} });
    const [latency, floor] = await interleavedLatency([send, control], { samples: Number(o.samples), warmup: 30, maxSeconds: 180 });
    const actors = (await neo4j.store.read({ cypher: 'MATCH (a:Actor) RETURN count(a) AS n', params: {} }))[0].n;
    const met = latency.p95 < 20 ? 'met' : 'missed';
    const report = `# Type-ahead search at ${o.scale}

\`npm run bench:search -- --scale ${o.scale}\` (bench/search.ts) on ${new Date().toISOString().slice(0, 10)}: diplograph in its own
process as deployed (production, 256 MB heap, TCP_NODELAY) over scale ${o.scale} (${scales[o.scale]} calls, ${actors} actors),
\`search(text, first: 8)\` for ${typed.length} keystroke prefixes of 40 actors' names ("Ar", "Arsl" … "Aurelio A"), one
request at a time after 30 warm-up requests. ${cpus().length} CPUs, shared; load average at the end ${loadavg().map((l) => l.toFixed(1)).join(' / ')}.

| request | requests timed | answered with hits (all sent) | p50 ms | p95 ms | p99 ms | target p95 < 20 ms |
|---|---|---|---|---|---|---|
| type-ahead \`search\` | ${latency.samples} | ${found} of ${latency.sent} | ${latency.p50.toFixed(1)} | ${latency.p95.toFixed(1)} | ${latency.p99.toFixed(1)} | ${met} |
| control: \`{ __typename }\` (no database) | ${floor.samples} | — | ${floor.p50.toFixed(1)} | ${floor.p95.toFixed(1)} | ${floor.p99.toFixed(1)} | — |
`;
    writeFileSync(new URL(`./results/search-${o.scale}.md`, import.meta.url), report);
    console.log(report);
  } finally {
    await peer.stop();
    await neo4j.close();
  }
}

main(process.argv).catch((err) => {
  console.error(err);
  process.exit(1);
});
