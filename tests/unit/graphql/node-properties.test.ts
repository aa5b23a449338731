/**
 * What each field reads, derived from the SDL (src/graphql/read-model.ts): the convention (a
 * scalar or enum field reads the property of its name, an object field none) and the exceptions
 * the directives declare; the served schema does not show the directives. Whether the properties
 * are the right ones is proven against Neo4j: a page's narrowed nodes answer as a node read whole
 * does (tests/integration/api/read-ahead.test.ts).
 */
import { graphqlSync, parse, printSchema, type GraphQLResolveInfo, type OperationDefinitionNode, type FieldNode } from 'graphql';
import { buildSchema } from '../../../src/graphql/build-schema.js';
import { propertiesRead } from '../../../src/graphql/selection-reads.js';
import { propertiesOfFields, relationFields } from '../../../src/graphql/read-model.js';
import { mergeProperties, nodeWithTextDates, projectNode, relations } from '../../../src/graph/readers/relations.js';
import { storedDates } from '../../../src/graph/node-keys.js';

const schema = buildSchema();

describe('what each field reads, from the SDL', () => {
  it('reads the property of its own name for a scalar or enum field, and none for an object field', () => {
    expect(propertiesOfFields.Call.fields.date).toEqual(['date']);
    expect(propertiesOfFields.Call.fields.medium).toEqual(['medium']);
    expect(propertiesOfFields.Tweet.fields.hashtags).toEqual(['hashtags']);
    expect(propertiesOfFields.Actor.fields.offices).toEqual([]);
    expect(propertiesOfFields.Country.fields.calls).toEqual([]);
  });

  it('reads what @stored declares, on the field or on the interface it implements', () => {
    expect(propertiesOfFields.Call.fields.plover).toEqual(['ploverEvent', 'ploverMode']);
    // An actor's kind names its type, so it is read whatever is selected.
    expect(propertiesOfFields.Actor.always).toEqual(['kind']);
    // The interface's table covers its types' fields (a fragment on Leader reads title).
    expect(propertiesOfFields.Actor.fields.title).toEqual(['title']);
  });

  it('knows each @relation field by a reader that exists, and reads no property for it', () => {
    expect(relationFields.Call).toEqual({ topics: 'topicsOfCall', participants: 'participantsOfCall', tweets: 'tweetsAboutCall', sources: 'sourcesOfCall' });
    expect(relationFields.Incident.country).toBe('countryOfIncident');
    for (const [type, fields] of Object.entries(relationFields)) {
      for (const [field, reader] of Object.entries(fields)) {
        expect(Object.keys(relations)).toContain(reader);
        expect(propertiesOfFields[type].fields[field]).toEqual([]);
      }
    }
  });

  it('takes a relation declared on an interface field for that field of every implementation', () => {
    const ofActor = { offices: 'officesOfActor', country: 'countryOfActor', counterparts: 'counterpartsOfActor' };
    for (const type of ['Actor', 'Leader', 'Official', 'Institution']) expect(relationFields[type]).toEqual(ofActor);
    expect(relationFields.Country).toEqual({ leaders: 'leadersOfCountry' });
  });

  it('serves a schema without the read-model directives: they describe storage, not the API', () => {
    expect(printSchema(schema)).not.toMatch(/@relation|@stored/);
    const { data } = graphqlSync({ schema, source: '{ __schema { directives { name } } }' });
    const names = (data!.__schema as { directives: Array<{ name: string }> }).directives.map((d) => d.name);
    expect(names).not.toContain('relation');
    expect(names).not.toContain('stored');
    expect(names).toContain('include');
  });
});

describe('which properties a selection reads', () => {
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
    // `country` is a relation (read by the actor's key): it reads no property of the actor.
    expect(propertiesRead('Actor', actor.sets, actor.info)).toEqual(['kind', 'name', 'title']);
  });

  it('reads every property when a selected field is not in the table', () => {
    const { sets, info } = selection('id somethingNew');
    expect(propertiesRead('Call', sets, info)).toBeUndefined();
    expect(propertiesRead('NoSuchType', selection('name').sets, info)).toBeUndefined();
  });
});

describe('node maps narrowed to what a query reads', () => {
  it('always reads the key, reads dates as text, and reads everything when no list is given', () => {
    expect(projectNode('n', 'Call', ['medium', 'date'])).toBe('n {.id, date: toString(n.date), .medium}');
    expect(projectNode('c', 'Country', [])).toBe('c {.code}');
    expect(projectNode('n', 'Actor')).toBe('n {.*}');
    expect(projectNode('t', 'Tweet')).toBe('t {.*, postedOn: toString(t.postedOn)}');
  });

  it('reads as dates the Date and DateTime fields the SDL declares on each node type, and only those', () => {
    expect(storedDates.Call).toEqual(['date']);
    expect(storedDates.Tweet).toEqual(['postedOn']);
    expect(storedDates.Article).toEqual(['publishedOn', 'ingestedAt']);
    expect(storedDates.Actor).toEqual([]);
    expect(nodeWithTextDates('n', 'Country')).toBe('n {.*}');
    // Without a label, every label's dates: a search hit or a timeline item may be any of them.
    expect(nodeWithTextDates('n', undefined, 'label: label')).toBe(
      'n {.*, publishedOn: toString(n.publishedOn), ingestedAt: toString(n.ingestedAt), date: toString(n.date), postedOn: toString(n.postedOn), label: label}',
    );
  });

  it('refuses a label that is not a node label of the model, and a name that is not a property name', () => {
    expect(() => projectNode('n', 'Counterpart', ['id'])).toThrow(/not a node label/);
    expect(() => projectNode('n', 'Call', ['id} RETURN 1 //'])).toThrow(/not a property name/);
  });

  it('merges what the keys of a batch read', () => {
    expect(mergeProperties([['name'], ['country', 'name']])).toEqual(['country', 'name']);
    expect(mergeProperties([['name'], undefined])).toBeUndefined();
    expect(mergeProperties([])).toEqual([]);
  });
});
