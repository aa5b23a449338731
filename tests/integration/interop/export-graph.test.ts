/**
 * `diplograph export` and `import jsonl` against the suite's Neo4j, on a graph made of the
 * gazetteer, the seed article and the three fixture imports: every format parses back with the
 * graph's node and relationship counts, filters select the calls of a window or a country with
 * their participants and countries, and a JSON Lines export imported into an empty database
 * gives back the same graph, value types included.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { registerExportCommand } from '../../../src/cli/export-command.js';
import { registerImportCommand } from '../../../src/cli/import-command.js';
import { parseFactsDocument } from '../../../src/facts/facts-document.js';
import { loadGazetteer } from '../../../src/gazetteer/load-gazetteer.js';
import { applySchema } from '../../../src/graph/apply-schema.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { writeFacts } from '../../../src/graph/write-facts.js';
import { writeGazetteer } from '../../../src/graph/write-gazetteer.js';
import { exportGraph } from '../../../src/interop/export-graph.js';
import { memorySink } from '../../../src/interop/text-sink.js';
import { clear, count, interopStore, runCommand, typedFingerprint } from './interop-graph.js';
import { parseCsv, xmlElements } from './parse-exports.js';

const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/interop', name);
const exportTo = (args: string[]) => runCommand(registerExportCommand, ['export', ...args]);

/** An extracted article with every kind of fact, so the exports carry tweets, topics and offices too. */
const article = {
  source: { id: 'art_interop_test', publishedOn: '2022-02-26', url: 'https://example.org/a?x=1&y=<2>', title: 'Leaders "talk" & tweet' },
  actors: [
    { id: 'volodymyr-zelenskyy', kind: 'leader', name: 'Volodymyr Zelenskyy', aliases: ['Zelensky'], handles: ['@ZelenskyyUa'], title: 'President', country: 'UA' },
    { id: 'joe-biden', kind: 'leader', name: 'Joe Biden', aliases: [], title: 'President', country: 'US' },
  ],
  countries: [{ code: 'UA', name: 'Ukraine' }, { code: 'US', name: 'United States' }, { code: 'RU', name: 'Russia' }],
  calls: [{ id: 'call_interop_1', date: '2022-02-26', medium: 'phone', participants: ['volodymyr-zelenskyy', 'joe-biden'], topics: ['Defence aid'],
    evidence: [{ quote: 'Zelenskyy spoke with Biden', start: 0, end: 26, rule: 'contact:spoke-with', sentence: 0 }] }],
  tweets: [{ id: 'tw_interop_1', author: 'volodymyr-zelenskyy', text: 'Talked with @POTUS. Thank you!\u0007', date: '2022-02-26', mentions: ['@POTUS'], hashtags: [], about: 'call_interop_1',
    evidence: [{ quote: 'Talked with @POTUS.', start: 30, end: 49, rule: 'tweet:quoted' }] }],
  commitments: [{ id: 'cm_interop_1', by: 'joe-biden', byCountry: 'US', kind: 'military_aid', target: null, beneficiary: 'UA', date: '2022-02-26', quote: '$350 million',
    evidence: [{ quote: '$350 million', start: 60, end: 72, rule: 'commitment:aid' }] }],
  incidents: [{ id: 'inc_interop_1', kind: 'strike', perpetrator: 'RU', place: 'Kyiv', country: 'UA', date: '2022-02-26', killed: 3, injured: null,
    evidence: [{ quote: 'a missile struck Kyiv', start: 80, end: 101, rule: 'incident:strike' }] }],
};

