/** Contacts between countries within a date range: `countryContacts`, most calls first. */
import { graphql } from '../gql/gql.js';
import type { CountryContactsQuery } from '../gql/graphql.js';
import { execute } from './graphql-client.js';

const CountryContacts = graphql(`
  query CountryContacts($from: Date, $to: Date, $first: Int) {
    countryContacts(from: $from, to: $to, first: $first) { a { ...CountryRef } b { ...CountryRef } callCount firstContact lastContact }
  }
`);

export type CountryContact = CountryContactsQuery['countryContacts'][number];

export async function fetchCountryContacts(req: { from?: string; to?: string; first?: number }): Promise<CountryContact[]> {
  const vars = { from: req.from || null, to: req.to || null, first: req.first ?? 1000 };
  return (await execute(CountryContacts, vars)).countryContacts;
}
