/**
 * The entry points of the read API. Each resolver is one call into a loader or a helper; a look-up
 * reads in its own statement what its selection reads ahead below the node (selection-reads.ts).
 */
import type { GraphQLResolveInfo as Info } from 'graphql';
import type { ActorRecord } from '../../graph/readers/records.js';
import { badUserInput } from '../bad-user-input.js';
import type { GraphqlContext, KeyedLoader, Loaders } from '../create-context.js';
import { listConnection, lists, type ListName, type Where } from '../list-connection.js';
import type { PageArgs } from '../connection.js';
import type { AheadPlan } from '../../graph/readers/read-ahead.js';
import type { PageAhead } from '../../graph/readers/page-key.js';
import { fieldReads } from '../selection-reads.js';

type Ctx = GraphqlContext;

/**
 * `leader(id, name)`: by id, or by any name, alias or handle, case-insensitively. Exactly one of
 * the two must be given; an id that names an official or an institution is not a leader (null).
 *
 * @example
 *   await findLeader(loaders, { name: 'zelensky' }); // { id: 'volodymyr-zelenskyy', … } when "Zelensky" is an alias
 */
export async function findLeader(loaders: Loaders, { id, name }: { id?: string | null; name?: string | null }, reads?: LookupReads): Promise<ActorRecord | null> {
  if ((id == null) === (name == null)) {
    throw badUserInput('id', 'or "name" must be given, but not both', { id: id ?? null, name: name ?? null });
  }
  if (name != null) {
    const key = name.trim().toLowerCase();
    if (!key) throw badUserInput('name', 'must not be empty', name);
    return loaders.lookups.leaderByName.load(key, undefined, reads?.plan, undefined, reads?.pages);
  }
  const actor = await loaders.lookups.actorById.load(id!, undefined, reads?.plan, undefined, reads?.pages);
  return actor?.kind === 'leader' ? actor : null;
}
type Id = { id: string };
/** What the field's selection reads ahead of the node its look-up finds, and the first pages of lists it owns (selection-reads.ts). */
type LookupReads = { plan: AheadPlan; pages: readonly PageAhead[] };
const lookUp = <V>(loader: KeyedLoader<V>, key: string, info: Info) => {
  const { plan, pages } = fieldReads(info);
  return loader.load(key, undefined, plan, undefined, pages);
};
type List = PageArgs & { where?: Where | null };

export const queryResolvers = {
  Query: {
    leader: (_: unknown, args: { id?: string; name?: string }, ctx: Ctx, info: Info) => findLeader(ctx.loaders, args, fieldReads(info)),
    actor: (_: unknown, { id }: Id, ctx: Ctx, info: Info) => lookUp(ctx.loaders.lookups.actorById, id, info),
    // One resolver per top-level list (list-connection.ts).
    ...Object.fromEntries((Object.keys(lists) as ListName[]).map((name) => [name, (_: unknown, { where, ...page }: List, ctx: Ctx, info: Info) => listConnection(ctx.loaders, name, where, page, info)])),
    call: (_: unknown, { id }: Id, ctx: Ctx, info: Info) => lookUp(ctx.loaders.lookups.callById, id, info),
    country: (_: unknown, { code }: { code: string }, ctx: Ctx, info: Info) =>
      lookUp(ctx.loaders.lookups.countryByCode, code.trim().toUpperCase(), info),
    tweet: (_: unknown, { id }: Id, ctx: Ctx, info: Info) => lookUp(ctx.loaders.lookups.tweetById, id, info),
    commitment: (_: unknown, { id }: Id, ctx: Ctx, info: Info) => lookUp(ctx.loaders.lookups.commitmentById, id, info),
    incident: (_: unknown, { id }: Id, ctx: Ctx, info: Info) => lookUp(ctx.loaders.lookups.incidentById, id, info),
    article: (_: unknown, { id }: Id, ctx: Ctx, info: Info) => lookUp(ctx.loaders.lookups.articleById, id, info),
  },
};
