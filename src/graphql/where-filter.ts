/**
 * The filters of a list's `where` argument, checked and brought into the form the statements
 * compare (page-filters.ts says each filter's form and what it needs beside it). Fields of `where`
 * that are not filters (`from`, `to`, `author`) are the caller's; a bad value is refused naming
 * its argument.
 *
 * @example
 *   whereFilter({ country: 'de', topic: ' Sanctions ', cameo: '04' }); // { country: 'DE', topic: 'sanctions', cameo: '04' }
 *   whereFilter({ counterpart: 'olaf-scholz' }); // throws BAD_USER_INPUT: Argument "where.counterpart" needs "participant" beside it …
 */
import { pageFilters, type FilterForm, type FilterName, type FilterRule, type PageFilter } from '../graph/readers/page-filters.js';
import { badUserInput } from './bad-user-input.js';
import { countryCode } from './country-code.js';

/** Each form's normaliser: the value as the statement compares it, or null for "no filter". */
const forms: Record<FilterForm, (argument: string, value: string) => string | null> = {
  'as-is': (_, value) => value,
  'country-code': (argument, value) => countryCode(argument, value),
  'lower-case': (_, value) => value.trim().toLowerCase(),
  hashtag: (_, value) => value.trim().replace(/^#/, '').toLowerCase(),
  'name-part': (argument, value) => {
    const part = value.trim().toLowerCase();
    if (part === '') throw badUserInput(argument, 'must not be empty', value);
    return part;
  },
  cameo: (argument, value) => {
    const cameo = value.trim() || null;
    if (cameo !== null && !/^\d{2,4}$/.test(cameo)) throw badUserInput(argument, 'must be a CAMEO code or prefix of 2 to 4 digits, such as "04" or "163"', cameo);
    return cameo;
  },
  plover: (argument, value) => {
    const plover = value.trim().toUpperCase() || null;
    if (plover !== null && !/^[A-Z_]{3,20}$/.test(plover)) throw badUserInput(argument, 'must be a PLOVER event type such as "CONSULT"', plover);
    return plover;
  },
};

export function whereFilter(where: Readonly<Record<string, unknown>> | null | undefined): PageFilter {
  const filter: PageFilter = {};
  for (const [name, value] of Object.entries(where ?? {})) {
    if (value == null || !Object.hasOwn(pageFilters, name)) continue;
    const rule: FilterRule = pageFilters[name as FilterName];
    // A pair needs both ends: a counterpart alone would silently mean "any call of the counterpart".
    if (rule.needs && where?.[rule.needs] == null) throw badUserInput(`where.${name}`, `needs "${rule.needs}" beside it`, value);
    filter[name as FilterName] = forms[rule.form](`where.${name}`, String(value));
  }
  return filter;
}
