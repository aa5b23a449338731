/**
 * Which properties the readers return as dates (converted to text by Neo4j) is not listed by hand:
 * node-keys.ts derives it (storedDates) from the SDL's Date and DateTime fields of each node type.
 * Here the derivation is held against what the writer really stores, over the seed article (it holds a
 * fact of every kind): a stored date the SDL does not declare would reach the API as a driver
 * object, a declared one that is not stored as a date would never be converted.
 */
import { modelNodeKeys } from '../../../src/graph/node-keys.js';
import { storedDates } from '../../../src/graph/node-keys.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { clearGraph } from '../../helpers/graph-counts.js';
import { seededStore } from '../../helpers/seeded-app.js';

let store: GraphStore;
// The gazetteer too (its actors and countries must show no undeclared date); the first file of a
// run writes it on a cold server, hence the longer wait.
beforeAll(async () => {
  store = await seededStore();
}, 180_000);
afterAll(async () => {
  await clearGraph(store);
  await store.close();
});

const TEMPORAL = '(DATE|ZONED DATETIME|LOCAL DATETIME|ZONED TIME|LOCAL TIME) NOT NULL';

describe('stored dates, as the SDL declares them', () => {
  it('stores as a date every property the SDL declares one on a node type, and no other', async () => {
    // Each label's properties, with whether their values are dates (null values aside).
    const rows = await store.read({
      cypher: `MATCH (n)
UNWIND labels(n) AS label
UNWIND keys(n) AS property
WITH label, property, valueType(n[property]) =~ $temporal AS dated
WHERE label IN $labels
RETURN label, property, collect(DISTINCT dated) AS kinds`,
      params: { labels: Object.keys(modelNodeKeys()), temporal: TEMPORAL },
    });
    const dated = rows.filter((row) => (row.kinds as boolean[]).includes(true)).map((row) => `${row.label}.${row.property}`).sort();
    const declared = rows.filter((row) => (storedDates[String(row.label)] ?? []).includes(String(row.property)));
    // The seed holds dated calls, posts, incidents and articles (its commitments are undated).
    expect(dated).toEqual(expect.arrayContaining(['Article.ingestedAt', 'Article.publishedOn', 'Call.date', 'Incident.date', 'Tweet.postedOn']));
    for (const name of dated) expect(storedDates[name.split('.')[0]] ?? []).toContain(name.split('.')[1]);
    for (const row of declared) expect({ [`${row.label}.${row.property}`]: row.kinds }).toEqual({ [`${row.label}.${row.property}`]: [true] });
  });
});
