/**
 * `diplograph import gdelt|icews|plover` against the suite's Neo4j: each fixture loads as calls,
 * commitments and incidents with their articles and evidence, mirrored rows make one call, bad
 * rows are reported by line while the rest loads, and importing again changes nothing.
 */
import { join } from 'node:path';
import { applySchema } from '../../../src/graph/apply-schema.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { registerImportCommand } from '../../../src/cli/import-command.js';
import { clear, count, interopStore, runCommand, typedFingerprint } from './interop-graph.js';

const fixture = (name: string) => join(process.cwd(), 'tests/fixtures/interop', name);
const importFile = (format: string, file: string) => runCommand(registerImportCommand, ['import', format, fixture(file)]);

describe('importing event data', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = interopStore();
    await clear(store);
    await applySchema(store);
  });
  afterAll(() => store.close());

  it('loads ICEWS rows: one call per mirrored pair, between the named leaders, reported by its story', async () => {
    const run = await importFile('icews', 'icews-events.tab');
    expect(run.stdout).toMatch(/^icews: 12 rows read, 9 events kept \(3 calls, 2 commitments, 1 incidents, 6 articles\), 1 not mapped, 2 skipped \(lines 5, 10\); \d+ rows\/s/);
    expect(run.stderr).toContain('icews-events.tab:5: skipped: Event Date must be a date as YYYY-MM-DD, got "2018-06-31"');
    expect(run.stderr).toContain('icews-events.tab:10: skipped: expected 20 tab-separated columns as in the header, got 12');
    expect(run.code).toBe(1);
    const calls = await store.read({
      cypher: `MATCH (c:Call)<-[:TOOK_PART_IN]-(a:Actor) WITH c, a ORDER BY a.id
               WITH c, collect(a.id) AS who MATCH (art:Article)-[r:REPORTS]->(c)
               RETURN who, toString(c.date) AS date, c.medium AS medium, c.cameo AS cameo, count(r) AS reports, collect(r.rule) AS rules ORDER BY who[0]`,
      params: {},
    });
    expect(calls).toEqual([
      { who: ['benjamin-netanyahu', 'vladimir-putin'], date: '2018-06-01', medium: 'phone', cameo: '041', reports: 1, rules: ['import:icews:041'] },
      { who: ['foreign-affairs-bangladesh', 'high-ranking-military-personnel-vietnam'], date: '2018-06-01', medium: 'unspecified', cameo: '040', reports: 1, rules: ['import:icews:040'] },
      { who: ['kim-jong-un', 'vladimir-putin'], date: '2018-06-01', medium: 'unspecified', cameo: '040', reports: 1, rules: ['import:icews:040'] },
    ]);
    expect(await count(store, "MATCH (:Leader {id: 'vladimir-putin'})-[:HOLDS_OFFICE]->(:Country {code: 'RU'}) RETURN count(*)")).toBeGreaterThan(0);
    const [sanction] = await store.read({
      cypher: `MATCH (a:Actor)-[:MADE]->(m:Commitment {kind: 'sanctions'})-[:TARGETS]->(t:Country) RETURN a.id AS by, t.code AS target, m.quote AS quote`,
      params: {},
    });
    expect(sanction).toEqual({ by: 'united-nations-security-council', target: 'SS', quote: 'Impose embargo, boycott, or sanctions' });
    expect(await count(store, "MATCH (a:Article {extractorVersion: 'import:icews'}) RETURN count(a)")).toBe(6);
  });

  it('loads GDELT rows as calls between governments, aid and force, with synthetic evidence', async () => {
    const run = await importFile('gdelt', 'gdelt-events.tsv');
    expect(run.stdout).toMatch(/^gdelt: 13 rows read, 10 events kept .*, 1 not mapped, 2 skipped \(lines 9, 11\)/);
    const [call] = await store.read({
      cypher: `MATCH (:Actor {id: 'government-of-egypt'})-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(:Actor {id: 'government-of-saudi-arabia'})
               MATCH (art:Article)-[r:REPORTS]->(c) RETURN count(DISTINCT c) AS calls, collect(r.quote)[0] AS quote, art.url AS url`,
      params: {},
    });
    expect(call).toEqual({ calls: 1, quote: expect.stringContaining('[CAMEO 043]'), url: expect.stringContaining('thearabweekly.com/article/8771') });
    expect(await count(store, "MATCH (:Actor {id: 'government-of-saudi-arabia'})-[:MADE]->(:Commitment {kind: 'aid'})-[:BENEFITS]->(:Country {code: 'EG'}) RETURN count(*)")).toBe(1);
    expect(await count(store, "MATCH (:Country {code: 'YE'})-[:PERPETRATED]->(i:Incident {kind: 'military_force'})-[:IN]->(:Country {code: 'SA'}) RETURN count(i)")).toBe(1);
    expect(await count(store, "MATCH (a:Institution {id: 'government-of-russia'}) RETURN count(a)")).toBe(0);
  });

  it('loads PLOVER records with their sentences as evidence', async () => {
    const run = await importFile('plover', 'plover-records.json');
    expect(run.stdout).toMatch(/^plover: 9 rows read, 6 events kept \(2 calls, 2 commitments, 2 incidents, 6 articles\), 1 not mapped, 2 skipped \(lines 65, 105\)/);
    const [phone] = await store.read({
      cypher: `MATCH (:Actor {id: 'warren-christopher'})-[:TOOK_PART_IN]->(c:Call {medium: 'phone'})<-[:TOOK_PART_IN]-(:Actor {id: 'andrei-kozyrev'})
               MATCH (:Article)-[r:REPORTS]->(c) RETURN r.quote AS quote, r.start AS start, r.end AS end, r.rule AS rule`,
      params: {},
    });
    expect(phone).toMatchObject({ quote: expect.stringMatching(/^U\.S\. Secretary of State Warren Christopher telephoned/), start: 0, rule: 'import:plover:CONSULT/phone' });
    expect(phone.end).toBe((phone.quote as string).length);
    expect(await count(store, "MATCH (i:Incident {kind: 'assault'}) RETURN i.killed")).toBe(156);
  });

  it('changes nothing when the same files are imported again', async () => {
    const before = await typedFingerprint(store);
    for (const [format, file] of [['icews', 'icews-events.tab'], ['gdelt', 'gdelt-events.tsv'], ['plover', 'plover-records.json']]) await importFile(format, file);
    expect(await typedFingerprint(store)).toEqual(before);
  });

  it('names a missing file and sets exit code 2', async () => {
    const run = await importFile('gdelt', 'no-such-file.tsv');
    expect(run).toMatchObject({ code: 2, stderr: expect.stringContaining('no such file') });
  });
});
