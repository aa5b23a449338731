/**
 * `officeHolder(country, title, on)`: a country code and a title that is not empty, compared in
 * lower case with single spaces.
 *
 * @example
 *   await officeHolder(loaders, { country: 'us', title: 'President', on: '2022-03-01' }); // [{ id: 'joe-biden', … }]
 */
import type { ActorRecord } from '../graph/readers/records.js';
import { badUserInput } from './bad-user-input.js';
import { countryCode } from './country-code.js';
import type { Loaders } from './create-context.js';

export function officeHolder(
  loaders: Loaders,
  { country, title, on }: { country: string; title: string; on: string },
): Promise<ActorRecord[]> {
  const normalised = title.trim().replace(/\s+/g, ' ').toLowerCase();
  if (!normalised) throw badUserInput('title', 'must not be empty', title);
  return loaders.officeHolders.load({ country: countryCode('country', country), title: normalised, on });
}
