/**
 * `countryContacts(from, to, first)`: checks the window and the size. Up to 1,000 pairs, more
 * than a page of other lists, since a matrix of the 45 busiest countries holds 990.
 *
 * @example
 *   await countryContacts(loaders, { first: 2 }); // [{ a: { code: 'UA', … }, b: { code: 'US', … }, callCount: 3, … }, …]
 */
import type { CountryContactRecord } from '../graph/readers/country-contacts.js';
import { badUserInput } from './bad-user-input.js';
import type { Loaders } from './create-context.js';
import { checkDateOrder } from './connection.js';

export const MAX_COUNTRY_PAIRS = 1000;

export interface CountryContactsArgs {
  from?: string | null;
  to?: string | null;
  first?: number | null;
}

export function countryContacts(loaders: Loaders, { from, to, first }: CountryContactsArgs): Promise<CountryContactRecord[]> {
  checkDateOrder(from, to);
  const take = first ?? 200;
  if (!Number.isInteger(take) || take < 0 || take > MAX_COUNTRY_PAIRS) {
    throw badUserInput('first', `must be an integer from 0 to ${MAX_COUNTRY_PAIRS}`, take);
  }
  return loaders.countryContacts.load({ from: from ?? null, to: to ?? null, take });
}
