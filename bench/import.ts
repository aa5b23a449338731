/**
 * `npm run bench:import [-- --rows 5000]`: event-data import speed. Synthesises ICEWS rows
 * (real leaders of the gazetteer calling, aiding and sanctioning each other; consult, aid,
 * sanction, force and unmapped codes), then measures side by side: the parse-and-map floor
 * (no database) and the full import through the writer into a throwaway Neo4j. Writes
 * bench/results/import.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadGazetteer } from '../src/gazetteer/load-gazetteer.js';
import { applySchema } from '../src/graph/apply-schema.js';
import { writeFacts, writeFactsBatch } from '../src/graph/write-facts.js';
import { importEvents } from '../src/interop/import-events.js';
import { createInteropLookup } from '../src/interop/interop-lookup.js';
import { parseIcewsEvents } from '../src/interop/parse-icews-events.js';
import { linesOf } from '../src/interop/read-lines.js';
import { ownNeo4j } from '../tests/helpers/own-neo4j.js';
import { prng } from '../tests/helpers/synthetic-articles.js';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '5000' } } });
const rowCount = Number(values.rows);
if (!(rowCount > 0)) throw new Error(`--rows takes a positive number; received ${values.rows}`);

const HEADER = 'Event ID\tEvent Date\tSource Name\tSource Sectors\tSource Country\tEvent Text\tCAMEO Code\tIntensity\tTarget Name\tTarget Sectors\tTarget Country\tStory ID\tSentence Number\tPublisher\tCity\tDistrict\tProvince\tCountry\tLatitude\tLongitude';
const CODES: Array<[string, string]> = [['041', 'Discuss by telephone'], ['042', 'Make a visit'], ['043', 'Host a visit'], ['071', 'Provide economic aid'], ['163', 'Impose embargo, boycott, or sanctions'], ['190', 'Use conventional military force'], ['010', 'Make statement']];

function synthesise(n: number): string {
  const random = prng(17);
  const gazetteer = loadGazetteer();
  const names = new Map(gazetteer.countries.map((c) => [c.code, c.name]));
  const heads = gazetteer.leaders.flatMap((l) => l.offices.filter((o) => o.kind === 'leader' && o.country && (!o.until || o.until > '2018-06-01') && (!o.since || o.since <= '2018-06-01')).slice(0, 1).map((o) => ({ name: l.name, country: names.get(o.country) ?? o.country })));
  const lines = [HEADER];
  for (let i = 0; i < n; i++) {
    const a = heads[Math.floor(random() * heads.length)];
    const b = heads[Math.floor(random() * heads.length)];
    const [code, text] = CODES[Math.floor(random() * CODES.length)];
    const day = `2018-06-${String(1 + (i % 28)).padStart(2, '0')}`;
    lines.push([90000000 + i, day, a.name, 'Government', a.country, text, code, 1, b.name, 'Government', b.country, 50000000 + Math.floor(i / 3), 1, 'Synthetic Wire', 'NA', 'NA', 'NA', b.country, 0, 0].join('\t'));
  }
  return lines.join('\n') + '\n';
}

async function main(): Promise<void> {
  const text = synthesise(rowCount);
  const lookup = createInteropLookup(loadGazetteer());
  let started = performance.now();
  const floor = await importEvents(parseIcewsEvents(linesOf(text)), { lookup, write: async () => undefined });
  const floorSeconds = (performance.now() - started) / 1000;

  const neo = await ownNeo4j();
  const store = await neo.connect();
  await applySchema(store);
  started = performance.now();
  // As `diplograph import` writes: 50 stories per transaction, one by one only when a batch is refused.
  const full = await importEvents(parseIcewsEvents(linesOf(text)), {
    lookup,
    write: (doc) => writeFacts(store, doc),
    writeBatch: (docs) => writeFactsBatch(store, docs),
  });
  const fullSeconds = (performance.now() - started) / 1000;
  await store.close();
  await neo.remove();

  const row = (name: string, stats: typeof full, seconds: number) =>
    `| ${name} | ${stats.rowsRead} | ${stats.eventsKept} | ${stats.documents} | ${seconds.toFixed(2)} | ${(stats.rowsRead / seconds).toFixed(0)} |`;
  const report = [
    '# Event-data import speed',
    '',
    `${rowCount} synthetic ICEWS rows (3 per story; consult, aid, sanction, force and unmapped codes), ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}. Neo4j 5.26 Community in a temporary folder; written as diplograph import writes (50 stories per transaction, one transaction at a time).`,
    '',
    '| pipeline | rows | events kept | stories (documents) | seconds | rows/s |',
    '|---|---|---|---|---|---|',
    row('`diplograph import icews` (parse, map, write)', full, fullSeconds),
    row('floor: parse and map only, no database', floor, floorSeconds),
    '',
    'The time is the writer\'s: the same `writeFactsBatch` the benchmark loader uses (bench/results/S.md, load table).',
    '',
  ].join('\n');
  process.stdout.write(report);
  const dir = fileURLToPath(new URL('./results/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}import.md`, report);
}

await main();
