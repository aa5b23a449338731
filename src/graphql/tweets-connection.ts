/**
 * `tweets(where, first, after, last, before, orderBy)`: starts from the author when one is given,
 * else from all posts; hashtags are compared without the # and in lower case.
 *
 * @example
 *   tweetsConnection(loaders, { hashtag: '#EU' }, { first: 10 }); // shape tweets, hashtag 'eu'
 */
import { connection, type Connection } from './connection.js';
import type { Loaders } from './loaders/create-loaders.js';
import type { PageArgs } from './page-args.js';

export interface TweetWhere {
  author?: string | null;
  hashtag?: string | null;
  from?: string | null;
  to?: string | null;
}

export function tweetsConnection(loaders: Loaders, where: TweetWhere | null | undefined, args: Omit<PageArgs, 'from' | 'to'>): Connection {
  const { author, hashtag, from, to } = where ?? {};
  const filter = { hashtag: hashtag?.trim().replace(/^#/, '').toLowerCase() ?? null };
  const page = { ...args, from, to };
  if (author) return connection(loaders, 'Tweet', 'tweetsOfActor', { ...filter, owner: author }, page);
  return connection(loaders, 'Tweet', 'tweets', filter, page);
}