describe('exporting the graph', () => {
  let store: GraphStore;
  let totals: { nodes: number; relationships: number };
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-export-'));

  beforeAll(async () => {
    store = interopStore();
    await clear(store);
    await applySchema(store);
    await writeGazetteer(store, loadGazetteer());
    await writeFacts(store, parseFactsDocument(article));
    for (const [format, file] of [['icews', 'icews-events.tab'], ['gdelt', 'gdelt-events.tsv'], ['plover', 'plover-records.json']]) {
      await runCommand(registerImportCommand, ['import', format, fixture(file)]);
    }
    const print = await typedFingerprint(store);
    totals = { nodes: print.nodes, relationships: print.relationships };
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await store.close();
  });

  it('writes GraphML that parses back with every node and relationship', async () => {
    const run = await exportTo(['--format', 'graphml', '--out', join(dir, 'graph.graphml'), '--page-size', '50']);
    expect(run.stdout).toBe(`exported ${totals.nodes} nodes and ${totals.relationships} relationships as graphml to ${join(dir, 'graph.graphml')} in ${run.stdout.match(/in (\S+) s/)![1]} s\n`);
    const xml = readFileSync(join(dir, 'graph.graphml'), 'utf8');
    const elements = xmlElements(xml);
    expect(elements.get('node')).toBe(totals.nodes);
    expect(elements.get('edge')).toBe(totals.relationships);
    expect(xml).toContain('<node id="Actor:vladimir-putin">');
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="killed" attr.type="(long|double)"\/>/);
  });

  it('writes GEXF that parses back with every node and relationship', async () => {
    await exportTo(['--format', 'gexf', '--out', join(dir, 'graph.gexf')]);
    const elements = xmlElements(readFileSync(join(dir, 'graph.gexf'), 'utf8'));
    expect(elements.get('node')).toBe(totals.nodes);
    expect(elements.get('edge')).toBe(totals.relationships);
  });

  it('writes nodes.csv and edges.csv into the --out folder', async () => {
    await exportTo(['--format', 'csv', '--out', join(dir, 'csv')]);
    const nodes = parseCsv(readFileSync(join(dir, 'csv/nodes.csv'), 'utf8'));
    const edges = parseCsv(readFileSync(join(dir, 'csv/edges.csv'), 'utf8'));
    expect(nodes[0].slice(0, 2)).toEqual([':ID', ':LABEL']);
    expect(edges[0].slice(0, 3)).toEqual([':START_ID', ':END_ID', ':TYPE']);
    expect(nodes.length - 1).toBe(totals.nodes);
    expect(edges.length - 1).toBe(totals.relationships);
    const quote = edges[0].indexOf('quote');
    expect(edges.some((row) => row[quote]?.includes('Discuss by telephone'))).toBe(true);
  });

  it('refuses csv without a folder, and bad filter values, listing every problem', async () => {
    const run = await exportTo(['--format', 'csv', '--from', '2018-02-30', '--country', 'Ukraine']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--from must be a date as YYYY-MM-DD, got "2018-02-30"');
    expect(run.stderr).toContain('--country must be an ISO 3166-1 alpha-2 code');
    expect(run.stderr).toContain('give the folder with --out');
  });

  it('exports the calls touching a country, with their participants and countries only', async () => {
    const sink = memorySink();
    const report = await exportGraph(store, { format: 'jsonl', filter: { country: 'RU' }, target: { sink } });
    const items = sink.text().trim().split('\n').map((l) => JSON.parse(l));
    const ids = (label: string) => items.filter((i) => i.kind === 'node' && i.key.label === label).map((i) => i.key.value).sort();
    const ruCalls = await count(store, `MATCH (c:Call) WHERE EXISTS { MATCH (a:Actor)-[:TOOK_PART_IN]->(c)
      WHERE a.country = 'RU' OR EXISTS { (a)-[:HOLDS_OFFICE|BASED_IN]->(:Country {code: 'RU'}) } } RETURN count(c)`);
    expect(ids('Call')).toHaveLength(ruCalls);
    expect(ids('Actor')).toEqual(expect.arrayContaining(['vladimir-putin', 'benjamin-netanyahu', 'kim-jong-un', 'andrei-kozyrev']));
    expect(ids('Country')).toEqual(expect.arrayContaining(['RU', 'IL', 'KP']));
    const kinds = new Set(items.map((i) => (i.kind === 'node' ? i.key.label : i.type)));
    expect([...kinds].every((k) => ['Call', 'Actor', 'Country', 'TOOK_PART_IN', 'HOLDS_OFFICE', 'BASED_IN'].includes(k))).toBe(true);
    // Every relationship joins two exported nodes.
    const exported = new Set(items.filter((i) => i.kind === 'node').map((i) => `${i.key.label}:${i.key.value}`));
    expect(items.filter((i) => i.kind === 'relationship').every((r) => exported.has(`${r.start.label}:${r.start.value}`) && exported.has(`${r.end.label}:${r.end.value}`))).toBe(true);
    expect(report.nodes).toBe(exported.size);
  });

  it('exports the calls of a date window', async () => {
    const sink = memorySink();
    await exportGraph(store, { format: 'jsonl', filter: { from: '2016-01-01', to: '2017-12-31' }, target: { sink } });
    const calls = sink.text().trim().split('\n').map((l) => JSON.parse(l)).filter((i) => i.kind === 'node' && i.key.label === 'Call');
    expect(calls.map((c) => c.properties.date).sort()).toEqual(['2016-07-01']);
    expect(calls[0].types.date).toBe('DATE');
  });

  it('round trip: export to jsonl, empty the database, import, and the graph is the same', async () => {
    const before = await typedFingerprint(store);
    // The contact aggregate's lines are not copied: the import counts the calls it brings (import-aggregate.test.ts).
    const aggregate = await count(store, 'MATCH ()-[r:CONTACTED|CONTACTED_IN]->() RETURN count(r)');
    expect(aggregate).toBeGreaterThan(0);
    const file = join(dir, 'graph.jsonl');
    await exportTo(['--format', 'jsonl', '--out', file, '--page-size', '37']);
    await clear(store);
    expect(await count(store, 'MATCH (n) RETURN count(n)')).toBe(0);
    const run = await runCommand(registerImportCommand, ['import', 'jsonl', file]);
    expect(run.stdout).toMatch(new RegExp(`^jsonl: ${before.nodes + before.relationships} lines read, ${before.nodes} nodes merged, ${before.relationships - aggregate} relationships created, 0 relationships with a missing end, ${aggregate} contact-aggregate lines recounted from the calls, 0 skipped`));
    expect(await typedFingerprint(store)).toEqual(before);
    // Importing the same file again changes nothing.
    await runCommand(registerImportCommand, ['import', 'jsonl', file]);
    expect(await typedFingerprint(store)).toEqual(before);
  });

  it('reports a jsonl line that is not a node or relationship, and loads the rest', async () => {
    const file = join(dir, 'bad.jsonl');
    const good = '{"kind":"node","labels":["Topic"],"key":{"label":"Topic","property":"name","value":"grain"},"properties":{"name":"grain"},"types":{}}';
    writeFileSync(file, `${good}\nnot json\n{"kind":"node","labels":["Topic"]}\n{"kind":"node","labels":["Bad Label"],"key":{"label":"Topic","property":"name","value":"x"},"properties":{},"types":{}}\n`);
    const run = await runCommand(registerImportCommand, ['import', 'jsonl', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.jsonl:2: skipped: not JSON/);
    expect(run.stderr).toMatch(/bad\.jsonl:3: skipped: key: Required/);
    expect(run.stderr).toMatch(/bad\.jsonl:4: skipped: expected a label, type or property name/);
    expect(await count(store, "MATCH (t:Topic {name: 'grain'}) RETURN count(t)")).toBe(1);
  });
});
