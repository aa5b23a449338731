/**
 * The Cypher cookbook (queries/*.cypher) runs against the seed and the dev corpus, each recipe
 * with the parameters of its header's example and the rows that example promises. A recipe
 * without a case here fails the suite, so the cookbook cannot drift from the graph.
 */
import { readdirSync, readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { splitCypherScript } from '../../../src/graph/apply-schema.js';
import type { Row } from '../../../src/graph/graph-store.js';
import { useSeededApi } from '../api/fixtures.js';

const DIR = new URL('../../../queries/', import.meta.url);
const recipes = readdirSync(DIR).filter((file) => file.endsWith('.cypher')).sort();
const text = (file: string) => readFileSync(new URL(file, DIR), 'utf8');

const seeded = useSeededApi({ corpus: true });

async function run(file: string, params: Record<string, unknown>): Promise<Row[]> {
  const statements = splitCypherScript(text(file));
  expect(statements).toHaveLength(1);
  return seeded.store.read({ cypher: statements[0], params });
}

const BIDEN_ZELENSKYY = { a: 'joe-biden', b: 'volodymyr-zelenskyy' };

/** Each recipe: its parameters and what it must return over the seed and the dev corpus. */
const cases: Record<string, { params: Record<string, unknown>; check: (rows: Row[]) => void }> = {
  '01-dyad-counts-over-time.cypher': {
    params: { ...BIDEN_ZELENSKYY, from: null, to: null },
    // 2022-02-24 and 2022-03-01; their third call (reported 2022-06-15) is undated.
    check: (rows) => expect(rows).toEqual([{ month: '2022-02-01', calls: 1 }, { month: '2022-03-01', calls: 1 }]),
  },
  '02-who-talks-to-whom.cypher': {
    params: { from: '2022-03-01', to: '2022-03-01' },
    check: (rows) =>
      expect(rows).toEqual([
        { date: '2022-03-01', one: 'Joe Biden', other: 'Volodymyr Zelenskyy', medium: 'unspecified' },
        { date: '2022-03-01', one: 'Olaf Scholz', other: 'Volodymyr Zelenskyy', medium: 'phone' },
        { date: '2022-03-01', one: 'UK Royal Family', other: 'Volodymyr Zelenskyy', medium: 'phone' },
      ]),
  },
  '03-degree-centrality.cypher': {
    params: { limit: 4 },
    // Biden: Putin, ten leaders on the 2022-02-11 video call, Kuleba, Zelenskyy, Charles III, Elizabeth II.
    check: (rows) =>
      expect(rows).toEqual([
        { actor: 'Joe Biden', degree: 15, calls: 8 },
        { actor: 'Olaf Scholz', degree: 12, calls: 3 },
        { actor: 'Emmanuel Macron', degree: 11, calls: 2 },
        { actor: 'Justin Trudeau', degree: 11, calls: 2 },
      ]),
  },
  '04-betweenness-centrality.cypher': {
    params: { ids: ['mohamed-bin-zayed-al-nahyan', 'charles-iii', 'vladimir-putin', 'dmytro-kuleba'] },
    // Every pair but one runs through Biden alone; Mohamed bin Zayed reaches everyone through
    // Zelenskyy; to Putin, three of four chains pass Biden (three Biden–Zelenskyy calls), one Scholz.
    check: (rows) =>
      expect(rows).toEqual([
        { broker: 'Joe Biden', betweenness: 5.75 },
        { broker: 'Volodymyr Zelenskyy', betweenness: 3 },
        { broker: 'Olaf Scholz', betweenness: 0.25 },
      ]),
  },
  '05-first-and-last-contact.cypher': {
    params: { id: 'volodymyr-zelenskyy' },
    check: (rows) =>
      expect(rows).toEqual([
        { counterpart: 'Joe Biden', calls: 3, first: '2022-02-24', last: '2022-03-01' },
        { counterpart: 'Olaf Scholz', calls: 1, first: '2022-03-01', last: '2022-03-01' },
        { counterpart: 'UK Royal Family', calls: 1, first: '2022-03-01', last: '2022-03-01' },
        { counterpart: 'Justin Trudeau', calls: 1, first: '2022-01-11', last: '2022-01-11' },
        { counterpart: 'Mohamed bin Zayed Al Nahyan', calls: 1, first: null, last: null },
      ]),
  },
  '06-reciprocity.cypher': {
    params: {},
    // Both Biden and Zelenskyy posted about their call of 2022-03-01; only Zelenskyy about his with Scholz.
    check: (rows) =>
      expect(rows).toEqual([
        { one: 'Joe Biden', other: 'Volodymyr Zelenskyy', calls: 3, onePosted: 1, otherPosted: 1, both: 1 },
        { one: 'Olaf Scholz', other: 'Volodymyr Zelenskyy', calls: 1, onePosted: 0, otherPosted: 1, both: 0 },
      ]),
  },
  '07-commitments-by-kind-and-country.cypher': {
    params: { from: null, to: null },
    check: (rows) => {
      // The dev readout 023 now names Biden as the maker of its undated security assistance to Ukraine (as its
      // gold does), which gives it the identity of the seed's undated Biden pledge: one Commitment, two sources.
      expect(rows.slice(0, 3)).toEqual([
        { country: 'United States', kind: 'sanctions', commitments: 5 },
        { country: 'United States', kind: 'diplomatic_support', commitments: 4 },
        { country: 'Thailand', kind: 'agreement', commitments: 2 },
      ]);
      expect(rows).toContainEqual({ country: 'United States', kind: 'security_assistance', commitments: 2 });
      expect(rows).toContainEqual({ country: 'Cambodia', kind: 'agreement', commitments: 1 });
    },
  },
  '08-contacts-about-a-topic.cypher': {
    params: { topic: 'sanctions' },
    check: (rows) => expect(rows).toEqual([{ date: '2022-03-01', medium: 'unspecified', participants: ['Joe Biden', 'Volodymyr Zelenskyy'] }]),
  },
  '09-office-holders-on-a-date.cypher': {
    params: { code: 'US', on: '2022-03-01' },
    check: (rows) =>
      expect(rows).toEqual([
        { name: 'Antony Blinken', title: 'Secretary of State', role: 'foreign_minister' },
        { name: 'Joe Biden', title: 'President', role: 'head_of_state' },
        { name: 'Kamala Harris', title: 'Vice President', role: 'other' },
      ]),
  },
  '10-articles-behind-an-edge.cypher': {
    params: BIDEN_ZELENSKYY,
    check: (rows) => {
      expect(rows.map((r) => [r.call, r.published, r.start, r.rule]).slice(0, 3)).toEqual([
        ['2022-02-24', '2022-02-24', 0, 'contact.conversation-with'],
        ['2022-02-24', '2022-02-24', 94, 'contact.reached-out'],
        ['2022-03-01', '2022-03-02', 0, 'contact.spoke-with'],
      ]);
      // Three calls, each from its own article: the White House, the seed, the Ukrainian presidency.
      expect(new Set(rows.map((r) => r.callId)).size).toBe(3);
      expect([...new Set(rows.map((r) => r.published))]).toEqual(['2022-02-24', '2022-03-02', '2022-06-15']);
      for (const r of rows) expect(String(r.quote).length).toBe(Number(r.end) - Number(r.start));
    },
  },
  '12-contacts-in-a-window.cypher': {
    params: { id: 'volodymyr-zelenskyy', from: '2022-02-01', to: '2022-03-01' },
    check: (rows) =>
      expect(rows).toEqual([
        { counterpart: 'Joe Biden', calls: 2, first: '2022-02-24', last: '2022-03-01' },
        { counterpart: 'Olaf Scholz', calls: 1, first: '2022-03-01', last: '2022-03-01' },
        { counterpart: 'UK Royal Family', calls: 1, first: '2022-03-01', last: '2022-03-01' },
      ]),
  },
  '11-duplicate-call-audit.cypher': {
    params: { days: 7 },
    check: (rows) =>
      expect(rows).toEqual([
        {
          participants: ['joe-biden', 'volodymyr-zelenskyy'], one: '2022-02-24', other: '2022-03-01', bothDated: true, daysApart: 5,
          oneId: 'call_d64b4d0c822a5380', otherId: 'call_ce02b0266cb16a01',
        },
      ]),
  },
};

describe('the Cypher cookbook', () => {
  it('has at least ten recipes, each with a case here', () => {
    expect(recipes.length).toBeGreaterThanOrEqual(10);
    expect(recipes).toEqual(Object.keys(cases).sort());
  });

  it.each(recipes)('%s states its question, parameters and example output, and uses only declared parameters', (file) => {
    const source = text(file);
    expect(source).toMatch(/^\/\/ Question: .+\?\n/);
    expect(source).toMatch(/\n\/\/ Parameters:/);
    expect(source).toMatch(/\n\/\/ Example/);
    const header = source.split('\n').filter((line) => line.startsWith('//')).join('\n');
    const used = new Set([...splitCypherScript(source)[0].matchAll(/\$(\w+)/g)].map((m) => m[1]));
    for (const name of used) expect(header).toContain(`$${name}`);
  });

  it.each(recipes)('%s answers as its example says', async (file) => {
    const { params, check } = cases[file];
    check(await run(file, params));
  });

  it('takes dates as graph dates too, as cypher-shell passes them (:param on => date(…))', async () => {
    const rows = await run('09-office-holders-on-a-date.cypher', { code: 'US', on: new neo4j.types.Date(2022, 3, 1) });
    expect(rows.map((r) => r.name)).toEqual(['Antony Blinken', 'Joe Biden', 'Kamala Harris']);
  });
});
