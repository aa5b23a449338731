/**
 * `timeline(actor, country, from, to, first)`: exactly one of actor and country, a page size from
 * 0 to 100 and a window that does not end before it starts.
 *
 * @example
 *   await timeline(loaders, { country: 'us', from: '2022-02-01', to: '2022-02-28' }); // [{ label: 'Call', … }, …]
 */
import type { LabelledRecord } from '../graph/readers/records.js';
import { badUserInput } from './bad-user-input.js';
import { countryCode } from './country-code.js';
import type { Loaders } from './create-context.js';
import { checkDateOrder, pageSize } from './connection.js';

export interface TimelineArgs {
  actor?: string | null;
  country?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
}

export function timeline(loaders: Loaders, { actor, country, from, to, first }: TimelineArgs): Promise<LabelledRecord[]> {
  if ((actor == null) === (country == null)) {
    throw badUserInput('actor', 'or "country" must be given, but not both', { actor: actor ?? null, country: country ?? null });
  }
  const take = pageSize('first', first ?? 50);
  checkDateOrder(from, to);
  return loaders.timelines.load({
    actor: actor ?? null,
    country: country == null ? null : countryCode('country', country),
    from: from ?? null,
    to: to ?? null,
    take,
  });
}
