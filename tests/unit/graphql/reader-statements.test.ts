import { callsBetweenStatement } from '../../../src/graph/readers/calls-between.js';
import { contactNetworkStatement } from '../../../src/graph/readers/contact-network.js';
import { contactPathStatement } from '../../../src/graph/readers/contact-path.js';
import { dyadStatement } from '../../../src/graph/readers/dyad-counts.js';
import { searchStatement } from '../../../src/graph/readers/full-text-search.js';
import { officeHoldersStatement } from '../../../src/graph/readers/office-holders.js';
import { timelineStatement } from '../../../src/graph/readers/timeline.js';
import { countStatement } from '../../../src/graph/readers/count-statement.js';
import { pageStatement } from '../../../src/graph/readers/page-statement.js';
import { filterNames } from '../../../src/graph/readers/page-filters.js';
import { keyedBatchStatement, lookups, lookupStatement, type LookupName } from '../../../src/graph/readers/keyed-batch.js';
import { pageShapes, type PageShapeName } from '../../../src/graph/readers/page-shapes.js';
import { relations, type RelationName } from '../../../src/graph/readers/relations.js';
import { relationStatement } from '../../../src/graph/readers/read-ahead.js';

// The snapshots pin every statement the API can send. Values never appear in the Cypher: the
// same marker value is passed to every builder and must turn up only in the parameters.
const MARKER = 'zz-value-zz';

// Every filter a page key can carry (the filter table's, beside its owner and range), absent:
// the driver is always given all of them.
const NO_FILTERS = Object.fromEntries(['owner', 'from', 'to', ...filterNames].map((name) => [name, null]));

