/**
 * The graph at a glance (schema/overview.graphql): the most active actors, the contacts
 * between countries, and one side's calls per period. ActiveActor and CountryContact hold their actor and countries already read,
 * so their fields resolve by default.
 */
import type { GraphqlContext } from '../create-context.js';
import { callsPerPeriod, type CallsPerPeriodArgs } from '../calls-per-period.js';
import { countryContacts, type CountryContactsArgs } from '../country-contacts.js';
import { mostActiveActors, type MostActiveArgs } from '../most-active-actors.js';

type Ctx = GraphqlContext;

export const overviewResolvers = {
  Query: {
    mostActiveActors: (_: unknown, args: MostActiveArgs, ctx: Ctx) => mostActiveActors(ctx.loaders, args),
    countryContacts: (_: unknown, args: CountryContactsArgs, ctx: Ctx) => countryContacts(ctx.loaders, args),
    callsPerPeriod: (_: unknown, args: CallsPerPeriodArgs, ctx: Ctx) => callsPerPeriod(ctx.loaders, args),
  },
};
