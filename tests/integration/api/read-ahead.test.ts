/**
 * A page reads the relations its nodes select in its own statement (one level ahead), and the
 * nodes' fields answer from what it read: the same values the relation readers give a node asked
 * for by id, in one statement fewer. Run over the seed and the dev corpus, which hold calls,
 * tweets, commitments and incidents with every relation.
 */
import { relationFields } from '../../../src/graphql/relation-fields.js';
import { useSeededApi } from './fixtures.js';

const seeded = useSeededApi({ corpus: true });
const { api } = seeded;

// Every relation field of each fact type, with a selection wide enough to tell values apart.
const selections: Record<string, string> = {
  Call: 'participants { id } topics tweets { id } sources { quote start article { id } }',
  Tweet: 'mentionedActors { id } author { id } about { ... on Call { id } ... on Incident { id } } sources { quote start }',
  Commitment: 'maker { id } by { code } target { code } beneficiary { code } sources { quote start }',
  Incident: 'perpetrator { code } country { code } tweets { id } sources { quote start }',
};
const lists: Record<string, [string, string]> = {
  Call: ['calls', 'call'],
  Tweet: ['tweets', 'tweet'],
  Commitment: ['commitments', 'commitment'],
  Incident: ['incidents', 'incident'],
};

describe('reading relations one level ahead', () => {
  it('covers every relation field of the fact types', () => {
    for (const type of Object.keys(lists)) {
      const fields = Object.keys(relationFields[type as keyof typeof relationFields]);
      for (const field of fields) expect(selections[type]).toMatch(new RegExp(`\\b${field}\\b`));
    }
  });

  it.each(Object.keys(lists))('a page of %s reads its relations in the page statement, with the values a node read alone has', async (type) => {
    const [list, one] = lists[type];
    const paged = await api.query(`{ ${list}(first: 50) { edges { node { id ${selections[type]} } } } }`);
    expect(paged.errors).toBeUndefined();
    const nodes = paged.data![list].edges.map((e: any) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    // One statement: the page with its nodes' relations (what those relations select next is
    // answered from the page's own maps, or needs no further read).
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0].cypher).toContain('AS ahead');

    for (const node of nodes) {
      const alone = await api.query(`{ ${one}(id: "${node.id}") { id ${selections[type]} } }`);
      expect(alone.errors).toBeUndefined();
      expect(api.statements[0].cypher).not.toContain('AS ahead');
      expect(alone.data![one]).toEqual(node);
    }
  });

  it('reads nothing ahead when the nodes select no relation, and shares the page with pageInfo in either order', async () => {
    const plain = await api.query('{ calls(first: 5) { pageInfo { endCursor } edges { node { id date } } } }');
    expect(plain.errors).toBeUndefined();
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0].cypher).not.toContain('AS ahead');

    const infoFirst = await api.query('{ calls(first: 5) { pageInfo { endCursor } edges { node { id participants { id } } } } }');
    expect(infoFirst.errors).toBeUndefined();
    expect(api.statements).toHaveLength(1);
    expect(api.statements[0].cypher).toContain('participantsOfCall');
    expect(infoFirst.data!.calls.pageInfo.endCursor).toBe(plain.data!.calls.pageInfo.endCursor);
  });

  it('reads ahead through fragments', async () => {
    const { data, errors } = await api.query(`
      query { calls(first: 3) { edges { ...E } } }
      fragment E on CallEdge { node { ... on Call { id ...P } } }
      fragment P on Call { participants { id } }`);
    expect(errors).toBeUndefined();
    expect(data!.calls.edges.every((e: any) => e.node.participants.length >= 2)).toBe(true);
    expect(api.statements).toHaveLength(1);
  });
});
