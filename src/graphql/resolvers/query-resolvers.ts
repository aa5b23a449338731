/**
 * The entry points of the read API. Each resolver is one call into a loader or a helper.
 */
import type { GraphQLResolveInfo as Info } from 'graphql';
import type { GraphqlContext } from '../create-context.js';
import { findLeader } from '../find-leader.js';
import { listConnection, lists, type ListName, type Where } from '../list-connection.js';
import type { PageArgs } from '../page-args.js';

type Ctx = GraphqlContext;
type Id = { id: string };
type List = PageArgs & { where?: Where | null };

export const queryResolvers = {
  Query: {
    leader: (_: unknown, args: { id?: string; name?: string }, ctx: Ctx) => findLeader(ctx.loaders, args),
    actor: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.actorById.load(id),
    // One resolver per top-level list (list-connection.ts).
    ...Object.fromEntries((Object.keys(lists) as ListName[]).map((name) => [name, (_: unknown, { where, ...page }: List, ctx: Ctx, info: Info) => listConnection(ctx.loaders, name, where, page, info)])),
    call: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.callById.load(id),
    country: (_: unknown, { code }: { code: string }, ctx: Ctx) =>
      ctx.loaders.lookups.countryByCode.load(code.trim().toUpperCase()),
    tweet: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.tweetById.load(id),
    commitment: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.commitmentById.load(id),
    incident: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.incidentById.load(id),
    article: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.articleById.load(id),
  },
};
