import neo4j from 'neo4j-driver';
import { applySchema } from '../../src/graph/apply-schema.js';
import { GraphStore } from '../../src/graph/graph-store.js';

const store = new GraphStore(neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic(process.env.NEO4J_USER!, process.env.NEO4J_PASSWORD!)));
afterAll(() => store.close());

describe('applySchema: constraints and indexes from schema/*.cypher', () => {
  it('applies twice without error and leaves one constraint per node key', async () => {
    const first = await applySchema(store);
    const second = await applySchema(store);
    // The data migrations run once per database (this suite's may already have had them).
    expect(second).toEqual({ ...first, migrations: [] });
    expect(first.files).toEqual(['constraints.cypher', 'indexes.cypher']);
    const rows = await store.read({ cypher: 'SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties, type RETURN name, labelsOrTypes, properties, type', params: {} });
    expect(rows).toEqual(
      expect.arrayContaining(
        [
          ['country_code', 'Country', 'code'], ['actor_id', 'Actor', 'id'], ['call_id', 'Call', 'id'],
          ['tweet_id', 'Tweet', 'id'], ['commitment_id', 'Commitment', 'id'], ['incident_id', 'Incident', 'id'],
          ['topic_name', 'Topic', 'name'], ['article_id', 'Article', 'id'],
        ].map(([name, label, key]) => ({ name, labelsOrTypes: [label], properties: [key], type: 'UNIQUENESS' })),
      ),
    );
  });

  it('brings every range and full-text index online', async () => {
    const rows = await store.read({ cypher: 'SHOW INDEXES YIELD name, type, state RETURN name, type, state', params: {} });
    const byName = Object.fromEntries(rows.map((r) => [r.name, r]));
    for (const name of ['call_date', 'tweet_posted_on', 'commitment_kind', 'commitment_date', 'incident_date', 'actor_name', 'article_published_on']) {
      expect(byName[name]).toEqual({ name, type: 'RANGE', state: 'ONLINE' });
    }
    for (const name of ['actor_names', 'tweet_text', 'topic_names']) expect(byName[name]).toEqual({ name, type: 'FULLTEXT', state: 'ONLINE' });
  });
});
