/**
 * The graph questions (contactNetwork, contactPath, dyad, timeline, officeHolder) and the types
 * they return. Each Query field is one call into a checked helper that loads through a loader.
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { LabelledRecord } from '../../graph/readers/records.js';
import { selectedFields } from '../selection-reads.js';
import { contactNetwork, type NetworkArgs, type NetworkEdgeValue } from '../contact-network.js';
import { contactPath } from '../contact-path.js';
import type { GraphqlContext } from '../create-context.js';
import { dyad, type DyadArgs } from '../dyad.js';
import { officeHolder } from '../office-holder.js';
import { pageSize } from '../connection.js';
import { timeline, type TimelineArgs } from '../timeline.js';

type Ctx = GraphqlContext;

export const questionResolvers = {
  Query: {
    contactNetwork: (_: unknown, args: NetworkArgs, ctx: Ctx, info: GraphQLResolveInfo) =>
      contactNetwork(ctx.loaders, args, selectsContactDates(info)),
    contactPath: (_: unknown, args: { from: string; to: string; maxHops?: number }, ctx: Ctx) => contactPath(ctx.loaders, args),
    dyad: (_: unknown, args: DyadArgs, ctx: Ctx) => dyad(ctx.loaders, args),
    timeline: (_: unknown, args: TimelineArgs, ctx: Ctx) => timeline(ctx.loaders, args),
    officeHolder: (_: unknown, args: { country: string; title: string; on: string }, ctx: Ctx) => officeHolder(ctx.loaders, args),
  },
  NetworkNode: {
    country: (n: { country?: string | null }, _: unknown, ctx: Ctx) =>
      n.country ? ctx.loaders.lookups.countryByCode.load(n.country) : null,
  },
  NetworkEdge: {
    calls: (e: NetworkEdgeValue, { first }: { first?: number }, ctx: Ctx) =>
      ctx.loaders.callsBetween.load({ a: e.source, b: e.target, ...e.window, take: pageSize('first', first ?? 20) }),
  },
  TimelineItem: { __resolveType: (item: LabelledRecord) => item.label },
};

/** Whether the network's edges select their first or last contact (reading every shared call's date). */
function selectsContactDates(info: GraphQLResolveInfo): boolean {
  const edges = selectedFields(info.fieldNodes.map((network) => network.selectionSet), info).get('edges') ?? [];
  const fields = selectedFields(edges, info);
  return fields.has('firstContact') || fields.has('lastContact');
}
