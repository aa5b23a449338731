/**
 * Leader, Official and Institution: one set of field resolvers for the three, since they differ
 * only in kind. Lists default to [] because older nodes may lack them. `offices`, `country` and
 * `counterparts` are relations declared in the SDL (`@relation` on the Actor interface), resolved
 * by build-schema.ts.
 */
import type { GraphQLResolveInfo as Info } from 'graphql';
import type { ActorRecord } from '../../graph/readers/records.js';
import { connection } from '../connection.js';
import type { GraphqlContext } from '../create-context.js';
import type { PageArgs } from '../page-args.js';

type Ctx = GraphqlContext;
const typeNames = { leader: 'Leader', official: 'Official', institution: 'Institution' } as const;

const actorFields = {
  aliases: (a: ActorRecord) => a.aliases ?? [],
  handles: (a: ActorRecord) => a.handles ?? [],
  calls: (a: ActorRecord, args: PageArgs, ctx: Ctx, info: Info) => connection(ctx.loaders, 'Call', 'callsOfActor', { owner: a.id }, args, info),
  tweets: (a: ActorRecord, args: PageArgs, ctx: Ctx, info: Info) => connection(ctx.loaders, 'Tweet', 'tweetsOfActor', { owner: a.id }, args, info),
  commitments: (a: ActorRecord, args: PageArgs, ctx: Ctx, info: Info) =>
    connection(ctx.loaders, 'Commitment', 'commitmentsOfActor', { owner: a.id }, args, info),
};

export const actorResolvers = {
  Actor: { __resolveType: (a: ActorRecord) => typeNames[a.kind] ?? null },
  ActorKind: { LEADER: 'leader', OFFICIAL: 'official', INSTITUTION: 'institution' },
  Leader: actorFields,
  Official: actorFields,
  Institution: actorFields,
};
