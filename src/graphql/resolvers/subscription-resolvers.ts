/**
 * `contactAdded` and `articleIngested`: each event from the live bus (live-events.ts) is read
 * from the graph by id with loaders of its own (never the ones the subscription was opened with,
 * which would answer from what they cached then), so a subscriber selects a Call or an Article
 * exactly as a query does (participants, sources …), and sees the graph as it is when the event
 * arrives. A node gone by then (an undated call a dated report absorbed meanwhile) is skipped
 * rather than sent as an error. Filters apply to the event's own keys, before any read: a
 * subscriber is sent only its matches.
 */
import { GraphQLError } from 'graphql';
import { filter, map, pipe } from 'graphql-yoga';
import type { NodeRecord } from '../../graph/readers/records.js';
import type { GraphqlContext } from '../create-context.js';
import { countryCode } from '../country-code.js';
import type { ContactAddedEvent, LiveBus, LiveContext } from '../subscriptions/live-events.js';

type Context = GraphqlContext & LiveContext;

interface ContactAddedArgs {
  where?: { actor?: string | null; country?: string | null } | null;
}

function busOf(ctx: Context): LiveBus {
  if (ctx.live) return ctx.live;
  throw new GraphQLError('This server sends no live updates (it was started without a live bus).', { extensions: { code: 'LIVE_UNAVAILABLE' } });
}

/** Whether a new call passes a subscriber's `where` (all given filters must hold). */
export function contactMatches(where: ContactAddedArgs['where']): (event: ContactAddedEvent) => boolean {
  const actor = where?.actor ?? null;
  const country = where?.country ? countryCode('where.country', where.country) : null;
  return (event) => (actor === null || event.actors.includes(actor)) && (country === null || event.countries.includes(country));
}

const present = (node: NodeRecord | null): node is NodeRecord => node !== null;
const itself = (node: NodeRecord) => node;

export const subscriptionResolvers = {
  Subscription: {
    contactAdded: {
      subscribe: (_: unknown, { where }: ContactAddedArgs, ctx: Context) => {
        const matches = contactMatches(where);
        return pipe(
          busOf(ctx).subscribe('contactAdded'),
          filter(matches),
          map((event: ContactAddedEvent) => ctx.renewLoaders().lookups.callById.load(event.id)),
          filter(present),
        );
      },
      resolve: itself,
    },
    articleIngested: {
      subscribe: (_: unknown, __: unknown, ctx: Context) =>
        pipe(
          busOf(ctx).subscribe('articleIngested'),
          map((event: { id: string }) => ctx.renewLoaders().lookups.articleById.load(event.id)),
          filter(present),
        ),
      resolve: itself,
    },
  },
};
