import { buildSchema, parse } from 'graphql';
import { DEFAULT_PAGE, LIST_ESTIMATE, operationCost } from '../../../src/server/limits/operation-cost.js';

const schema = buildSchema(`
  type Query { calls(first: Int = 20, after: String): CallConnection!  leader(name: String): Leader }
  type CallConnection { totalCount: Int! edges: [CallEdge!]! }
  type CallEdge { cursor: String! node: Call! }
  type Call { id: ID! topics: [String!]! participants: [Leader!]! }
  type Leader { name: String! calls(first: Int = 20): CallConnection! }
`);

const cost = (query: string, variables = {}) => operationCost(schema, parse(query), variables);

describe('operation cost', () => {
  it.each([
    ['{ leader(name: "x") { name } }', 1 + 1],
    ['{ calls(first: 5) { totalCount } }', 1 + 5 * 1],
    ['{ calls(first: 5) { edges { node { id } } } }', 1 + 5 * (1 + (1 + 1))],
    ['{ calls { edges { node { id } } } }', 1 + 20 * 3],
    ['{ calls(first: 2) { edges { node { participants { name } } } } }', 1 + 2 * (1 + (1 + (1 + LIST_ESTIMATE * 1)))],
  ])('%s costs %i', (query, expected) => {
    expect(cost(query)).toBe(expected);
  });

  it('multiplies nested pages, so deep nests of large pages grow fast', () => {
    const nested = '{ calls(first: 100) { edges { node { participants { calls(first: 100) { edges { node { id } } } } } } } }';
    expect(cost(nested)).toBeGreaterThan(100 * 10 * 100);
  });

  it('bounds the lists inside a field by its `limit`, and counts a connection without a default page as DEFAULT_PAGE items', () => {
    const s2 = buildSchema(`
      type Query { network(limit: Int = 500): Net! calls(first: Int, last: Int): CallConnection! }
      type Net { nodes: [Node!]! }
      type Node { id: ID! }
      type CallConnection { edges: [CallEdge!]! }
      type CallEdge { node: Node! }
    `);
    // `limit` on an object field bounds the lists inside it.
    expect(operationCost(s2, parse('{ network { nodes { id } } }'), {})).toBe(1 + (1 + 500 * 1));
    expect(operationCost(s2, parse('{ network(limit: 5) { nodes { id } } }'), {})).toBe(1 + (1 + 5 * 1));
    expect(operationCost(s2, parse('{ calls { edges { node { id } } } }'), {})).toBe(1 + DEFAULT_PAGE * 3);
  });

  it('reads page sizes from variables', () => {
    expect(cost('query ($n: Int) { calls(first: $n) { totalCount } }', { n: 50 })).toBe(51);
  });

  it('counts fragments where they are spread', () => {
    expect(cost('{ calls(first: 3) { ...C } } fragment C on CallConnection { totalCount }')).toBe(4);
  });
});
