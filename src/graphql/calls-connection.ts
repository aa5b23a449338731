/**
 * `calls(where, first, after, last, before, orderBy)`: picks the list shape that starts from the
 * most selective filter (a participant, then a country, else all calls) and normalises the
 * filters the statement compares (country codes upper-case, topics lower-case). A pair of actors
 * is `participant` + `counterpart`; a pair of countries is `country` + `counterpartCountry`.
 *
 * @example
 *   callsConnection(loaders, { country: 'de', medium: 'phone' }, { first: 10 }); // shape callsOfCountry, owner 'DE'
 */
import type { PageFilter } from '../graph/readers/keyset-page.js';
import { badUserInput } from './bad-user-input.js';
import { connection, type Connection } from './connection.js';
import { eventCodeFilter } from './event-code-filter.js';
import { countryCode } from './country-code.js';
import type { Loaders } from './loaders/create-loaders.js';
import type { PageArgs } from './page-args.js';

export interface CallWhere {
  participant?: string | null;
  country?: string | null;
  counterpart?: string | null;
  counterpartCountry?: string | null;
  from?: string | null;
  to?: string | null;
  medium?: string | null;
  topic?: string | null;
  cameo?: string | null;
  plover?: string | null;
}

export function callsConnection(
  loaders: Loaders,
  where: CallWhere | null | undefined,
  args: Omit<PageArgs, 'from' | 'to'>,
): Connection {
  const { participant, country, counterpart, counterpartCountry, from, to, medium, topic } = where ?? {};
  // A pair needs both ends: a counterpart alone would silently mean "any call of the counterpart".
  if (counterpart != null && participant == null) throw badUserInput('where.counterpart', 'needs "participant" beside it', counterpart);
  if (counterpartCountry != null && country == null) {
    throw badUserInput('where.counterpartCountry', 'needs "country" beside it', counterpartCountry);
  }
  const filter: PageFilter = {
    participant: participant ?? null,
    country: country == null ? null : countryCode('where.country', country),
    counterpart: counterpart ?? null,
    counterpartCountry: counterpartCountry == null ? null : countryCode('where.counterpartCountry', counterpartCountry),
    medium: medium ?? null,
    topic: topic?.trim().toLowerCase() ?? null,
    ...eventCodeFilter(where),
  };
  const page = { ...args, from, to };
  if (filter.participant) return connection(loaders, 'Call', 'callsOfActor', { ...filter, owner: filter.participant }, page);
  if (filter.country) return connection(loaders, 'Call', 'callsOfCountry', { ...filter, owner: filter.country }, page);
  return connection(loaders, 'Call', 'calls', filter, page);
}
