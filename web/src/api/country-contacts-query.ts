/** Contacts between countries within a date range: `countryContacts`, most calls first. */
import { graphql } from './graphql-client.js';
import type { CountryRef } from './types.js';

const COUNTRY_CONTACTS = `query CountryContacts($from: Date, $to: Date, $first: Int) {
  countryContacts(from: $from, to: $to, first: $first) { a { code name } b { code name } callCount firstContact lastContact }
}`;

export interface CountryContact {
  a: CountryRef;
  b: CountryRef;
  callCount: number;
  firstContact: string | null;
  lastContact: string | null;
}

export async function fetchCountryContacts(req: { from?: string; to?: string; first?: number }): Promise<CountryContact[]> {
  const vars = { from: req.from || null, to: req.to || null, first: req.first ?? 1000 };
  return (await graphql<{ countryContacts: CountryContact[] }>(COUNTRY_CONTACTS, vars)).countryContacts;
}
