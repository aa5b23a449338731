/**
 * The selections several of the explorer's operations share, as named GraphQL fragments (spread
 * by name: codegen reads each `graphql(`…`)` as it is written, without interpolation), and the
 * page's names for the shapes they select.
 */
import { graphql } from '../gql/gql.js';
import type { CallBriefFragment, CallFullFragment, CommitmentDetailFragment, CountryRefFragment, SourceRefFragment, TweetDetailFragment } from '../gql/graphql.js';

graphql(`fragment CountryRef on Country { code name }`);
graphql(`fragment SourceRef on Source { quote rule article { id url title publishedOn } }`);
graphql(`fragment TweetDetail on Tweet { text postedOn author { name } sources { ...SourceRef } }`);
graphql(`fragment CallBrief on Call { id date medium topics participants { id name } sources { ...SourceRef } }`);
graphql(`fragment CallFull on Call { ...CallBrief tweets { ...TweetDetail } }`);
graphql(`
  fragment CommitmentDetail on Commitment {
    id kind quote date maker { id name } target { ...CountryRef } beneficiary { ...CountryRef } sources { ...SourceRef }
  }
`);

export type CountryRef = CountryRefFragment;
export type SourceRef = SourceRefFragment;
export type TweetDetail = TweetDetailFragment;
/** A call as the side panel lists it; `tweets` only when the query asked for them (a call in full). */
export type CallDetail = CallBriefFragment & { tweets?: CallFullFragment['tweets'] };
export type CommitmentDetail = CommitmentDetailFragment;
