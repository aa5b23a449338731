/**
 * The top-level lists (`calls`, `tweets`, `commitments`, `incidents`, `actors`, `articles`) in one
 * table: the node type each lists, and which list shape (page-shapes.ts) to start from — the first
 * owner filter given, the most selective first, else the whole list. The `where` filters are
 * checked and normalised by the one filter table (where-filter.ts).
 *
 * @example
 *   listConnection(loaders, 'calls', { country: 'de', medium: 'phone' }, { first: 10 }, info); // shape callsOfCountry, owner 'DE'
 *   listConnection(loaders, 'tweets', { author: 'joe-biden' }, {}, info);                     // shape tweetsOfActor
 */
import type { GraphQLResolveInfo } from 'graphql';
import type { PageShapeName } from '../graph/readers/page-shapes.js';
import { connection, type Connection } from './connection.js';
import type { Loaders } from './create-context.js';
import type { PageArgs } from './connection.js';
import { whereFilter } from './where-filter.js';

interface List {
  kind: string;
  /** Filters that name an owner, each with the shape that starts from it; the first given wins. */
  owners: ReadonlyArray<readonly [string, PageShapeName]>;
  all: PageShapeName;
}

export const lists = {
  // A pair of actors is `participant` + `counterpart`; a pair of countries `country` + `counterpartCountry`.
  calls: { kind: 'Call', owners: [['participant', 'callsOfActor'], ['country', 'callsOfCountry']], all: 'calls' },
  tweets: { kind: 'Tweet', owners: [['author', 'tweetsOfActor']], all: 'tweets' },
  commitments: { kind: 'Commitment', owners: [['byCountry', 'commitmentsMadeByCountry']], all: 'commitments' },
  incidents: { kind: 'Incident', owners: [['country', 'incidentsInCountry']], all: 'incidents' },
  actors: { kind: 'Actor', owners: [['country', 'actorsOfCountry']], all: 'actors' },
  articles: { kind: 'Article', owners: [], all: 'articles' },
} as const satisfies Record<string, List>;

export type ListName = keyof typeof lists;

/** A list's `where`: its filters, its date range, and the owner fields that are not filters (`author`). */
export type Where = Readonly<Record<string, unknown>> & { from?: string | null; to?: string | null };

export function listConnection(loaders: Loaders, name: ListName, where: Where | null | undefined, args: PageArgs, info: GraphQLResolveInfo): Connection {
  const list: List = lists[name];
  const filter = whereFilter(where);
  const page = { ...args, from: where?.from ?? args.from, to: where?.to ?? args.to };
  for (const [field, shape] of list.owners) {
    const owner = (filter as Record<string, unknown>)[field] ?? where?.[field];
    if (typeof owner === 'string' && owner !== '') return connection(loaders, list.kind, shape, { ...filter, owner }, page, info);
  }
  return connection(loaders, list.kind, list.all, filter, page, info);
}
