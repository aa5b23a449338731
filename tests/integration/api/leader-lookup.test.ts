/**
 * `leader(name:)` finds candidates through the full-text index: names with Lucene syntax in them
 * answer null, never an error; the lookup is an index query, not a scan of every leader.
 */
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { seededStore, testApp } from '../../helpers/seeded-app.js';

describe('leader(name:) through the full-text index', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  it.each(['@', '"', 'AND OR ( ) " ~ * :', 'Zelenskyy*', 'name:Biden', '\\'])('answers null for %j', async (name) => {
    const { json } = await testApp(store).post({ query: 'query ($n: String!) { leader(name: $n) { id } }', variables: { n: name } });
    expect(json.errors).toBeUndefined();
    expect(json.data.leader).toBeNull();
  });

  it('still finds a leader by full name, alias and handle, in any case', async () => {
    const { json } = await testApp(store).post({
      query: '{ a: leader(name: "JOE BIDEN") { id } b: leader(name: "zelensky") { id } c: leader(name: "@olafscholz") { id } }',
    });
    expect(json.data).toEqual({ a: { id: 'joe-biden' }, b: { id: 'volodymyr-zelenskyy' }, c: { id: 'olaf-scholz' } });
  });

  it('looks the name up through the full-text index, in one statement', async () => {
    const t = testApp(store);
    await t.post({ query: '{ leader(name: "Joe Biden") { id } }' });
    const [statement] = t.statements;
    expect(statement.cypher).toContain("db.index.fulltext.queryNodes('actor_names'");
    expect(t.statements).toHaveLength(1);
  });
});
