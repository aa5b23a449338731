/**
 * `actors(where, first, after, last, before)`: starts from the country when one is given, else
 * from all actors; the name filter matches a part of the name or of an alias in any case.
 *
 * @example
 *   actorsConnection(loaders, { country: 'de', name: 'Scholz' }, { first: 5 }); // shape actorsOfCountry, owner 'DE', name 'scholz'
 */
import { badUserInput } from './bad-user-input.js';
import { connection, type Connection } from './connection.js';
import { countryCode } from './country-code.js';
import type { Loaders } from './loaders/create-loaders.js';
import type { PageArgs } from './page-args.js';

export interface ActorWhere {
  /** Already the stored value ('leader' …): the ActorKind enum maps it. */
  kind?: string | null;
  country?: string | null;
  name?: string | null;
}

export function actorsConnection(loaders: Loaders, where: ActorWhere | null | undefined, args: PageArgs): Connection {
  const { kind, country, name } = where ?? {};
  const part = name?.trim().toLowerCase() ?? null;
  if (part === '') throw badUserInput('where.name', 'must not be empty', name);
  const filter = { kind: kind ?? null, name: part };
  if (country != null) return connection(loaders, 'Actor', 'actorsOfCountry', { ...filter, owner: countryCode('where.country', country) }, args);
  return connection(loaders, 'Actor', 'actors', filter, args);
}
