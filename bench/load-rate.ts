/**
 * Where the write path's time goes, and loader variants A/B in one run (issue 19, session 22): a
 * scale's first `--before` articles are loaded once into a kept folder (`load-rate-prep-…` under
 * TMPDIR); each run copies it, starts Neo4j on the copy, writes the next `--warmup` articles
 * untimed (plans cached, the JVM's compiler warm: the same for every variant) and then the next
 * `--articles` timed, each variant in turn, round after round (the order shuffled each round,
 * seeded). So the timed writes go into a graph of the size `--before` gives, not into an empty
 * one, where planning and the JIT dominate the first minute. Per run: wall
 * clock, relationships/s, this process's CPU (validation, rows, the driver's encoding), the Neo4j
 * JVM's CPU (user + system, whole process), the seconds inside the statements (from the first
 * RUN to the last record, per statement name) and outside them (preparing rows, BEGIN, COMMIT).
 *
 *   TMPDIR=/tmp/me npx tsx bench/load-rate.ts --scale M --before 1900 --warmup 120 --articles 400 --rounds 3 --variants serial-40,pipelined-40,serial-40-skip
 *
 * A variant is `<how>-<articles per transaction>[-skip]`: `serial` validates and builds a batch,
 * then writes it (`writeFactsBatch`); `pipelined` builds the next batch in turns while the current
 * one is in Neo4j (`prepareFactsBatchInTurns` / `writePreparedBatch`, as `loadGraph` does); `-skip`
 * sends each statement with `CYPHER replan=skip` (a cached plan never made again as the graph's
 * statistics move: tried in session 22 and not adopted, the writer's plans depend on the
 * statistics, bench/writer-plans.ts).
 */
import { Command } from 'commander';
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema } from '../src/graph/apply-schema.js';
import type { StatementEvent } from '../src/graph/graph-store.js';
import { prepareFactsBatch, prepareFactsBatchInTurns, writeFactsBatch, writePreparedBatch, type PreparedBatch } from '../src/graph/write-facts.js';
import { openBenchNeo4j } from './bench-neo4j.js';
import { generateGraph, scales, type Scale } from './generate.js';
import { createRandom } from './random.js';
import { runMain } from './run-main.js';
import { processCpuMs } from './thread-cpu.js';

interface Variant {
  name: string;
  pipelined: boolean;
  batchSize: number;
  skip: boolean;
  /** Neo4j settings the run's server starts with, and statements run on the copy first (a `-<preset>` of `presets`). */
  settings: Record<string, string>;
  setup: string[];
}

/**
 * What a variant can change in the server or the copy (`serial-40-nodecay`): Neo4j settings the
 * run's server starts with (how often Neo4j may replan a cached statement as the statistics move),
 * or statements run on the copy before the warm-up (session 23).
 */
const presets: Record<string, { settings?: Record<string, string>; setup?: string[] }> = {
  // The divergence threshold stays at 0.75 (a statistic must change ~4×) instead of decaying toward 0.1 over 7 h.
  nodecay: { settings: { 'internal.cypher.replan_algorithm': 'NONE' } },
  // A cached plan is checked against the statistics at most once a minute (default 10 s).
  interval60: { settings: { 'dbms.cypher.min_replan_interval': '60s' } },
  // A plan is stale when a statistic it used changed ~10× (default 0.75: ~4×).
  threshold90: { settings: { 'dbms.cypher.statistics_divergence_threshold': '0.9' } },
  // What the six full-text indexes (Lucene, updated at commit) cost the writer: dropped on the copy. A measurement, not a configuration.
  nofulltext: { setup: ['actor_names', 'tweet_text', 'topic_names', 'country_names', 'commitment_quotes', 'reported_quotes'].map((name) => `DROP INDEX ${name} IF EXISTS`) },
};

interface Run {
  variant: string;
  round: number;
  relationships: number;
  seconds: number;
  nodeCpu: number;
  neo4jCpu: number;
  inStatements: number;
  byStatement: Map<string, number>;
  load: number;
  /** Cached plans Neo4j discarded as stale during the timed writes (debug.log). */
  replans: number;
}

function parseVariant(text: string): Variant {
  const m = /^(serial|pipelined)-(\d+)(-skip)?(?:-([a-z0-9]+))?$/.exec(text);
  const preset = m?.[4];
  if (!m || (preset !== undefined && !presets[preset]))
    throw new Error(`a variant is serial-<n> or pipelined-<n>, then -skip or not, then one of ${Object.keys(presets).map((k) => `-${k}`).join(', ')} or none; got ${text}`);
  const { settings = {}, setup = [] } = preset ? presets[preset] : {};
  return { name: text, pipelined: m[1] === 'pipelined', batchSize: Number(m[2]), skip: m[3] !== undefined, settings, setup };
}

