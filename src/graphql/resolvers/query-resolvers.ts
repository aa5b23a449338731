/**
 * The entry points of the read API. Each resolver is one call into a loader or a helper.
 */
import type { GraphqlContext } from '../create-context.js';
import { actorsConnection, type ActorWhere } from '../actors-connection.js';
import { callsConnection, type CallWhere } from '../calls-connection.js';
import { commitmentsConnection, type CommitmentWhere } from '../commitments-connection.js';
import { findLeader } from '../find-leader.js';
import { incidentsConnection, type IncidentWhere } from '../incidents-connection.js';
import { connection } from '../connection.js';
import type { PageArgs } from '../page-args.js';
import { tweetsConnection, type TweetWhere } from '../tweets-connection.js';

type Ctx = GraphqlContext;
type Id = { id: string };
type List<W> = Omit<PageArgs, 'from' | 'to'> & { where?: W };

export const queryResolvers = {
  Query: {
    leader: (_: unknown, args: { id?: string; name?: string }, ctx: Ctx) => findLeader(ctx.loaders, args),
    actor: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.actorById.load(id),
    calls: (_: unknown, { where, ...page }: List<CallWhere>, ctx: Ctx) => callsConnection(ctx.loaders, where, page),
    tweets: (_: unknown, { where, ...page }: List<TweetWhere>, ctx: Ctx) => tweetsConnection(ctx.loaders, where, page),
    commitments: (_: unknown, { where, ...page }: List<CommitmentWhere>, ctx: Ctx) =>
      commitmentsConnection(ctx.loaders, where, page),
    incidents: (_: unknown, { where, ...page }: List<IncidentWhere>, ctx: Ctx) => incidentsConnection(ctx.loaders, where, page),
    actors: (_: unknown, { where, ...page }: List<ActorWhere>, ctx: Ctx) => actorsConnection(ctx.loaders, where, page),
    articles: (_: unknown, { where, ...page }: List<{ from?: string; to?: string }>, ctx: Ctx) =>
      connection(ctx.loaders, 'Article', 'articles', {}, { ...page, from: where?.from, to: where?.to }),
    call: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.callById.load(id),
    country: (_: unknown, { code }: { code: string }, ctx: Ctx) =>
      ctx.loaders.lookups.countryByCode.load(code.trim().toUpperCase()),
    tweet: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.tweetById.load(id),
    commitment: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.commitmentById.load(id),
    incident: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.incidentById.load(id),
    article: (_: unknown, { id }: Id, ctx: Ctx) => ctx.loaders.lookups.articleById.load(id),
  },
};
