/**
 * The overview statements (src/graph/readers/most-active-actors.ts, country-contacts.ts,
 * calls-per-period.ts): values reach Neo4j only as parameters, each key keeps its own size under
 * one batch-wide LIMIT, and a batch without a window counts an actor's calls by its degree
 * instead of visiting them.
 */
import { callsPerPeriodStatement } from '../../../src/graph/readers/calls-per-period.js';
import { countryContactsStatement } from '../../../src/graph/readers/country-contacts.js';
import { mostActiveActorsStatement } from '../../../src/graph/readers/most-active-actors.js';

const MARKER = '2099-12-31';

describe('the overview statements', () => {
  it('rank actors by degree when no key of the batch has a window, with each key\'s size as a parameter', () => {
    const { cypher, params } = mostActiveActorsStatement([{ kind: 'leader', from: null, to: null, take: 3 }, { kind: null, from: null, to: null, take: 8 }]);
    expect(cypher).toMatch(/^UNWIND \$keys AS key\n/);
    expect(cypher).toContain('COUNT { (a)-[:TOOK_PART_IN]->() } AS callCount');
    expect(cypher).toContain('LIMIT toInteger($limit)');
    expect(cypher).toContain('items[..toInteger(key.take)]');
    expect(params).toEqual({ keys: [{ i: 0, kind: 'leader', from: null, to: null, take: 3 }, { i: 1, kind: null, from: null, to: null, take: 8 }], limit: 8 });
  });

  it('count only the calls in the window when a key has one, the dates only in the parameters', () => {
    const { cypher, params } = mostActiveActorsStatement([{ kind: null, from: MARKER, to: null, take: 5 }]);
    expect(cypher).toContain('COUNT { (a)-[:TOOK_PART_IN]->(c:Call) WHERE (key.from IS NULL OR c.date >= date(key.from))');
    expect(cypher).not.toContain(MARKER);
    expect(params.keys).toEqual([{ i: 0, kind: null, from: MARKER, to: null, take: 5 }]);
  });

  it('pair countries through the calls\' INVOLVES edges, each pair once, with the window and sizes as parameters', () => {
    const { cypher, params } = countryContactsStatement([{ from: MARKER, to: MARKER, take: 1000 }, { from: null, to: null, take: 2 }]);
    expect(cypher).toContain('MATCH (x:Country)<-[:INVOLVES]-(c:Call)-[:INVOLVES]->(y:Country)\n  WHERE x.code < y.code AND (key.from IS NULL OR c.date >= date(key.from))');
    expect(cypher).not.toContain(MARKER);
    expect(params).toEqual({ keys: [{ i: 0, from: MARKER, to: MARKER, take: 1000 }, { i: 1, from: null, to: null, take: 2 }], limit: 1000 });
  });

  it('count one side\'s calls per period from its index, an actor or a country, the side and window as parameters', () => {
    const { cypher, params } = callsPerPeriodStatement([{ id: null, country: 'UA', unit: 'month', from: MARKER, to: null }]);
    expect(cypher).toContain('MATCH (:Actor {id: key.id})-[:TOOK_PART_IN]->(c:Call) RETURN c\n    UNION\n    MATCH (:Country {code: key.country})<-[:INVOLVES]-(c:Call) RETURN c');
    expect(cypher).toContain('date.truncate(key.unit, c.date)');
    expect(cypher).not.toContain(MARKER);
    expect(params).toEqual({ keys: [{ i: 0, id: null, country: 'UA', unit: 'month', from: MARKER, to: null }] });
  });
});