/** How many times Neo4j has discarded a cached plan as stale, by its debug.log. */
function staleDiscards(homeDir: string): number {
  const log = join(homeDir, 'logs', 'debug.log');
  return existsSync(log) ? (readFileSync(log, 'utf8').match(/Discarded stale query from the query cache/g) ?? []).length : 0;
}

/** The statement's name: the fact statement's (`name` is not on the event), else its first words. */
function statementName(e: StatementEvent): string {
  if (e.cypher.includes('AS tallied')) return 'tally (aggregate)';
  const list = Object.keys(e.params)[0] ?? '';
  const first = e.cypher.replace(/\s+/g, ' ');
  for (const [needle, name] of [
    ['MERGE (c:Call', 'calls'],
    ['MERGE (t:Tweet', 'tweets'],
    ['Commitment', 'commitments'],
    ['Incident', 'incidents'],
    ['HOLDS_OFFICE', 'actorOffices'],
    ['MERGE (a:Actor', 'actors'],
    ['MERGE (c:Country', 'countries'],
  ] as const)
    if (first.includes(needle)) return name;
  return `${list}: ${first.slice(0, 40)}`;
}

/** A batch's statements as the variant sends them. */
function prepareAs(variant: Variant, documents: unknown[]): PreparedBatch;
function prepareAs(variant: Variant, documents: unknown[], inTurns: true): Promise<PreparedBatch>;
function prepareAs(variant: Variant, documents: unknown[], inTurns = false): PreparedBatch | Promise<PreparedBatch> {
  const sent = (batch: PreparedBatch) =>
    variant.skip ? { ...batch, statements: batch.statements.map((s) => ({ ...s, cypher: `CYPHER replan=skip\n${s.cypher}` })) } : batch;
  return inTurns ? prepareFactsBatchInTurns(documents).then(sent) : sent(prepareFactsBatch(documents));
}

const home = (scale: string) => join(tmpdir(), `diplograph-bench-${scale}-seed1`);

