/**
 * Which stored properties (docs/graph-model.md) each API field of a node type reads, so that a page
 * reads its nodes, and the nodes it reads ahead, with only what the query selects
 * (node-projection.ts). A field not in this table, or a type without one, reads the whole map: a
 * field added to the schema and forgotten here costs speed, never a wrong answer
 * (tests/unit/graphql/node-properties.test.ts checks the table against the schema).
 *
 * @example
 *   // edges { node { id date participants { name } } } of a CallConnection:
 *   propertiesRead('Call', nodeSelections, info); // ['date', 'id']
 *   propertiesRead('Actor', participantSelections, info); // ['kind', 'name'] (the key, id, is always read)
 */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { ProjectedLabel } from '../graph/readers/node-projection.js';
import { selectedFields } from './selected-fields.js';

interface TypeReads {
  /** Read whatever is selected: what the type's own resolution needs (an actor's kind names its type). */
  always: readonly string[];
  /** Field → the properties its resolver reads. A relation or a question reads none (its loader keys on the node's id). */
  fields: Readonly<Record<string, readonly string[]>>;
}

const same = (...names: string[]) => Object.fromEntries(names.map((name) => [name, [name]]));
const none = (...names: string[]) => Object.fromEntries(names.map((name) => [name, []]));
const plover = { plover: ['ploverEvent', 'ploverMode'] };

export const propertiesOfFields = {
  Call: {
    always: [],
    fields: { ...same('id', 'date', 'datePrecision', 'dateText', 'medium', 'cameo'), ...plover, ...none('topics', 'participants', 'tweets', 'sources') },
  },
  Tweet: {
    always: [],
    fields: { ...same('id', 'text', 'postedOn', 'platform', 'hashtags', 'mentions'), ...none('mentionedActors', 'author', 'about', 'sources') },
  },
  Commitment: {
    always: [],
    fields: { ...same('id', 'kind', 'quote', 'date', 'cameo'), ...plover, ...none('maker', 'by', 'target', 'beneficiary', 'sources') },
  },
  Incident: {
    always: [],
    fields: { ...same('id', 'kind', 'place', 'date', 'killed', 'injured', 'cameo'), ...plover, ...none('perpetrator', 'country', 'tweets', 'sources') },
  },
  Article: {
    always: [],
    fields: { ...same('id', 'url', 'title', 'publishedOn', 'extractorVersion', 'ingestedAt', 'textLength'), ...none('reported') },
  },
  // Leader, Official and Institution alike; `kind` tells the interface which of them a node is.
  Actor: {
    always: ['kind'],
    fields: {
      ...same('id', 'name', 'aliases', 'handles', 'kind', 'title', 'country'),
      ...none('calls', 'tweets', 'commitments', 'counterparts', 'offices'),
    },
  },
  Country: {
    always: [],
    fields: {
      ...same('code', 'name', 'alpha3', 'aliases', 'demonyms', 'capitals', 'historical'),
      ...none('leaders', 'calls', 'tweets', 'commitmentsMade', 'commitmentsReceived', 'incidentsPerpetrated', 'incidentsSuffered'),
    },
  },
} as const satisfies Record<ProjectedLabel, TypeReads>;

/**
 * The properties the selections of a `label` node read, sorted; undefined (read every property)
 * when one of the selected fields is not in the table. Fragments count whatever their type
 * condition: reading a property too many costs little, one too few would be a wrong answer.
 */
export function propertiesRead(label: string, sets: readonly SelectionSetNode[], info: GraphQLResolveInfo): string[] | undefined {
  const reads: TypeReads | undefined = (propertiesOfFields as Record<string, TypeReads>)[label];
  if (!reads) return undefined;
  const properties = new Set(reads.always);
  for (const field of selectedFields(sets, info).keys()) {
    if (field === '__typename') continue;
    const read = Object.hasOwn(reads.fields, field) ? reads.fields[field] : undefined;
    if (!read) return undefined;
    for (const property of read) properties.add(property);
  }
  return [...properties].sort();
}
