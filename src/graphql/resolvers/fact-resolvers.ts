/**
 * Call, Tweet, Commitment and Incident: what their stored properties do not answer as they are.
 * Their relationship fields need no resolver here: each is declared with `@relation` in the SDL
 * and resolved by one keyed-loader call (build-schema.ts), so a list of facts costs one statement
 * per level, whatever its length, and none when its page read the field ahead.
 */
import type { LabelledRecord, NodeRecord, SubjectRecord } from '../../graph/readers/records.js';
import { ploverOf } from './plover-of.js';

type N = NodeRecord;

export const factResolvers = {
  Medium: { PHONE: 'phone', VIDEO: 'video', IN_PERSON: 'in_person', UNSPECIFIED: 'unspecified' },
  Call: {
    medium: (c: N) => c.medium ?? 'unspecified',
    plover: ploverOf,
  },
  Tweet: {
    hashtags: (t: N) => t.hashtags ?? [],
    mentions: (t: N) => t.mentions ?? [],
  },
  TweetSubject: { __resolveType: (s: SubjectRecord) => s.label },
  ReportedFact: { __resolveType: (f: LabelledRecord) => f.label },
  Commitment: {
    quote: (c: N) => c.quote ?? '',
    plover: ploverOf,
  },
  Incident: { plover: ploverOf },
};
