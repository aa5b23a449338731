/**
 * Country: lists that older nodes may lack default to [] (and `historical` to false). Its
 * `leaders` are a relation declared in the SDL (`@relation`), and its calls, posts, commitments
 * and incidents are lists it owns (`ownedLists`), both resolved by build-schema.ts.
 */
import type { CountryRecord } from '../../graph/readers/records.js';

type C = CountryRecord;

export const countryResolvers = {
  Country: {
    aliases: (c: C) => c.aliases ?? [],
    demonyms: (c: C) => c.demonyms ?? [],
    capitals: (c: C) => c.capitals ?? [],
    historical: (c: C) => c.historical ?? false,
  },
};
