/**
 * What the side panel shows. For a pair: their shared calls (each with its tweets and sources)
 * and the commitments either made towards the other's country. For one actor: its latest calls,
 * tweets and commitments.
 */
import { graphql } from '../gql/gql.js';
import { execute } from './graphql-client.js';
import type { CallDetail, CommitmentDetail, CountryRef, TweetDetail } from './fragments.js';

const ActorDetailQuery = graphql(`
  query ActorDetail($id: ID!, $calls: Int, $from: Date, $to: Date) {
    actor(id: $id) {
      id name title country { ...CountryRef }
      calls(first: $calls, from: $from, to: $to) { totalCount edges { node { ...CallBrief } } }
      tweets(first: 20) { edges { node { ...TweetDetail } } }
      commitments(first: 20) { edges { node { ...CommitmentDetail } } }
    }
  }
`);

export interface ActorDetail {
  id: string;
  name: string;
  title: string | null;
  country: CountryRef | null;
  callCount: number;
  calls: CallDetail[];
  tweets: TweetDetail[];
  commitments: CommitmentDetail[];
}

export interface PairDetail {
  a: ActorDetail;
  b: ActorDetail;
  calls: CallDetail[];
  commitments: CommitmentDetail[];
}

// The query-cost limit (src/server/limits) counts nested lists: the actor's calls come without
// their tweets; a pair's shared calls are found by id first, then read in full one by one.
const SharedCallsQuery = graphql(`
  query SharedCalls($id: ID!, $from: Date, $to: Date) {
    actor(id: $id) { calls(first: 100, from: $from, to: $to) { edges { node { id participants { id } } } } }
  }
`);
const FullCallQuery = graphql(`query FullCall($id: ID!) { call(id: $id) { ...CallFull } }`);
const TopicQuery = graphql(`
  query Topic($name: String!) { topic(name: $name) { name calls(first: 20) { edges { node { ...CallBrief } } } } }
`);
const MAX_PAIR_CALLS = 20;

export async function fetchActorDetail(id: string, range: { from?: string; to?: string } = {}, calls = 20): Promise<ActorDetail | null> {
  const { actor } = await execute(ActorDetailQuery, { id, calls, from: range.from || null, to: range.to || null });
  if (!actor) return null;
  return {
    id: actor.id,
    name: actor.name,
    title: actor.title,
    country: actor.country,
    callCount: actor.calls.totalCount,
    calls: actor.calls.edges.map((e) => e.node),
    tweets: actor.tweets.edges.map((e) => e.node),
    commitments: actor.commitments.edges.map((e) => e.node),
  };
}

/** The calls both took part in (newest 20 in full), and the commitments each made towards the other's country. */
export async function fetchPairDetail(a: string, b: string, range: { from?: string; to?: string } = {}): Promise<PairDetail | null> {
  const [da, db, ids] = await Promise.all([
    fetchActorDetail(a, range, 1),
    fetchActorDetail(b, range, 1),
    execute(SharedCallsQuery, { id: a, from: range.from || null, to: range.to || null }),
  ]);
  if (!da || !db || !ids.actor) return null;
  const shared = ids.actor.calls.edges.map((e) => e.node).filter((c) => c.participants.some((p) => p.id === b)).slice(0, MAX_PAIR_CALLS);
  const full = await Promise.all(shared.map((c) => fetchCall(c.id)));
  const calls = full.filter((c): c is CallDetail => c !== null);
  const towards = (c: CommitmentDetail, country: CountryRef | null) => !!country && (c.target?.code === country.code || c.beneficiary?.code === country.code);
  const commitments = [...da.commitments.filter((c) => towards(c, db.country)), ...db.commitments.filter((c) => towards(c, da.country))];
  return { a: da, b: db, calls, commitments };
}

/** One call in full: participants, topics, tweets and sources. */
export async function fetchCall(id: string): Promise<CallDetail | null> {
  return (await execute(FullCallQuery, { id })).call;
}

/** A topic and the latest 20 calls that discussed it. */
export async function fetchTopic(name: string): Promise<{ name: string; calls: CallDetail[] } | null> {
  const { topic } = await execute(TopicQuery, { name });
  return topic ? { name: topic.name, calls: topic.calls.edges.map((e) => e.node) } : null;
}
