/**
 * The table of what each field reads (src/graphql/node-properties.ts) against the schema: every
 * field of a node type is in it, so a page never falls back to whole maps unnoticed, and nothing
 * in it names a field the schema does not have. Whether the properties it names are the right
 * ones is proven against Neo4j: a page's narrowed nodes answer as a node read whole does
 * (tests/integration/api/read-ahead.test.ts).
 */
import { isInterfaceType, isObjectType, parse, type GraphQLResolveInfo, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { buildSchema } from '../../../src/graphql/build-schema.js';
import { propertiesOfFields, propertiesRead } from '../../../src/graphql/node-properties.js';
import { projectNode, mergeProperties } from '../../../src/graph/readers/node-projection.js';

const schema = buildSchema();
// The schema types each table describes: an actor is any of the interface's three types.
const typesOf: Record<string, string[]> = { Actor: ['Actor', 'Leader', 'Official', 'Institution'] };

describe('which properties each field reads', () => {
  it.each(Object.keys(propertiesOfFields))('lists every field of %s, and no other', (label) => {
    const tabled = Object.keys(propertiesOfFields[label as keyof typeof propertiesOfFields].fields).sort();
    for (const name of typesOf[label] ?? [label]) {
      const type = schema.getType(name);
      if (!isObjectType(type) && !isInterfaceType(type)) throw new Error(`${name} is not an object type`);
      expect(Object.keys(type.getFields()).sort()).toEqual(tabled);
    }
  });

  // The selection of `{ x { … } }` as a resolver's info gives it.
  const selection = (fields: string, fragments = '') => {
    const document = parse(`{ x { ${fields} } } ${fragments}`);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const x = operation.selectionSet.selections[0] as FieldNode;
    const fragmentMap = Object.fromEntries(document.definitions.slice(1).map((d: any) => [d.name.value, d]));
    return { sets: [x.selectionSet!], info: { fragments: fragmentMap } as unknown as GraphQLResolveInfo };
  };

  it('reads what the selected fields read, through fragments, and what the type itself needs', () => {
    const { sets, info } = selection('id date participants { name } plover { event } __typename');
    expect(propertiesRead('Call', sets, info)).toEqual(['date', 'id', 'ploverEvent', 'ploverMode']);
    const actor = selection('name ... on Leader { title } ...F', 'fragment F on Actor { country { code } }');
    expect(propertiesRead('Actor', actor.sets, actor.info)).toEqual(['country', 'kind', 'name', 'title']);
  });

  it('reads every property when a selected field is not in the table', () => {
    const { sets, info } = selection('id somethingNew');
    expect(propertiesRead('Call', sets, info)).toBeUndefined();
    expect(propertiesRead('Topic', selection('name').sets, info)).toBeUndefined();
  });
});

describe('node maps narrowed to what a query reads', () => {
  it('always reads the key, reads dates as text, and reads everything when no list is given', () => {
    expect(projectNode('n', 'Call', ['medium', 'date'])).toBe('n {.id, date: toString(n.date), .medium}');
    expect(projectNode('c', 'Country', [])).toBe('c {.code}');
    expect(projectNode('n', 'Actor')).toBe('n {.*}');
    expect(projectNode('t', 'Tweet')).toBe('t {.*, postedOn: toString(t.postedOn)}');
  });

  it('refuses a name that is not a property name', () => {
    expect(() => projectNode('n', 'Call', ['id} RETURN 1 //'])).toThrow(/not a property name/);
  });

  it('merges what the keys of a batch read', () => {
    expect(mergeProperties([['name'], ['country', 'name']])).toEqual(['country', 'name']);
    expect(mergeProperties([['name'], undefined])).toBeUndefined();
    expect(mergeProperties([])).toEqual([]);
  });
});
