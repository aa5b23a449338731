/**
 * Country: the lists of calls, posts, commitments and incidents it is part of. Its `leaders` are a
 * relation declared in the SDL (`@relation`), resolved by build-schema.ts.
 */
import type { GraphQLResolveInfo as Info } from 'graphql';
import type { CountryRecord } from '../../graph/readers/records.js';
import { connection } from '../connection.js';
import type { GraphqlContext } from '../create-context.js';
import type { PageArgs } from '../page-args.js';

type Ctx = GraphqlContext;
type C = CountryRecord;

export const countryResolvers = {
  Country: {
    aliases: (c: C) => c.aliases ?? [],
    demonyms: (c: C) => c.demonyms ?? [],
    capitals: (c: C) => c.capitals ?? [],
    historical: (c: C) => c.historical ?? false,
    calls: (c: C, args: PageArgs, ctx: Ctx, info: Info) => connection(ctx.loaders, 'Call', 'callsOfCountry', { owner: c.code }, args, info),
    tweets: (c: C, args: PageArgs, ctx: Ctx, info: Info) => connection(ctx.loaders, 'Tweet', 'tweetsOfCountry', { owner: c.code }, args, info),
    commitmentsMade: (c: C, args: PageArgs, ctx: Ctx, info: Info) =>
      connection(ctx.loaders, 'Commitment', 'commitmentsMadeByCountry', { owner: c.code }, args, info),
    commitmentsReceived: (c: C, args: PageArgs, ctx: Ctx, info: Info) =>
      connection(ctx.loaders, 'Commitment', 'commitmentsReceivedByCountry', { owner: c.code }, args, info),
    incidentsPerpetrated: (c: C, args: PageArgs, ctx: Ctx, info: Info) =>
      connection(ctx.loaders, 'Incident', 'incidentsPerpetratedByCountry', { owner: c.code }, args, info),
    incidentsSuffered: (c: C, args: PageArgs, ctx: Ctx, info: Info) =>
      connection(ctx.loaders, 'Incident', 'incidentsInCountry', { owner: c.code }, args, info),
  },
};
