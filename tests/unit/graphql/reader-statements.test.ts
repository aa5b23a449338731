import { counterpartsStatement } from '../../../src/graph/readers/counterparts.js';
import { countStatement, pageStatement } from '../../../src/graph/readers/keyset-page.js';
import { lookups, lookupStatement, type LookupName } from '../../../src/graph/readers/lookups.js';
import { pageShapes, type PageShapeName } from '../../../src/graph/readers/page-shapes.js';
import { relations, relationStatement, type RelationName } from '../../../src/graph/readers/relations.js';

// The snapshots pin every statement the API can send. Values never appear in the Cypher: the
// same marker value is passed to every builder and must turn up only in the parameters.
const MARKER = 'zz-value-zz';

describe('the batched read statements', () => {
  it.each(Object.keys(lookups) as LookupName[])('look-up %s unwinds its keys as parameters', (name) => {
    const statement = lookupStatement(name, [MARKER]);
    expect(statement.cypher).toMatch(/^UNWIND \$keys AS key\n/);
    expect(statement.cypher).not.toContain(MARKER);
    expect(statement.params).toEqual({ keys: [MARKER] });
    expect(statement.cypher).toMatchSnapshot();
  });

  it.each(Object.keys(relations) as RelationName[])('relation %s returns one row per key', (name) => {
    const statement = relationStatement(name, [MARKER]);
    expect(statement.cypher).toMatch(/^UNWIND \$keys AS key\nRETURN key, (head\()?COLLECT \{/);
    expect(statement.cypher).not.toContain(MARKER);
    expect(statement.cypher).toMatchSnapshot();
  });

  it.each(Object.keys(pageShapes) as PageShapeName[])('pages and counts of %s are keyset-based and parameterised', (name) => {
    const page = pageStatement(name, [{ owner: MARKER, take: 3, after: { date: '2022-03-01', id: MARKER } }]);
    expect(page.cypher).not.toContain(MARKER);
    expect(page.cypher).not.toMatch(/\bSKIP\b/);
    expect(page.cypher).toContain('ORDER BY sortDate DESC, n.id ASC LIMIT toInteger($limit)');
    expect(page.cypher).toMatchSnapshot('page');
    const count = countStatement(name, [{ owner: MARKER }]);
    expect(count.cypher).not.toContain(MARKER);
    expect(count.cypher).not.toContain('collect(');
    expect(count.cypher).toMatchSnapshot('count');
  });

  it('gives every page key its position, all its filters (null when absent) and its own take', () => {
    const statement = pageStatement('calls', [
      { medium: 'phone', take: 2 },
      { topic: 'sanctions', from: '2022-01-01', take: 5, after: { date: '2022-03-01', id: 'call_1' } },
    ]);
    expect(statement.params).toEqual({
      limit: 5,
      keys: [
        { i: 0, owner: null, from: null, to: null, participant: null, country: null, medium: 'phone', topic: null, afterDate: null, afterId: null, take: 2 },
        { i: 1, owner: null, from: '2022-01-01', to: null, participant: null, country: null, medium: null, topic: 'sanctions', afterDate: '2022-03-01', afterId: 'call_1', take: 5 },
      ],
    });
  });

  it('counts without paging keys', () => {
    expect(countStatement('callsOfActor', [{ owner: 'joe-biden', from: '2022-01-01' }]).params).toEqual({
      keys: [{ i: 0, owner: 'joe-biden', from: '2022-01-01', to: null, participant: null, country: null, medium: null, topic: null }],
    });
  });

  it('pages counterparts per actor with one batch-wide limit', () => {
    const statement = counterpartsStatement([{ actor: 'joe-biden', take: 3 }, { actor: 'olaf-scholz', take: 10 }]);
    expect(statement.params).toEqual({ keys: [{ i: 0, actor: 'joe-biden', take: 3 }, { i: 1, actor: 'olaf-scholz', take: 10 }], limit: 10 });
    expect(statement.cypher).toMatchSnapshot();
  });
});
