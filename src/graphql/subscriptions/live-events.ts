/**
 * What the live bus carries: ids and the keys subscribers filter on, never whole records. Each
 * subscriber reads the node itself when the event arrives, so what it is sent is what the graph
 * holds, and an event stays small enough to cross Redis as JSON.
 *
 * @example
 *   live.publish('contactAdded', { id: 'call_ce02b0266cb16a01', actors: ['joe-biden', 'volodymyr-zelenskyy'], countries: ['UA', 'US'] });
 *   live.publish('articleIngested', { id: 'art_07c8ae4b511719ab' });
 */
import type { PubSub } from 'graphql-yoga';
import type { GraphqlContext } from '../create-context.js';

/** A Call new to the graph: its id, its participants' ids and their countries' codes. */
export interface ContactAddedEvent {
  id: string;
  actors: string[];
  countries: string[];
}

/** An article new to the graph. */
export interface ArticleIngestedEvent {
  id: string;
}

export type LiveTopics = {
  contactAdded: [ContactAddedEvent];
  articleIngested: [ArticleIngestedEvent];
};

export type LiveBus = PubSub<LiveTopics>;

/** What the request context holds for subscriptions. */
export interface LiveContext {
  /** Absent when the server was built without a bus: subscriptions then fail with LIVE_UNAVAILABLE. */
  live?: LiveBus;
  /**
   * A new set of loaders over the request's view of the store. Each live event reads with its own
   * (src/server/live/use-event-execution.ts): a subscription outlives what its first loaders cached.
   */
  renewLoaders(): GraphqlContext['loaders'];
}
