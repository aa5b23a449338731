/**
 * `commitments(where, first, after, last, before, orderBy)`: starts from the committing country
 * when one is given, else from all commitments; country filters are alpha-2 codes in any case,
 * kinds are compared in lower case.
 *
 * @example
 *   commitmentsConnection(loaders, { byCountry: 'us', kind: 'SANCTIONS' }, { first: 10 }); // shape commitmentsMadeByCountry, owner 'US'
 */
import { connection, type Connection } from './connection.js';
import { eventCodeFilter } from './event-code-filter.js';
import { countryCode } from './country-code.js';
import type { Loaders } from './loaders/create-loaders.js';
import type { PageArgs } from './page-args.js';

export interface CommitmentWhere {
  kind?: string | null;
  byCountry?: string | null;
  target?: string | null;
  beneficiary?: string | null;
  from?: string | null;
  to?: string | null;
  cameo?: string | null;
  plover?: string | null;
}

const code = (argument: string, value: string | null | undefined) => (value == null ? null : countryCode(`where.${argument}`, value));

export function commitmentsConnection(
  loaders: Loaders,
  where: CommitmentWhere | null | undefined,
  args: Omit<PageArgs, 'from' | 'to'>,
): Connection {
  const { kind, byCountry, target, beneficiary, from, to } = where ?? {};
  const filter = {
    kind: kind?.trim().toLowerCase() ?? null,
    byCountry: code('byCountry', byCountry),
    target: code('target', target),
    beneficiary: code('beneficiary', beneficiary),
    ...eventCodeFilter(where),
  };
  const page = { ...args, from, to };
  if (filter.byCountry) return connection(loaders, 'Commitment', 'commitmentsMadeByCountry', { ...filter, owner: filter.byCountry }, page);
  return connection(loaders, 'Commitment', 'commitments', filter, page);
}
