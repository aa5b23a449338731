/**
 * Call, Tweet, Commitment and Incident: every relationship field is one keyed-loader call
 * (relation-fields.ts), so a list of facts costs one statement per level, whatever its length,
 * and none when its page read the field ahead.
 */
import type { LabelledRecord, NodeRecord, SubjectRecord } from '../../graph/readers/records.js';
import { relationResolvers } from '../relation-fields.js';
import { ploverOf } from './plover-of.js';

type N = NodeRecord;

export const factResolvers = {
  Medium: { PHONE: 'phone', VIDEO: 'video', IN_PERSON: 'in_person', UNSPECIFIED: 'unspecified' },
  Call: {
    medium: (c: N) => c.medium ?? 'unspecified',
    ...relationResolvers('Call'),
    plover: ploverOf,
  },
  Tweet: {
    hashtags: (t: N) => t.hashtags ?? [],
    mentions: (t: N) => t.mentions ?? [],
    ...relationResolvers('Tweet'),
  },
  TweetSubject: { __resolveType: (s: SubjectRecord) => s.label },
  Article: relationResolvers('Article'),
  ReportedFact: { __resolveType: (f: LabelledRecord) => f.label },
  Commitment: {
    quote: (c: N) => c.quote ?? '',
    ...relationResolvers('Commitment'),
    plover: ploverOf,
  },
  Incident: {
    ...relationResolvers('Incident'),
    plover: ploverOf,
  },
};
