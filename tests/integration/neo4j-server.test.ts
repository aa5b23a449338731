import neo4j from 'neo4j-driver';
import { GraphStore } from '../../src/graph/graph-store.js';

describe('the test suite’s own Neo4j', () => {
  it('answers Cypher over Bolt with the configured credentials', async () => {
    const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD!));
    const store = new GraphStore(driver);
    const rows = await store.read({ cypher: 'RETURN $x + 1 AS y', params: { x: 41 } });
    expect(rows).toEqual([{ y: 42 }]);
    await store.close();
  });

  it('refuses the initial password once it has been replaced', async () => {
    const driver = neo4j.driver(process.env.NEO4J_URI!, neo4j.auth.basic('neo4j', 'neo4j'));
    await expect(driver.verifyConnectivity()).rejects.toMatchObject({ code: 'Neo.ClientError.Security.Unauthorized' });
    await driver.close();
  });
});
