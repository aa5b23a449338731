/**
 * The fields of the fact types that are one hop away (relations.ts), in one table: it gives each
 * its resolver (one keyed-loader call), and it tells a page which of them its selection asks for,
 * so the page statement can read them with the page, one level ahead (page-statement.ts), instead of
 * a second round trip once the page is back, and read only the properties the selection reads.
 *
 * @example
 *   relationResolvers('Call').participants(call, {}, ctx); // ctx.loaders.relations.participantsOfCall.load(call.id)
 *   pageRequest('Call', info); // for `edges { node { id participants { name } topics } }`:
 *   // { ahead: ['participantsOfCall', 'topicsOfCall'], properties: ['id'], aheadProperties: { participantsOfCall: ['kind', 'name'] } }
 */
import type { GraphQLResolveInfo } from 'graphql';
import { relations, type RelationName } from '../graph/readers/relations.js';
import type { NodeRecord } from '../graph/readers/records.js';
import type { GraphqlContext } from './create-context.js';
import { propertiesRead } from './node-properties.js';
import { selectedFields } from './selected-fields.js';

export const relationFields = {
  Call: { topics: 'topicsOfCall', participants: 'participantsOfCall', tweets: 'tweetsAboutCall', sources: 'sourcesOfCall' },
  Tweet: { mentionedActors: 'mentionedActorsOfTweet', author: 'authorOfTweet', about: 'subjectOfTweet', sources: 'sourcesOfTweet' },
  Article: { reported: 'reportedByArticle' },
  Commitment: {
    maker: 'makerOfCommitment',
    by: 'countryByOfCommitment',
    target: 'targetOfCommitment',
    beneficiary: 'beneficiaryOfCommitment',
    sources: 'sourcesOfCommitment',
  },
  Incident: { perpetrator: 'perpetratorOfIncident', country: 'countryOfIncident', tweets: 'tweetsAboutIncident', sources: 'sourcesOfIncident' },
} as const satisfies Record<string, Record<string, RelationName>>;

export type RelationType = keyof typeof relationFields;

type Resolver = (n: NodeRecord, args: unknown, ctx: GraphqlContext) => unknown;

/** Where a node read by a page keeps the relations the page read ahead for it (connection.ts). */
export const READ_AHEAD = Symbol('relations read ahead');

type WithAhead = NodeRecord & { [READ_AHEAD]?: Partial<Record<RelationName, unknown>> };

/**
 * One resolver per relation field of `type`: what the node's page read ahead, or else a load
 * through the request's keyed loader. What a page read ahead stays on its own nodes: it may be
 * narrowed to what this selection reads (node-properties.ts), so it never answers another.
 */
export function relationResolvers<T extends RelationType>(type: T): Record<keyof (typeof relationFields)[T], Resolver> {
  const fields = relationFields[type] as Record<string, RelationName>;
  return Object.fromEntries(
    Object.entries(fields).map(([field, relation]) => [
      field,
      (n: WithAhead, _: unknown, ctx: GraphqlContext) => {
        const ahead = n[READ_AHEAD];
        return ahead && Object.hasOwn(ahead, relation) ? ahead[relation] : ctx.loaders.relations[relation].load(n.id);
      },
    ]),
  ) as Record<keyof (typeof relationFields)[T], Resolver>;
}

/** What a page of `type` reads for the selection under its `edges` (page-statement.ts). */
export interface PageRequest {
  /** Relations of the nodes to read with the page, sorted. */
  ahead: RelationName[];
  /** The nodes' properties the selection reads; absent: all of them. */
  properties?: string[];
  /** For each relation read ahead that yields nodes, their properties the selection reads (absent: all). */
  aheadProperties?: Partial<Record<RelationName, string[]>>;
}

/**
 * What the `edges { node { … } }` selections under this field read: the relations to read one
 * level ahead, and the properties of the nodes and of their relations' nodes. A field under @skip
 * or @include counts as selected: reading it costs a little, never a wrong answer.
 */
export function pageRequest(type: string, info: GraphQLResolveInfo): PageRequest {
  const fields = (relationFields as Record<string, Record<string, RelationName>>)[type] ?? {};
  const nodes = selectedFields(info.fieldNodes.map((edges) => edges.selectionSet), info).get('node') ?? [];
  const selected = selectedFields(nodes, info);
  const ahead: RelationName[] = [];
  const aheadProperties: Partial<Record<RelationName, string[]>> = {};
  for (const [field, sets] of selected) {
    if (!Object.hasOwn(fields, field)) continue;
    const relation = fields[field];
    ahead.push(relation);
    const items = relations[relation].items;
    const read = items ? propertiesRead(items, sets, info) : undefined;
    if (read) aheadProperties[relation] = read;
  }
  ahead.sort();
  const properties = propertiesRead(type, nodes, info);
  return {
    ahead,
    ...(properties ? { properties } : {}),
    ...(Object.keys(aheadProperties).length ? { aheadProperties } : {}),
  };
}
