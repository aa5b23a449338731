/**
 * What each field of the API reads, derived at start-up from the SDL (src/graph/annotated-sdl.ts)
 * and its read-model directives (schema/read-model.graphql), so the schema says it once:
 * - `relationFields`: the fields that are one hop from their node, by the relation reader that
 *   reads them (`@relation(reader:)`, on the field or on the interface field it implements);
 *   their resolvers (build-schema.ts) and a page's read-ahead (selection-reads.ts) come from it.
 * - `propertiesOfFields`: the stored properties each field's resolver reads, so a page reads only
 *   what a query selects (selection-reads.ts). By convention a scalar or enum field reads the
 *   property of its own name and an object field none; `@stored(as:)` declares the exceptions.
 *   An interface's table covers the fields of the types that implement it.
 * - `ownedLists`: the lists a node owns (`Leader.calls` …), by owner label, and `listOwners`, the
 *   label whose lists each type owns: their resolvers (build-schema.ts), and a look-up's first pages
 *   read ahead (selection-reads.ts), come from it.
 *
 * @example
 *   relationFields.Call.participants;         // 'participantsOfCall'
 *   relationFields.Leader.offices;            // 'officesOfActor' (@relation on the Actor interface)
 *   propertiesOfFields.Call.fields.plover;    // ['ploverEvent', 'ploverMode'] (@stored)
 *   propertiesOfFields.Actor.always;          // ['kind'] (@stored on the interface)
 */
import { Kind, type ConstDirectiveNode, type DefinitionNode, type FieldDefinitionNode, type TypeNode } from 'graphql';
import { relations, type RelationName } from '../graph/readers/relations.js';
import { annotatedSdl } from '../graph/annotated-sdl.js';
import { modelNodeKeys } from '../graph/node-keys.js';
import type { PageShapeName } from '../graph/readers/page-shapes.js';

/** The lists a node owns, by the label that owns them: each field pages through its list shape from the node's key. */
export const ownedLists = {
  Actor: { calls: 'callsOfActor', tweets: 'tweetsOfActor', commitments: 'commitmentsOfActor' },
  Country: {
    calls: 'callsOfCountry',
    tweets: 'tweetsOfCountry',
    commitmentsMade: 'commitmentsMadeByCountry',
    commitmentsReceived: 'commitmentsReceivedByCountry',
    incidentsPerpetrated: 'incidentsPerpetratedByCountry',
    incidentsSuffered: 'incidentsInCountry',
  },
  Topic: { calls: 'callsOfTopic' },
} as const satisfies Record<string, Record<string, PageShapeName>>;

export type OwnerLabel = keyof typeof ownedLists;

export interface TypeReads {
  /** Read whatever is selected: what the type's own resolution needs (an actor's kind names its type). */
  always: readonly string[];
  /** Field → the properties its resolver reads. A relation or a question reads none (its loader keys on the node's id). */
  fields: Readonly<Record<string, readonly string[]>>;
}

const BUILT_IN_SCALARS = ['String', 'Int', 'Float', 'Boolean', 'ID'];
const namedType = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type));

function argument(directive: ConstDirectiveNode | undefined, name: string): unknown {
  const value = directive?.arguments?.find((a) => a.name.value === name)?.value;
  if (!value) return undefined;
  if (value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.LIST) return value.values.map((v) => (v.kind === Kind.STRING ? v.value : undefined));
  return undefined;
}

const directive = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) => node.directives?.find((d) => d.name.value === name);
const stored = (node: { directives?: readonly ConstDirectiveNode[] }) => argument(directive(node, 'stored'), 'as') as string[] | undefined;
const reads = (field: FieldDefinitionNode) => argument(directive(field, 'relation'), 'reader') as string | undefined;

type Composite = { name: string; fields: FieldDefinitionNode[]; interfaces: string[]; always?: string[]; isInterface: boolean };

/** The object and interface types of the SDL, extensions merged into their type. */
function compositeTypes(definitions: readonly DefinitionNode[]): Map<string, Composite> {
  const types = new Map<string, Composite>();
  for (const d of definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION && d.kind !== Kind.INTERFACE_TYPE_DEFINITION && d.kind !== Kind.INTERFACE_TYPE_EXTENSION) continue;
    const isInterface = d.kind === Kind.INTERFACE_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_EXTENSION;
    const type = types.get(d.name.value) ?? { name: d.name.value, fields: [], interfaces: [], isInterface };
    type.fields.push(...(d.fields ?? []));
    type.interfaces.push(...(d.interfaces ?? []).map((i) => i.name.value));
    type.always ??= stored(d);
    types.set(type.name, type);
  }
  return types;
}

interface ReadModel {
  relationFields: Record<string, Record<string, RelationName>>;
  propertiesOfFields: Record<string, TypeReads>;
  /**
   * Each type that owns lists (a label of ownedLists, or a type implementing one: Leader is an
   * Actor): its owner label and that label's key property (the list's `owner`), known at start-up.
   */
  listOwners: Record<string, { label: OwnerLabel; key: string }>;
}

function deriveReadModel(): ReadModel {
  const { definitions } = annotatedSdl();
  const leaves = new Set([...BUILT_IN_SCALARS, ...definitions.flatMap((d) => (d.kind === Kind.SCALAR_TYPE_DEFINITION || d.kind === Kind.ENUM_TYPE_DEFINITION ? [d.name.value] : []))]);
  const types = compositeTypes(definitions);
  const relationFields: Record<string, Record<string, RelationName>> = {};
  const readsOf = new Map<string, Record<string, readonly string[]>>();
  for (const type of types.values()) {
    const fields: Record<string, readonly string[]> = {};
    for (const field of type.fields) {
      // An implementation's field reads what the interface declares for it.
      const declared = type.interfaces.map((i) => types.get(i)?.fields.find((f) => f.name.value === field.name.value)).filter((f): f is FieldDefinitionNode => f !== undefined);
      const reader = reads(field) ?? declared.map(reads).find(Boolean);
      if (reader !== undefined) {
        // Misuse fails at start-up, naming the field and the value.
        if (!Object.hasOwn(relations, reader)) throw new Error(`${type.name}.${field.name.value}: @relation(reader:) must name a reader of relations.ts, got ${JSON.stringify(reader)}`);
        (relationFields[type.name] ??= {})[field.name.value] = reader as RelationName;
      }
      const properties = stored(field) ?? declared.map(stored).find(Boolean);
      fields[field.name.value] = properties ?? (reader === undefined && leaves.has(namedType(field.type)) ? [field.name.value] : []);
    }
    readsOf.set(type.name, fields);
  }
  const propertiesOfFields: Record<string, TypeReads> = {};
  for (const type of types.values()) {
    const implementations = type.isInterface ? [...types.values()].filter((t) => t.interfaces.includes(type.name)) : [];
    const fields = Object.assign({}, ...implementations.map((t) => readsOf.get(t.name)), readsOf.get(type.name));
    propertiesOfFields[type.name] = { always: type.always ?? [], fields };
  }
  const owners = (name: string) => [name, ...(types.get(name)?.interfaces ?? [])].filter((label): label is OwnerLabel => Object.hasOwn(ownedLists, label));
  const listOwners = Object.fromEntries([...types.keys()].flatMap((name) => owners(name).slice(0, 1).map((label) => [name, { label, key: modelNodeKeys()[label] }])));
  return { relationFields, propertiesOfFields, listOwners };
}

export const { relationFields, propertiesOfFields, listOwners } = deriveReadModel();
