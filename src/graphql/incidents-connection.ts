/**
 * `incidents(where, first, after, last, before, orderBy)`: starts from the country when one is
 * given (incidents that happened there), else from all incidents; kinds compare in lower case.
 *
 * @example
 *   incidentsConnection(loaders, { country: 'ua', kind: 'Strike' }, { first: 10 }); // shape incidentsInCountry, owner 'UA'
 */
import { connection, type Connection } from './connection.js';
import { eventCodeFilter } from './event-code-filter.js';
import { countryCode } from './country-code.js';
import type { Loaders } from './loaders/create-loaders.js';
import type { PageArgs } from './page-args.js';

export interface IncidentWhere {
  country?: string | null;
  kind?: string | null;
  from?: string | null;
  to?: string | null;
  cameo?: string | null;
  plover?: string | null;
}

export function incidentsConnection(
  loaders: Loaders,
  where: IncidentWhere | null | undefined,
  args: Omit<PageArgs, 'from' | 'to'>,
): Connection {
  const { country, kind, from, to } = where ?? {};
  const filter = { kind: kind?.trim().toLowerCase() ?? null, ...eventCodeFilter(where) };
  const page = { ...args, from, to };
  if (country != null) return connection(loaders, 'Incident', 'incidentsInCountry', { ...filter, owner: countryCode('where.country', country) }, page);
  return connection(loaders, 'Incident', 'incidents', filter, page);
}
