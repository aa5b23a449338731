/**
 * How many calls one side, or a pair of sides of one kind (two actors or two countries), has in
 * all, dated or not: what the timeline tells the user when no dated call falls on it.
 * Null for a mixed pair (an actor and a country), which `CallWhere` cannot express.
 */
import { graphql } from '../gql/gql.js';
import type { CallWhere } from '../gql/graphql.js';
import { execute } from './graphql-client.js';
import { isCountry } from './dyad-query.js';

const CallTotalQuery = graphql(`query CallTotal($where: CallWhere) { calls(where: $where, first: 0) { totalCount } }`);

export async function fetchCallTotal(a: string, b?: string): Promise<number | null> {
  let where: CallWhere;
  if (!b) where = isCountry(a) ? { country: a } : { participant: a };
  else if (isCountry(a) && isCountry(b)) where = { country: a, counterpartCountry: b };
  else if (!isCountry(a) && !isCountry(b)) where = { participant: a, counterpart: b };
  else return null;
  return (await execute(CallTotalQuery, { where })).calls.totalCount;
}