/** The kept folder with the first `before` articles (loaded by this tree's writer the first time). */
async function prepared(scale: Scale, docs: unknown[], before: number): Promise<string> {
  const name = `load-rate-prep-${scale}-${before}`;
  if (!existsSync(join(home(name), 'loaded.json'))) {
    const neo4j = await openBenchNeo4j({ scale: name, seed: 1, startTimeoutMs: 600_000, log: (m) => console.error(m) });
    try {
      await applySchema(neo4j.store);
      const started = performance.now();
      for (let i = 0; i < before; i += 40) await writeFactsBatch(neo4j.store, docs.slice(i, Math.min(i + 40, before)));
      console.error(`prepared ${before} articles in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      neo4j.markLoaded({ scale, before });
    } finally {
      await neo4j.close();
    }
  }
  return name;
}

async function loadOnce(variant: Variant, prep: string, warmup: unknown[], docs: unknown[], round: number): Promise<Run> {
  const scale = `load-rate-run-${variant.name}-${round}`;
  rmSync(home(scale), { recursive: true, force: true });
  cpSync(home(prep), home(scale), { recursive: true });
  const neo4j = await openBenchNeo4j({ scale, seed: 1, startTimeoutMs: 600_000, log: (m) => console.error(m), settings: variant.settings });
  try {
    await applySchema(neo4j.store);
    for (const cypher of variant.setup) await neo4j.store.writeAll([{ cypher, params: {} }]);
    const [{ articles }] = await neo4j.store.read({ cypher: 'MATCH (a:Article) RETURN count(a) AS articles', params: {} });
    console.error(`${variant.name}, round ${round}: the copy holds ${articles} articles`);
    for (let i = 0; i < warmup.length; i += 40) await writePreparedBatch(neo4j.store, prepareAs(variant, warmup.slice(i, i + 40)));
    const byStatement = new Map<string, number>();
    let inStatements = 0;
    const store = neo4j.store.observed((e) => {
      inStatements += e.ms;
      const name = statementName(e);
      byStatement.set(name, (byStatement.get(name) ?? 0) + e.ms);
    });
    const load = loadavg()[0];
    const discarded0 = staleDiscards(neo4j.homeDir);
    const neo0 = processCpuMs(neo4j.server.pid);
    const cpu0 = process.cpuUsage();
    const started = performance.now();
    let relationships = 0;
    const n = variant.batchSize;
    const prepare = (from: number) => prepareAs(variant, docs.slice(from, from + n));
    if (variant.pipelined) {
      // As loadGraph does: the next batch built in turns while this one is in Neo4j.
      let next = prepare(0);
      for (let i = 0; i < docs.length; i += n) {
        const [report, following] = await Promise.all([writePreparedBatch(store, next), i + n < docs.length ? prepareAs(variant, docs.slice(i + n, i + 2 * n), true) : null]);
        relationships += report.relationshipsCreated;
        if (following) next = following;
      }
    } else {
      for (let i = 0; i < docs.length; i += n) relationships += (await writePreparedBatch(store, prepare(i))).relationshipsCreated;
    }
    const seconds = (performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpu0);
    return {
      variant: variant.name,
      round,
      relationships,
      seconds,
      nodeCpu: (cpu.user + cpu.system) / 1e6,
      neo4jCpu: (processCpuMs(neo4j.server.pid) - neo0) / 1000,
      inStatements: inStatements / 1000,
      byStatement,
      load,
      replans: staleDiscards(neo4j.homeDir) - discarded0,
    };
  } finally {
    await neo4j.close();
    rmSync(neo4j.homeDir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function main() {
  const o = new Command()
    .option('--scale <scale>', 'scale the articles come from', 'M')
    .option('--before <n>', 'articles in the prepared graph each run starts from', '1900')
    .option('--warmup <n>', 'articles written untimed after them', '120')
    .option('--articles <n>', 'articles timed after those', '400')
    .option('--rounds <n>', 'rounds (each variant once per round)', '3')
    .option('--variants <list>', 'comma-separated: serial-<n>, pipelined-<n>', 'serial-40,pipelined-40')
    .parse()
    .opts<{ scale: Scale; before: string; warmup: string; articles: string; rounds: string; variants: string }>();
  const variants = o.variants.split(',').map(parseVariant);
  const [before, warm] = [Number(o.before), Number(o.warmup)];
  const all: unknown[] = [];
  for (const d of generateGraph({ calls: scales[o.scale], seed: 1 }).documents()) if (all.push(d) >= before + warm + Number(o.articles)) break;
  const docs = all.slice(before + warm);
  const prep = await prepared(o.scale, all, before);
  const random = createRandom(22);
  const runs: Run[] = [];
  console.log(`# load rate: articles ${before + warm}–${before + warm + docs.length} of ${o.scale} (after ${before} loaded and ${warm} untimed), variants ${o.variants}\n`);
  console.log('| round | variant | relationships | seconds | relationships/s | Node CPU s | Neo4j CPU s | in statements s | outside s | plans discarded as stale | load average (1 min) before |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (let round = 1; round <= Number(o.rounds); round++) {
    const order = random.shuffle(variants);
    for (const v of order) {
      const r = await loadOnce(v, prep, all.slice(before, before + warm), docs, round);
      runs.push(r);
      const cells = [r.round, r.variant, r.relationships, r.seconds.toFixed(1), Math.round(r.relationships / r.seconds), r.nodeCpu.toFixed(1), r.neo4jCpu.toFixed(1), r.inStatements.toFixed(1), (r.seconds - r.inStatements).toFixed(1), r.replans, r.load.toFixed(1)];
      console.log(`| ${cells.join(' | ')} |`);
    }
  }
  console.log('\n| variant | median relationships/s | median Node CPU s | median Neo4j CPU s | median wall s |');
  console.log('|---|---|---|---|---|');
  for (const v of variants) {
    const mine = runs.filter((r) => r.variant === v.name);
    console.log(`| ${v.name} | ${Math.round(median(mine.map((r) => r.relationships / r.seconds)))} | ${median(mine.map((r) => r.nodeCpu)).toFixed(1)} | ${median(mine.map((r) => r.neo4jCpu)).toFixed(1)} | ${median(mine.map((r) => r.seconds)).toFixed(1)} |`);
  }
  console.log('\nSeconds inside each statement (median over rounds):\n');
  const names = [...new Set(runs.flatMap((r) => [...r.byStatement.keys()]))];
  console.log(`| statement | ${variants.map((v) => v.name).join(' | ')} |`);
  console.log(`|---|${variants.map(() => '---').join('|')}|`);
  for (const name of names) {
    const cells = variants.map((v) => median(runs.filter((r) => r.variant === v.name).map((r) => (r.byStatement.get(name) ?? 0) / 1000)).toFixed(1));
    console.log(`| ${name} | ${cells.join(' | ')} |`);
  }
}

runMain(import.meta.url, main);
