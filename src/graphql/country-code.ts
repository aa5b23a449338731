/**
 * Checks a country argument and normalises it: an ISO 3166-1 alpha-2 code in any case, returned
 * upper-case as the graph keys countries.
 *
 * @example
 *   countryCode('where.byCountry', 'us');   // 'US'
 *   countryCode('country', 'Ukraine');      // throws BAD_USER_INPUT: Argument "country" must be an ISO 3166-1 alpha-2 code …
 */
import { badUserInput } from './bad-user-input.js';

export function countryCode(argument: string, value: string): string {
  if (!/^[A-Za-z]{2}$/.test(value.trim())) {
    throw badUserInput(argument, 'must be an ISO 3166-1 alpha-2 code such as "UA"', value);
  }
  return value.trim().toUpperCase();
}