describe('the batched read statements', () => {
  it.each(Object.keys(lookups) as LookupName[])('look-up %s unwinds its keys as parameters', (name) => {
    const statement = lookupStatement(name, [MARKER]);
    expect(statement.cypher).toMatch(/^UNWIND \$keys AS key\n/);
    expect(statement.cypher).not.toContain(MARKER);
    expect(statement.params).toEqual({
      // A name is looked up through the full-text index as an escaped Lucene phrase.
      keys: [name === 'leaderByName' ? { name: MARKER, phrase: `"${MARKER.replace(/-/g, '\\-')}"` } : MARKER],
    });
    expect(statement.cypher).toMatchSnapshot();
  });

  it.each(Object.keys(relations) as RelationName[])('relation %s returns one row per key', (name) => {
    const statement = relationStatement(name, [MARKER]);
    // One row per key: the node is an OPTIONAL MATCH, and the neighbours a COLLECT subquery.
    expect(statement.cypher).toMatch(/^UNWIND \$keys AS key\nOPTIONAL MATCH \(k:\w+ \{(id|code): key\}\)\nWITH key, k, (head\()?COLLECT \{/);
    expect(statement.cypher).toMatch(/\nRETURN key, value$/);
    expect(statement.cypher).not.toContain(MARKER);
    expect(statement.cypher).toMatchSnapshot();
  });

  it('joins look-ups and relations asked for together into one statement, a branch per reader', () => {
    const alone = keyedBatchStatement([{ reader: 'topicsOfCall', key: MARKER }]);
    expect(alone).toEqual(relationStatement('topicsOfCall', [MARKER]));
    const joined = keyedBatchStatement([
      { reader: 'topicsOfCall', key: MARKER },
      { reader: 'leaderByName', key: MARKER },
      { reader: 'participantsOfCall', key: MARKER },
      { reader: 'topicsOfCall', key: 'other' },
      { reader: 'topicsOfCall', key: MARKER },
    ]);
    expect(joined.cypher).not.toContain(MARKER);
    // Branches in reader-name order, whatever order they were asked in: one text per query shape.
    expect(joined.params).toEqual({
      keys0: lookupStatement('leaderByName', [MARKER]).params.keys,
      keys1: [MARKER],
      keys2: [MARKER, 'other'],
    });
    expect(joined.cypher).toContain(relationStatement('participantsOfCall', []).cypher.replace('$keys', '$keys1').replace(/^/gm, '    '));
    expect(joined.cypher).toMatchSnapshot();
  });

  it.each(Object.keys(pageShapes) as PageShapeName[])('pages and counts of %s are keyset-based and parameterised', (name) => {
    const page = pageStatement(name, [{ owner: MARKER, take: 3, position: { date: '2022-03-01', id: MARKER } }]);
    expect(page.cypher).not.toContain(MARKER);
    expect(page.cypher).not.toMatch(/\bSKIP\b/);
    expect(page.cypher).toMatch(/ORDER BY (n\.\w+ DESC, )?n\.id ASC LIMIT toInteger\(\$limit\)/);
    expect(page.cypher).toMatchSnapshot('page');
    const count = countStatement(name, [{ owner: MARKER }]);
    expect(count.cypher).not.toContain(MARKER);
    expect(count.cypher).not.toContain('collect(');
    expect(count.cypher).toMatchSnapshot('count');
  });

  it('carries only the filters some key of its batch uses', () => {
    const plain = pageStatement('callsOfActor', [{ owner: 'joe-biden', participant: 'joe-biden', take: 3 }]).cypher;
    // A participant equal to the owner only repeats the anchor: no filter at all.
    expect(plain).not.toMatch(/key\.(participant|medium|topic|cameo) IS NULL/);
    const mixed = pageStatement('callsOfActor', [{ owner: 'joe-biden', take: 3 }, { owner: 'olaf-scholz', medium: 'phone', take: 3 }]).cypher;
    expect(mixed).toContain('(key.medium IS NULL OR n.medium = key.medium)');
    expect(mixed).not.toContain('key.topic IS NULL');
    // Repeated binding only where two edges can lead to one item.
    expect(plain).not.toContain('DISTINCT');
    expect(pageStatement('commitmentsReceivedByCountry', [{ owner: 'UA', take: 3 }]).cypher).toContain('WITH DISTINCT key, n');
    expect(countStatement('callsOfCountry', [{ owner: 'UA', topic: 'sanctions' }]).cypher).toContain('key.topic IS NULL OR EXISTS');
  });

  it('gives every page key its position, all its filters (null when absent) and its own take', () => {
    const statement = pageStatement('calls', [
      { medium: 'phone', take: 2 },
      { topic: 'sanctions', from: '2022-01-01', take: 5, position: { date: '2022-03-01', id: 'call_1' } },
    ]);
    expect(statement.params).toEqual({
      limit: 5,
      keys: [
        { i: 0, ...NO_FILTERS, medium: 'phone', positionDate: null, positionId: null, take: 2 },
        { i: 1, ...NO_FILTERS, from: '2022-01-01', topic: 'sanctions', positionDate: '2022-03-01', positionId: 'call_1', take: 5 },
      ],
    });
  });

  it('counts without paging keys', () => {
    expect(countStatement('callsOfActor', [{ owner: 'joe-biden', from: '2022-01-01' }, { owner: 'joe-biden' }]).params).toEqual({
      keys: [
        { i: 0, ...NO_FILTERS, owner: 'joe-biden', from: '2022-01-01', onlyOwner: false },
        // Filtered by its owner alone: answered from the actor's degree, not by visiting its calls.
        { i: 1, ...NO_FILTERS, owner: 'joe-biden', onlyOwner: true },
      ],
    });
  });

  it('reads counterparts capped at their take, a parameter, and the same read ahead of each with its own take', () => {
    const statement = relationStatement('counterpartsOfActor', ['joe-biden', 'olaf-scholz'], undefined, 3);
    expect(statement.params).toEqual({ keys: ['joe-biden', 'olaf-scholz'], take: 3 });
    expect(statement.cypher).toContain('LIMIT toInteger($take)');
    // Counterparts of counterparts: each level's take is its own parameter, named by its path.
    const nested = relationStatement('counterpartsOfActor', ['joe-biden'], [{ relation: 'counterpartsOfActor', properties: ['name'], take: 10 }], 5);
    expect(nested.params).toEqual({ keys: ['joe-biden'], take: 5, take_counterpartsOfActor: 10 });
    expect(nested.cypher).toContain('LIMIT toInteger($take_counterpartsOfActor)');
    expect(nested.cypher).toMatchSnapshot();
    // In a batch with other readers, each branch's parameters get its number.
    const batch = keyedBatchStatement([
      { reader: 'counterpartsOfActor', key: 'joe-biden', take: 5, ahead: [{ relation: 'counterpartsOfActor', take: 10 }] },
      { reader: 'actorById', key: 'joe-biden' },
    ]);
    expect(batch.params).toEqual({ keys0: ['joe-biden'], keys1: ['joe-biden'], take1: 5, take_counterpartsOfActor1: 10 });
    expect(batch.cypher).toContain('LIMIT toInteger($take_counterpartsOfActor1)');
  });

  it.each([
    ['newest first', { direction: 'DESC', backward: false }, 'n.date < date(key.positionDate)', 'n.id > key.positionId', 'ORDER BY n.date DESC, n.id ASC', 'ORDER BY n.id ASC'],
    ['newest first, backward', { direction: 'DESC', backward: true }, 'n.date > date(key.positionDate)', 'n.id < key.positionId', 'ORDER BY n.date ASC, n.id DESC', 'ORDER BY n.id DESC'],
    ['oldest first', { direction: 'ASC', backward: false }, 'n.date > date(key.positionDate)', 'n.id > key.positionId', 'ORDER BY n.date ASC, n.id ASC', 'ORDER BY n.id ASC'],
    ['oldest first, backward', { direction: 'ASC', backward: true }, 'n.date < date(key.positionDate)', 'n.id < key.positionId', 'ORDER BY n.date DESC, n.id DESC', 'ORDER BY n.id DESC'],
  ] as const)('pages %s with a range condition on the indexed date, then undated items last', (_, order, beyond, tie, datedSort, sort) => {
    const { cypher } = pageStatement('calls', [{ take: 2, from: '2022-01-01', position: { date: '2022-03-01', id: 'call_1' } }], order);
    expect(cypher).toContain(beyond);
    expect(cypher).toContain(tie);
    // The dated branch bounds and orders by the property itself, so the range index can serve it.
    expect(cypher).toContain('n.date >= date(key.from)');
    expect(cypher).toContain(`${beyond.slice(0, 8)}= date(key.positionDate)`);
    expect(cypher).toContain(datedSort);
    expect(cypher).toContain(sort);
    // Undated items have no sort date, and no made-up one: their position is their id alone.
    expect(cypher).toContain('sortDate: null');
    expect(cypher).not.toMatch(/date\('\d{4}-\d\d-\d\d'\)/);
    // Undated items are found through their own index and read only when the first part falls short.
    expect(cypher).toContain('n.undated = true');
    expect(cypher).toContain('WHERE size(first) < toInteger(key.take)');
    expect(cypher).not.toMatch(/coalesce\(n\.date/);
    expect(cypher).not.toMatch(/\bSKIP\b/);
  });

  it('bounds a page only by what some key of its batch gives', () => {
    const plain = pageStatement('callsOfActor', [{ owner: MARKER, take: 2 }]).cypher;
    expect(plain).toContain('n.date IS NOT NULL');
    expect(plain).not.toContain('date(key.');
    expect(plain).not.toContain('key.position');
    // A bound every key gives is bare (a range seek); one only some keys give is guarded for the others.
    const windowed = pageStatement('callsOfActor', [{ owner: MARKER, take: 2 }, { owner: MARKER, take: 2, to: '2022-01-01' }]).cypher;
    expect(windowed).toContain('(key.to IS NULL OR n.date <= date(key.to))');
    expect(pageStatement('callsOfActor', [{ owner: MARKER, take: 2, to: '2022-01-01' }]).cypher).toContain('AND n.date <= date(key.to)');
    expect(windowed).not.toContain('key.position');
  });

  it('keeps rows beyond a dated position in two terms when every key has one, guarded otherwise', () => {
    const at = (date: string | null) => ({ owner: MARKER, take: 2, position: { date, id: MARKER } });
    // Every key dated: the seek bounds the date (<= the position's), so "earlier, or a later id" is exact.
    const dated = pageStatement('callsOfActor', [at('2022-03-01'), at('2022-04-01')]).cypher;
    expect(dated).toContain('AND n.date <= date(key.positionDate)');
    expect(dated).toContain('WHERE (n.date < date(key.positionDate) OR n.id > key.positionId)');
    expect(dated).not.toContain('key.positionId IS NULL OR n.date');
    const back = pageStatement('callsOfActor', [at('2022-03-01')], { direction: 'DESC', backward: true }).cypher;
    expect(back).toContain('AND n.date >= date(key.positionDate)');
    expect(back).toContain('WHERE (n.date > date(key.positionDate) OR n.id < key.positionId)');
    // A key without a position, or at an undated one, in the batch: no bound on the seek, so the full condition.
    for (const other of [{ owner: MARKER, take: 2 }, at(null)]) {
      const mixed = pageStatement('callsOfActor', [at('2022-03-01'), other]).cypher;
      expect(mixed).not.toContain('AND n.date <= date(key.positionDate)');
      expect(mixed).toContain('(key.positionId IS NULL OR n.date < date(key.positionDate) OR (n.date = date(key.positionDate) AND n.id > key.positionId))');
    }
  });

  it('counts through the same date range as a page reads', () => {
    const keys = [{ owner: MARKER, from: '2022-01-01' }, { owner: MARKER, from: '2022-02-01', to: '2022-03-01' }];
    const count = countStatement('callsOfActor', keys).cypher;
    expect(count).toContain('n.date >= date(key.from)');
    expect(count).toContain('(key.to IS NULL OR n.date <= date(key.to))');
    expect(pageStatement('callsOfActor', keys.map((key) => ({ ...key, take: 2 }))).cypher).toContain('(key.to IS NULL OR n.date <= date(key.to))');
  });
});

describe('the graph-question statements', () => {
  const window = { from: MARKER, to: MARKER };
  it.each([
    ['contactNetwork depth 1', contactNetworkStatement(1, [{ center: MARKER, ...window, limit: 5 }])],
    ['contactNetwork depth 3', contactNetworkStatement(3, [{ center: MARKER, ...window, limit: 5 }])],
    ['callsBetween', callsBetweenStatement([{ a: MARKER, b: MARKER, ...window, take: 3 }])],
    ['contactPath', contactPathStatement([{ from: MARKER, to: MARKER, maxHops: 4 }])],
    ['dyad', dyadStatement([{ a: MARKER, aCountry: null, b: null, bCountry: MARKER, unit: 'month', ...window }])],
    ['timeline', timelineStatement([{ actor: MARKER, country: null, ...window, take: 5 }])],
    ['officeHolder', officeHoldersStatement([{ country: MARKER, title: MARKER, on: MARKER }])],
    ['search', searchStatement([{ query: MARKER, take: 5 }])],
  ])('%s unwinds its keys as parameters and answers in key order', (_, statement) => {
    expect(statement.cypher).toMatch(/^UNWIND \$keys AS key\n/);
    expect(statement.cypher).toMatch(/\nRETURN key\.i AS key, /);
    expect(statement.cypher).not.toContain(MARKER);
    expect(JSON.stringify(statement.params)).toContain(MARKER);
    expect(statement.cypher).toMatchSnapshot();
  });

  it('bounds a contact network by its depth and the batch’s largest limit', () => {
    const statement = contactNetworkStatement(2, [{ center: 'a', from: null, to: null, limit: 5 }, { center: 'b', from: null, to: null, limit: 50 }]);
    // Ring by ring: a depth-2 network reads two rings, the second only while the first falls short.
    expect(statement.cypher).toContain('AS ring2');
    expect(statement.cypher).not.toContain('AS ring3');
    expect(statement.cypher).toContain('WHERE size(seen) <= toInteger($limit)');
    expect(statement.params.limit).toBe(50);
  });

  it('bounds every contact path search at six calls', () => {
    expect(contactPathStatement([]).cypher).toContain('[:TOOK_PART_IN*..12]');
  });
});
