/**
 * Leader, Official and Institution: one set of field resolvers for the three, since they differ
 * only in kind. Lists default to [] because older nodes may lack them. `offices` and `country` are
 * relations declared in the SDL (`@relation` on the Actor interface), resolved by build-schema.ts.
 */
import type { GraphQLResolveInfo as Info } from 'graphql';
import type { ActorRecord } from '../../graph/readers/records.js';
import { connection } from '../connection.js';
import type { GraphqlContext } from '../create-context.js';
import type { PageArgs } from '../page-args.js';
import { DEFAULT_PAGE_SIZE, pageSize } from '../page-args.js';

type Ctx = GraphqlContext;
const typeNames = { leader: 'Leader', official: 'Official', institution: 'Institution' } as const;

const actorFields = {
  aliases: (a: ActorRecord) => a.aliases ?? [],
  handles: (a: ActorRecord) => a.handles ?? [],
  calls: (a: ActorRecord, args: PageArgs, ctx: Ctx, info: Info) => connection(ctx.loaders, 'Call', 'callsOfActor', { owner: a.id }, args, info),
  tweets: (a: ActorRecord, args: PageArgs, ctx: Ctx, info: Info) => connection(ctx.loaders, 'Tweet', 'tweetsOfActor', { owner: a.id }, args, info),
  commitments: (a: ActorRecord, args: PageArgs, ctx: Ctx, info: Info) =>
    connection(ctx.loaders, 'Commitment', 'commitmentsOfActor', { owner: a.id }, args, info),
  counterparts: (a: ActorRecord, args: PageArgs, ctx: Ctx) =>
    ctx.loaders.counterparts.load({ actor: a.id, take: pageSize('first', args.first ?? DEFAULT_PAGE_SIZE) }),
};

export const actorResolvers = {
  Actor: { __resolveType: (a: ActorRecord) => typeNames[a.kind] ?? null },
  ActorKind: { LEADER: 'leader', OFFICIAL: 'official', INSTITUTION: 'institution' },
  Leader: actorFields,
  Official: actorFields,
  Institution: actorFields,
};
