/**
 * Call, Tweet, Commitment and Incident: every relationship field is one loader call, so a list
 * of facts costs one statement per field, whatever its length.
 */
import type { LabelledRecord, NodeRecord, SubjectRecord } from '../../graph/readers/records.js';
import type { GraphqlContext } from '../create-context.js';
import { ploverOf } from './plover-of.js';

type Ctx = GraphqlContext;
type N = NodeRecord;

export const factResolvers = {
  Medium: { PHONE: 'phone', VIDEO: 'video', IN_PERSON: 'in_person', UNSPECIFIED: 'unspecified' },
  Call: {
    medium: (c: N) => c.medium ?? 'unspecified',
    topics: (c: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.topicsOfCall.load(c.id),
    participants: (c: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.participantsOfCall.load(c.id),
    tweets: (c: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.tweetsAboutCall.load(c.id),
    sources: (c: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.sourcesOfCall.load(c.id),
    plover: ploverOf,
  },
  Tweet: {
    hashtags: (t: N) => t.hashtags ?? [],
    mentions: (t: N) => t.mentions ?? [],
    mentionedActors: (t: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.mentionedActorsOfTweet.load(t.id),
    author: (t: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.authorOfTweet.load(t.id),
    about: (t: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.subjectOfTweet.load(t.id),
    sources: (t: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.sourcesOfTweet.load(t.id),
  },
  TweetSubject: { __resolveType: (s: SubjectRecord) => s.label },
  Article: {
    reported: (a: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.reportedByArticle.load(a.id),
  },
  ReportedFact: { __resolveType: (f: LabelledRecord) => f.label },
  Commitment: {
    quote: (c: N) => c.quote ?? '',
    maker: (c: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.makerOfCommitment.load(c.id),
    by: (c: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.countryByOfCommitment.load(c.id),
    target: (c: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.targetOfCommitment.load(c.id),
    beneficiary: (c: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.beneficiaryOfCommitment.load(c.id),
    sources: (c: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.sourcesOfCommitment.load(c.id),
    plover: ploverOf,
  },
  Incident: {
    perpetrator: (i: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.perpetratorOfIncident.load(i.id),
    country: (i: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.countryOfIncident.load(i.id),
    tweets: (i: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.tweetsAboutIncident.load(i.id),
    sources: (i: N, _: unknown, ctx: Ctx) => ctx.loaders.relations.sourcesOfIncident.load(i.id),
    plover: ploverOf,
  },
};
