/**
 * The fields of the fact types that are one hop away (relations.ts), in one table: it gives each
 * its resolver (one keyed-loader call), and it tells a page which of them its selection asks for,
 * so the page statement can read them with the page, one level ahead (keyset-page.ts), instead of
 * a second round trip once the page is back.
 *
 * @example
 *   relationResolvers('Call').participants(call, {}, ctx); // ctx.loaders.relations.participantsOfCall.load(call.id)
 *   relationsAhead('Call', info); // for `edges { node { id participants { name } topics } }`: ['participantsOfCall', 'topicsOfCall']
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { RelationName } from '../graph/readers/relations.js';
import type { NodeRecord } from '../graph/readers/records.js';
import type { GraphqlContext } from './create-context.js';
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

type Resolver = (n: NodeRecord, args: unknown, ctx: GraphqlContext) => Promise<unknown>;

/** One resolver per relation field of `type`: a load through the request's keyed loader. */
export function relationResolvers<T extends RelationType>(type: T): Record<keyof (typeof relationFields)[T], Resolver> {
  const fields = relationFields[type] as Record<string, RelationName>;
  return Object.fromEntries(
    Object.entries(fields).map(([field, relation]) => [field, (n: NodeRecord, _: unknown, ctx: GraphqlContext) => ctx.loaders.relations[relation].load(n.id)]),
  ) as Record<keyof (typeof relationFields)[T], Resolver>;
}

/**
 * The relations of `type` that the `edges { node { … } }` under this field select, sorted. A
 * field under @skip or @include counts as selected: reading it ahead costs a little, never a
 * wrong answer. Types without relation fields (actors) get none.
 */
export function relationsAhead(type: string, info: GraphQLResolveInfo): RelationName[] {
  const fields = (relationFields as Record<string, Record<string, RelationName>>)[type];
  if (!fields) return [];
  const names = new Set<RelationName>();
  const nodes = selectedFields(info.fieldNodes.map((edges) => edges.selectionSet), info).get('node') ?? [];
  for (const field of selectedFields(nodes, info).keys()) if (Object.hasOwn(fields, field)) names.add(fields[field]);
  return [...names].sort();
}
