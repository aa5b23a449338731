/**
 * `calls(where, first, after)`: picks the list shape that starts from the most selective filter
 * (a participant, then a country, else all calls) and normalises the filters the statement
 * compares (country codes upper-case, topics lower-case).
 *
 * @example
 *   callsConnection(loaders, { country: 'de', medium: 'phone' }, { first: 10 }); // shape callsOfCountry, owner 'DE'
 */
import type { PageFilter } from '../graph/readers/keyset-page.js';
import { badUserInput } from './bad-user-input.js';
import { connection, type Connection } from './connection.js';
import type { Loaders } from './loaders/create-loaders.js';

export interface CallWhere {
  participant?: string | null;
  country?: string | null;
  from?: string | null;
  to?: string | null;
  medium?: string | null;
  topic?: string | null;
}

export function callsConnection(
  loaders: Loaders,
  where: CallWhere | null | undefined,
  args: { first?: number | null; after?: string | null },
): Connection {
  const { participant, country, from, to, medium, topic } = where ?? {};
  if (country != null && !/^[A-Za-z]{2}$/.test(country)) {
    throw badUserInput('where.country', 'must be an ISO 3166-1 alpha-2 code such as "UA"', country);
  }
  const filter: PageFilter = {
    participant: participant ?? null,
    country: country?.toUpperCase() ?? null,
    medium: medium ?? null,
    topic: topic?.trim().toLowerCase() ?? null,
  };
  const page = { ...args, from, to };
  if (filter.participant) return connection(loaders, 'Call', 'callsOfActor', { ...filter, owner: filter.participant }, page);
  if (filter.country) return connection(loaders, 'Call', 'callsOfCountry', { ...filter, owner: filter.country }, page);
  return connection(loaders, 'Call', 'calls', filter, page);
}
