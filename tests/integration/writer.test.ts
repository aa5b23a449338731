import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { FactsDocumentError, parseFactsDocument, type FactsDocument } from '../../src/facts/facts-document.js';
import { applySchema } from '../../src/graph/apply-schema.js';
import type { GazetteerData } from '../../src/graph/build-gazetteer-statements.js';
import { GraphStore, type Row } from '../../src/graph/graph-store.js';
import { seedGraphIfEmpty } from '../../src/graph/seed-graph.js';
import { writeFacts } from '../../src/graph/write-facts.js';
import { writeGazetteer } from '../../src/graph/write-gazetteer.js';

const store = new GraphStore(neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!)));
const read = (cypher: string, params: Record<string, unknown> = {}) => store.read({ cypher, params });
// The hand-written facts of the seed article: the writer is tested on its own, apart from the extractor.
const seedUrl = (file: string) => new URL(`../fixtures/seed/${file}`, import.meta.url);
const seed = parseFactsDocument(JSON.parse(readFileSync(seedUrl('000_58b2ec0da89f2029.facts.json'), 'utf8')));
// The offset convention: the body is the article after its `date YYYY-MM-DD` header.
const body = readFileSync(seedUrl('000_58b2ec0da89f2029.txt'), 'utf8').replace(/^\s*date\s+\d{4}-\d{2}-\d{2}[ \t]*\r?\n?[ \t]*/, '');

const clear = () => store.writeAll([{ cypher: 'MATCH (n) DETACH DELETE n', params: {} }]);

async function counts(): Promise<{ nodes: number; relationships: number }> {
  const [n] = await read('MATCH (n) RETURN count(n) AS c');
  const [r] = await read('MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: n.c as number, relationships: r.c as number };
}

/** A hash of every node's labels and properties and every relationship's ends and properties. */
async function fingerprint(): Promise<string> {
  const key = 'coalesce(x.id, x.code, x.name)';
  const nodes = await read('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await read(
    `MATCH (a)-[r]->(b) WITH a, r, b, a AS x RETURN ${key} AS from, type(r) AS type, properties(r) AS props, b AS to`,
  );
  const canon = (rows: Row[]) => rows.map((row) => JSON.stringify(row, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v))).sort();
  return createHash('sha256').update(JSON.stringify([canon(nodes), canon(rels)])).digest('hex');
}

/** A second article reporting the Zelenskyy–Biden call, calling it a phone call and adding a topic. */
function secondArticle(): FactsDocument {
  const call = seed.calls[0];
  const quote = 'Zelenskyy and Biden held a phone call on Tuesday about air defence.';
  return parseFactsDocument({
    source: { id: 'art_second', publishedOn: '2022-03-02', url: 'https://example.org/second' },
    actors: seed.actors.filter((a) => call.participants.includes(a.id)),
    countries: [{ code: 'UA', name: 'Ukraine' }],
    calls: [{ ...call, medium: 'phone', topics: ['Air defence', 'sanctions'], evidence: [{ quote, start: 0, end: quote.length, rule: 'contact.phone-call' }] }],
  });
}

beforeAll(async () => {
  await clear();
  await applySchema(store);
});
afterAll(() => store.close());

describe('writeFacts: the seed article in the graph', () => {
  beforeAll(async () => {
    await clear();
    await writeFacts(store, seed, { textLength: body.length });
  });

  it('creates the three calls with Zelenskyy, each with its counterpart and day', async () => {
    const rows = await read(
      `MATCH (:Leader {id: 'volodymyr-zelenskyy'})-[:TOOK_PART_IN]->(c:Call)<-[:TOOK_PART_IN]-(other:Actor)
       RETURN other.name AS other, toString(c.date) AS date, c.medium AS medium, c.cameo AS cameo ORDER BY other`,
    );
    expect(rows).toEqual([
      { other: 'Joe Biden', date: '2022-03-01', medium: 'unspecified', cameo: '040' },
      { other: 'Olaf Scholz', date: '2022-03-01', medium: 'phone', cameo: '041' },
      { other: 'UK Royal Family', date: '2022-03-01', medium: 'phone', cameo: '041' },
    ]);
  });

  it('creates 4 tweets, 4 commitments and 2 incidents, linked to their actors and countries', async () => {
    const [row] = await read(
      `RETURN COUNT { (:Actor)-[:POSTED]->(:Tweet) } AS tweets,
              COUNT { (:Leader {id: 'joe-biden'})-[:MADE]->(:Commitment)-[:BY]->(:Country {code: 'US'}) } AS commitments,
              COUNT { (:Country {code: 'RU'})-[:PERPETRATED]->(:Incident)-[:IN]->(:Country {code: 'UA'}) } AS incidents,
              COUNT { (:Tweet)-[:ABOUT]->(:Call) } AS aboutCalls, COUNT { (:Tweet)-[:ABOUT]->(:Incident) } AS aboutIncidents,
              COUNT { (:Tweet)-[:MENTIONS]->(:Actor {id: 'olaf-scholz'}) } AS mentions`,
    );
    expect(row).toEqual({ tweets: 4, commitments: 4, incidents: 2, aboutCalls: 3, aboutIncidents: 1, mentions: 1 });
  });

  it('gives every actor exactly one kind label and an office or base', async () => {
    const rows = await read(
      `MATCH (a:Actor) RETURN a.id AS id, [l IN labels(a) WHERE l <> 'Actor'] AS labels,
              [(a)-[h:HOLDS_OFFICE]->(c) | h.title + '@' + c.code] + [(a)-[:BASED_IN]->(c) | 'based@' + c.code] AS places ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'anton-herashchenko', labels: ['Official'], places: ['Adviser to the Interior Ministry@UA'] },
      { id: 'joe-biden', labels: ['Leader'], places: ['President@US'] },
      { id: 'olaf-scholz', labels: ['Leader'], places: ['Chancellor@DE'] },
      { id: 'uk-royal-family', labels: ['Institution'], places: ['based@GB'] },
      { id: 'vladimir-putin', labels: ['Leader'], places: ['President@RU'] },
      { id: 'volodymyr-zelenskyy', labels: ['Leader'], places: ['President@UA'] },
    ]);
  });

  it('ties every fact to the article with REPORTS edges whose offsets select their quote', async () => {
    const rows = await read(
      `MATCH (:Article {id: $id})-[r:REPORTS]->(f) RETURN labels(f)[0] AS label, r.quote AS quote, r.start AS start, r.end AS end, r.rule AS rule`,
      { id: seed.source.id },
    );
    const evidence = [...seed.calls, ...seed.tweets, ...seed.commitments, ...seed.incidents].flatMap((f) => f.evidence);
    expect(rows).toHaveLength(evidence.length);
    for (const r of rows) expect(body.slice(r.start as number, r.end as number)).toBe(r.quote);
    expect(rows.filter((r) => r.label === 'Call')).toHaveLength(5);
  });

  it('records the article and what it mentions', async () => {
    const [row] = await read(
      `MATCH (a:Article {id: $id}) RETURN toString(a.publishedOn) AS publishedOn, a.textLength AS textLength,
              a.ingestedAt IS NOT NULL AS ingested, COUNT { (a)-[:MENTIONS]->(:Actor) } AS actors, COUNT { (a)-[:MENTIONS]->(:Country) } AS countries`,
      { id: seed.source.id },
    );
    expect(row).toEqual({ publishedOn: '2022-03-02', textLength: body.length, ingested: true, actors: 6, countries: 5 });
  });

  it('changes nothing when the same document is written again', async () => {
    const before = { ...(await counts()), fingerprint: await fingerprint() };
    const report = await writeFacts(store, seed, { textLength: body.length });
    expect({ ...(await counts()), fingerprint: await fingerprint() }).toEqual(before);
    expect(report).toMatchObject({ articleId: seed.source.id, statements: 11, nodesCreated: 0, relationshipsCreated: 0, labelsAdded: 0 });
  });
});

describe('writeFacts: one call reported by two articles', () => {
  beforeAll(async () => {
    await clear();
    await writeFacts(store, seed);
    await writeFacts(store, secondArticle());
  });

  it('is one Call with a REPORTS edge from each article', async () => {
    const rows = await read(
      `MATCH (c:Call)<-[:TOOK_PART_IN]-(:Actor {id: 'joe-biden'}) MATCH (a:Article)-[r:REPORTS]->(c)
       RETURN a.id AS article, count(r) AS edges, count(DISTINCT c) AS calls ORDER BY article`,
    );
    expect(rows).toEqual([
      { article: seed.source.id, edges: 2, calls: 1 },
      { article: 'art_second', edges: 1, calls: 1 },
    ]);
  });

  it('upgrades an unspecified medium and unions the topics', async () => {
    const [row] = await read(
      `MATCH (c:Call)<-[:TOOK_PART_IN]-(:Actor {id: 'joe-biden'})
       RETURN c.medium AS medium, c.cameo AS cameo, c.ploverMode AS mode, [(c)-[:DISCUSSED]->(t) | t.name] AS topics`,
    );
    expect({ ...row, topics: (row.topics as string[]).sort() }).toEqual({
      medium: 'phone', cameo: '041', mode: 'phone',
      topics: ['air defence', 'defence assistance', 'humanitarian aid', 'sanctions', 'security assistance'],
    });
  });
});

describe('writeFacts: all or nothing', () => {
  beforeAll(async () => {
    await clear();
    await writeFacts(store, seed);
  });

  it('writes nothing for a document that fails validation', async () => {
    const before = await fingerprint();
    await expect(writeFacts(store, { ...seed, calls: [{ ...seed.calls[0], participants: ['only-one'] }] })).rejects.toThrow(FactsDocumentError);
    await expect(writeFacts(store, { ...secondArticle(), tweets: [{ ...seed.tweets[0], author: 'nobody' }] })).rejects.toThrow(
      /tweets\.0\.author: an actor id defined in the document, got "nobody"/,
    );
    expect(await fingerprint()).toBe(before);
  });

  it('leaves the graph unchanged when a statement fails mid-transaction', async () => {
    const before = await fingerprint();
    // Valid for the contract, but there is no 30 February: date() throws in the calls statement,
    // after the article, countries and actors statements have already run in the transaction.
    const doc = secondArticle();
    const broken = { ...doc, actors: [...doc.actors, { ...seed.actors[2], id: 'olaf-scholz-2' }], calls: [{ ...doc.calls[0], id: 'call_broken', date: '2022-02-30' }] };
    await expect(writeFacts(store, broken)).rejects.toThrow(/date|February|30/i);
    expect(await fingerprint()).toBe(before);
    expect(await read(`MATCH (n) WHERE n.id IN ['art_second', 'olaf-scholz-2', 'call_broken'] RETURN n.id AS id`)).toEqual([]);
  });
});

const gazetteer: GazetteerData = {
  countries: [
    { code: 'UA', alpha3: 'UKR', name: 'Ukraine', officialName: 'Ukraine', aliases: [], demonyms: ['Ukrainian'], capitals: ['Kyiv'] },
    { code: 'US', alpha3: 'USA', name: 'United States', officialName: 'United States of America', aliases: ['USA'], demonyms: ['American'], capitals: ['Washington, D.C.'] },
    { code: 'GB', alpha3: 'GBR', name: 'United Kingdom', officialName: 'United Kingdom of Great Britain and Northern Ireland', aliases: ['Britain'], demonyms: ['British'], capitals: ['London'] },
  ],
  leaders: [
    {
      id: 'volodymyr-zelenskyy', name: 'Volodymyr Zelenskyy', aliases: ['Zelensky', 'Zelenskyy'], handles: ['@ZelenskyyUa'],
      offices: [{ title: 'President', country: 'UA', kind: 'leader', since: '2019-05-20', until: null }],
    },
    {
      id: 'joe-biden', name: 'Joe Biden', aliases: ['Biden'], handles: ['@POTUS'],
      offices: [{ title: 'President', country: 'US', kind: 'leader', role: 'head_of_state', since: '2021-01-20', until: '2025-01-20', aliases: ['POTUS'], handles: ['@POTUS'] }],
    },
    {
      id: 'jens-stoltenberg', name: 'Jens Stoltenberg', aliases: ['Stoltenberg'], handles: [],
      offices: [{ title: 'Secretary General', country: '', institution: 'nato', kind: 'leader', role: 'head_of_institution', since: '2014-10-01', until: '2024-10-01' }],
    },
  ],
  institutions: [
    { id: 'uk-royal-family', name: 'UK Royal Family', aliases: ['Royal Family'], handles: [], country: 'GB' },
    { id: 'nato', name: 'NATO', aliases: ['North Atlantic Treaty Organization'], handles: ['@NATO'], country: null },
  ],
};

describe('writeGazetteer and seedGraphIfEmpty', () => {
  beforeAll(clear);

  it('seeds an empty graph with the gazetteer and the facts, and only once', async () => {
    const first = await seedGraphIfEmpty(store, { loadGazetteer: () => gazetteer, loadFacts: async () => [seed] });
    expect(first).toMatchObject({ seeded: true, articles: [{ articleId: seed.source.id }] });
    const before = await fingerprint();
    expect(await seedGraphIfEmpty(store, { loadGazetteer: () => gazetteer, loadFacts: async () => [seed] })).toEqual({ seeded: false, articles: 1 });
    expect(await fingerprint()).toBe(before);
  });

  it('keeps the gazetteer’s dated office and adds no undated copy from the article', async () => {
    const rows = await read(
      `MATCH (:Actor {id: 'volodymyr-zelenskyy'})-[h:HOLDS_OFFICE]->(c) RETURN h.title AS title, c.code AS country, h.source AS source, toString(h.since) AS since, h.until AS until`,
    );
    expect(rows).toEqual([{ title: 'President', country: 'UA', source: 'gazetteer', since: '2019-05-20', until: null }]);
  });

  it('puts the names that come with an office on the term, and offices of international bodies on the institution', async () => {
    const rows = await read(
      `MATCH (a:Actor)-[h:HOLDS_OFFICE]->(place) WHERE a.id IN ['joe-biden', 'jens-stoltenberg']
       RETURN a.id AS id, a.aliases AS personal, h.role AS role, h.aliases AS termAliases, h.handles AS termHandles,
              labels(place) AS place, a.country AS country ORDER BY id`,
    );
    expect(rows).toEqual([
      { id: 'jens-stoltenberg', personal: ['Stoltenberg'], role: 'head_of_institution', termAliases: [], termHandles: [], place: ['Actor', 'Institution'], country: null },
      { id: 'joe-biden', personal: ['Biden'], role: 'head_of_state', termAliases: ['POTUS'], termHandles: ['@POTUS'], place: ['Country'], country: 'US' },
    ]);
    expect(await read(`MATCH (c:Country) WHERE c.code = '' OR c.name IS NULL RETURN c.code AS code`)).toEqual([]);
  });

  it('unions the article’s aliases and handles into the gazetteer’s actor, searchable by full text', async () => {
    const rows = await read(
      `CALL db.index.fulltext.queryNodes('actor_names', $q) YIELD node RETURN node.id AS id, node.aliases AS aliases, node.handles AS handles`,
      { q: 'ZelenskyyUa' },
    );
    expect(rows).toEqual([{ id: 'volodymyr-zelenskyy', aliases: ['Zelensky', 'Zelenskyy'], handles: ['@ZelenskyyUa'] }]);
  });

  it('answers every analyst query in docs/graph-model.md', async () => {
    const docs = readFileSync(new URL('../../docs/graph-model.md', import.meta.url), 'utf8');
    const queries = [...docs.matchAll(/```cypher\n([\s\S]*?)```/g)].map((m) => m[1]);
    const day = (d: string) => neo4j.types.Date.fromStandardDate(new Date(`${d}T12:00:00`));
    const params = {
      from: day('2022-03-01'), to: day('2022-03-31'), on: day('2022-03-01'), id: 'volodymyr-zelenskyy',
      q: 'Zelensky', callId: seed.calls[0].id, code: 'US',
    };
    expect(queries).toHaveLength(9);
    for (const cypher of queries) {
      const names = [...cypher.matchAll(/\$(\w+)/g)].map((m) => m[1]);
      const rows = await read(cypher, Object.fromEntries(names.map((n) => [n, params[n as keyof typeof params]])));
      expect({ cypher, found: rows.length > 0 }).toEqual({ cypher, found: true });
    }
  });

  it('is idempotent, and answers "who held office on a date"', async () => {
    const before = await fingerprint();
    await writeGazetteer(store, gazetteer, 1);
    expect(await fingerprint()).toBe(before);
    const rows = await read(
      `MATCH (a:Actor)-[h:HOLDS_OFFICE]->(:Country {code: $code})
       WHERE (h.since IS NULL OR h.since <= date($on)) AND (h.until IS NULL OR h.until > date($on))
       RETURN a.name AS name, h.title AS title`,
      { code: 'US', on: '2022-03-01' },
    );
    expect(rows).toEqual([{ name: 'Joe Biden', title: 'President' }]);
  });
});
