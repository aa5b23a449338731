/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** The kinds of actor. */
export type ActorKind =
  /** A body rather than a person: a royal family, a ministry, an alliance. */
  | 'INSTITUTION'
  /** A head of state or government, or a foreign minister. */
  | 'LEADER'
  /** Any other office holder: advisers, spokespeople, ministers. */
  | 'OFFICIAL';

/** Filters for `calls`; all given filters must hold. */
export type CallWhere = {
  /** Only calls with this CAMEO code or a code under it ("04": every consultation; "163": sanctions). */
  cameo?: string | null | undefined;
  /** With `participant`: only calls this other actor took part in too (an actor id), i.e. the calls of a pair. */
  counterpart?: string | number | null | undefined;
  /** With `country`: only calls in which an actor of this country spoke with an actor of `country` (a country pair). */
  counterpartCountry?: string | null | undefined;
  /** Only calls in which an actor of this country took part (ISO alpha-2 code, case-insensitive). */
  country?: string | null | undefined;
  /** Only calls on or after this day. */
  from?: string | null | undefined;
  /** Only calls that took place this way. */
  medium?: Medium | null | undefined;
  /** Only calls this actor took part in (an actor id). */
  participant?: string | number | null | undefined;
  /** Only calls of this PLOVER event type ("CONSULT", "SANCTION", "ASSAULT" …; case-insensitive). */
  plover?: string | null | undefined;
  /** Only calls on or before this day. */
  to?: string | null | undefined;
  /** Only calls that discussed this topic (its normalised name, case-insensitive). */
  topic?: string | null | undefined;
};

/** An article to ingest. */
export type IngestArticleInput = {
  /** The publication date, when the text has no date line; relative dates are resolved against it. */
  publishedOn?: string | null | undefined;
  /** The article as plain text; a first line `date YYYY-MM-DD` gives the publication date. */
  text: string;
  /** The headline. */
  title?: string | null | undefined;
  /** Where the article was published. */
  url?: string | null | undefined;
};

/** The length of a period of a dyad. */
export type Interval =
  /** Calendar months. */
  | 'MONTH'
  /** Weeks starting on Monday (ISO weeks). */
  | 'WEEK'
  /** Calendar years. */
  | 'YEAR';

/** How a call took place. */
export type Medium =
  /** A meeting in person. */
  | 'IN_PERSON'
  /** A telephone call. */
  | 'PHONE'
  /** The report does not say. */
  | 'UNSPECIFIED'
  /** A video call. */
  | 'VIDEO';

export type CallTotalQueryVariables = Exact<{
  where?: CallWhere | null | undefined;
}>;


export type CallTotalQuery = { calls: { totalCount: number } };

export type ContactAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ContactAddedSubscription = { contactAdded: { id: string, date: string | null, medium: Medium, participants: Array<
      | { id: string, name: string, country: { code: string } | null }
      | { id: string, name: string, country: { code: string } | null }
      | { id: string, name: string, country: { code: string } | null }
    > } };

export type CountryContactsQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type CountryContactsQuery = { countryContacts: Array<{ callCount: number, firstContact: string | null, lastContact: string | null, a: { code: string, name: string }, b: { code: string, name: string } }> };

export type ActorDetailQueryVariables = Exact<{
  id: string | number;
  calls?: number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type ActorDetailQuery = { actor:
    | { id: string, name: string, title: string | null, country: { code: string, name: string } | null, calls: { totalCount: number, edges: Array<{ node: { id: string, date: string | null, medium: Medium, topics: Array<string>, participants: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> } }> }, tweets: { edges: Array<{ node: { text: string, postedOn: string | null, author:
              | { name: string }
              | { name: string }
              | { name: string }
             | null, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> } }> }, commitments: { edges: Array<{ node: { id: string, kind: string, quote: string, date: string | null, maker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, target: { code: string, name: string } | null, beneficiary: { code: string, name: string } | null, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> } }> } }
    | { id: string, name: string, title: string | null, country: { code: string, name: string } | null, calls: { totalCount: number, edges: Array<{ node: { id: string, date: string | null, medium: Medium, topics: Array<string>, participants: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> } }> }, tweets: { edges: Array<{ node: { text: string, postedOn: string | null, author:
              | { name: string }
              | { name: string }
              | { name: string }
             | null, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> } }> }, commitments: { edges: Array<{ node: { id: string, kind: string, quote: string, date: string | null, maker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, target: { code: string, name: string } | null, beneficiary: { code: string, name: string } | null, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> } }> } }
    | { id: string, name: string, title: string | null, country: { code: string, name: string } | null, calls: { totalCount: number, edges: Array<{ node: { id: string, date: string | null, medium: Medium, topics: Array<string>, participants: Array<
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
            >, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> } }> }, tweets: { edges: Array<{ node: { text: string, postedOn: string | null, author:
              | { name: string }
              | { name: string }
              | { name: string }
             | null, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> } }> }, commitments: { edges: Array<{ node: { id: string, kind: string, quote: string, date: string | null, maker:
              | { id: string, name: string }
              | { id: string, name: string }
              | { id: string, name: string }
             | null, target: { code: string, name: string } | null, beneficiary: { code: string, name: string } | null, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> } }> } }
   | null };

export type SharedCallsQueryVariables = Exact<{
  id: string | number;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type SharedCallsQuery = { actor:
    | { calls: { edges: Array<{ node: { id: string, participants: Array<
              | { id: string }
              | { id: string }
              | { id: string }
            > } }> } }
    | { calls: { edges: Array<{ node: { id: string, participants: Array<
              | { id: string }
              | { id: string }
              | { id: string }
            > } }> } }
    | { calls: { edges: Array<{ node: { id: string, participants: Array<
              | { id: string }
              | { id: string }
              | { id: string }
            > } }> } }
   | null };

export type FullCallQueryVariables = Exact<{
  id: string | number;
}>;


export type FullCallQuery = { call: { id: string, date: string | null, medium: Medium, topics: Array<string>, tweets: Array<{ text: string, postedOn: string | null, author:
        | { name: string }
        | { name: string }
        | { name: string }
       | null, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> }>, participants: Array<
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    >, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> } | null };

export type TopicQueryVariables = Exact<{
  name: string;
}>;


export type TopicQuery = { topic: { name: string, calls: { edges: Array<{ node: { id: string, date: string | null, medium: Medium, topics: Array<string>, participants: Array<
            | { id: string, name: string }
            | { id: string, name: string }
            | { id: string, name: string }
          >, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> } }> } } | null };

export type DyadQueryVariables = Exact<{
  a: string | number;
  b: string | number;
  interval?: Interval | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type DyadQuery = { dyad: Array<{ period: string, count: number }> };

export type CallsPerPeriodQueryVariables = Exact<{
  a: string | number;
  interval?: Interval | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type CallsPerPeriodQuery = { callsPerPeriod: Array<{ period: string, count: number }> };

export type CountryRefFragment = { code: string, name: string };

export type SourceRefFragment = { quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } };

export type TweetDetailFragment = { text: string, postedOn: string | null, author:
    | { name: string }
    | { name: string }
    | { name: string }
   | null, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> };

export type CallBriefFragment = { id: string, date: string | null, medium: Medium, topics: Array<string>, participants: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  >, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> };

export type CallFullFragment = { id: string, date: string | null, medium: Medium, topics: Array<string>, tweets: Array<{ text: string, postedOn: string | null, author:
      | { name: string }
      | { name: string }
      | { name: string }
     | null, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> }>, participants: Array<
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
  >, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> };

export type CommitmentDetailFragment = { id: string, kind: string, quote: string, date: string | null, maker:
    | { id: string, name: string }
    | { id: string, name: string }
    | { id: string, name: string }
   | null, target: { code: string, name: string } | null, beneficiary: { code: string, name: string } | null, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> };

export type IngestMutationVariables = Exact<{
  input: IngestArticleInput;
}>;


export type IngestMutation = { ingestArticle: { created: boolean, warnings: Array<string>, tweetCount: number, commitmentCount: number, incidentCount: number, article: { id: string, url: string | null, title: string | null, publishedOn: string | null, textLength: number | null }, calls: Array<{ id: string, date: string | null, medium: Medium, topics: Array<string>, tweets: Array<{ text: string, postedOn: string | null, author:
          | { name: string }
          | { name: string }
          | { name: string }
         | null, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> }>, participants: Array<
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
      >, sources: Array<{ quote: string, rule: string | null, article: { id: string, url: string | null, title: string | null, publishedOn: string | null } }> }> } };

export type NetworkQueryVariables = Exact<{
  center: string | number;
  depth?: number | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type NetworkQuery = { contactNetwork: { truncated: boolean, nodes: Array<{ id: string, name: string, kind: ActorKind, depth: number, callCount: number, country: { code: string, name: string } | null }>, edges: Array<{ source: string, target: string, weight: number, firstContact: string | null, lastContact: string | null }> } };

export type OverviewQueryVariables = Exact<{
  leaders?: number | null | undefined;
  calls?: number | null | undefined;
}>;


export type OverviewQuery = { mostActiveActors: Array<{ callCount: number, lastContact: string | null, actor:
      | { id: string, name: string, country: { code: string, name: string } | null }
      | { id: string, name: string, country: { code: string, name: string } | null }
      | { id: string, name: string, country: { code: string, name: string } | null }
     }>, calls: { edges: Array<{ node: { id: string, date: string | null, medium: Medium, participants: Array<
          | { id: string, name: string, country: { code: string, name: string } | null }
          | { id: string, name: string, country: { code: string, name: string } | null }
          | { id: string, name: string, country: { code: string, name: string } | null }
        > } }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<{ score: number, snippet: string | null, node:
      | { __typename: 'Call', id: string, date: string | null, participants: Array<
          | { name: string }
          | { name: string }
          | { name: string }
        > }
      | { __typename: 'Commitment', kind: string, maker:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }
      | { __typename: 'Country', code: string, name: string }
      | { __typename: 'Institution', id: string, name: string, country: { code: string, name: string } | null }
      | { __typename: 'Leader', id: string, name: string, country: { code: string, name: string } | null }
      | { __typename: 'Official', id: string, name: string, country: { code: string, name: string } | null }
      | { __typename: 'Topic', name: string }
      | { __typename: 'Tweet', author:
          | { id: string, name: string }
          | { id: string, name: string }
          | { id: string, name: string }
         | null }
     }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SourceRefFragmentDoc = new TypedDocumentString(`
    fragment SourceRef on Source {
  quote
  rule
  article {
    id
    url
    title
    publishedOn
  }
}
    `, {"fragmentName":"SourceRef"}) as unknown as TypedDocumentString<SourceRefFragment, unknown>;
export const CallBriefFragmentDoc = new TypedDocumentString(`
    fragment CallBrief on Call {
  id
  date
  medium
  topics
  participants {
    id
    name
  }
  sources {
    ...SourceRef
  }
}
    fragment SourceRef on Source {
  quote
  rule
  article {
    id
    url
    title
    publishedOn
  }
}`, {"fragmentName":"CallBrief"}) as unknown as TypedDocumentString<CallBriefFragment, unknown>;
export const TweetDetailFragmentDoc = new TypedDocumentString(`
    fragment TweetDetail on Tweet {
  text
  postedOn
  author {
    name
  }
  sources {
    ...SourceRef
  }
}
    fragment SourceRef on Source {
  quote
  rule
  article {
    id
    url
    title
    publishedOn
  }
}`, {"fragmentName":"TweetDetail"}) as unknown as TypedDocumentString<TweetDetailFragment, unknown>;
export const CallFullFragmentDoc = new TypedDocumentString(`
    fragment CallFull on Call {
  ...CallBrief
  tweets {
    ...TweetDetail
  }
}
    fragment SourceRef on Source {
  quote
  rule
  article {
    id
    url
    title
    publishedOn
  }
}
fragment TweetDetail on Tweet {
  text
  postedOn
  author {
    name
  }
  sources {
    ...SourceRef
  }
}
fragment CallBrief on Call {
  id
  date
  medium
  topics
  participants {
    id
    name
  }
  sources {
    ...SourceRef
  }
}`, {"fragmentName":"CallFull"}) as unknown as TypedDocumentString<CallFullFragment, unknown>;
export const CountryRefFragmentDoc = new TypedDocumentString(`
    fragment CountryRef on Country {
  code
  name
}
    `, {"fragmentName":"CountryRef"}) as unknown as TypedDocumentString<CountryRefFragment, unknown>;
export const CommitmentDetailFragmentDoc = new TypedDocumentString(`
    fragment CommitmentDetail on Commitment {
  id
  kind
  quote
  date
  maker {
    id
    name
  }
  target {
    ...CountryRef
  }
  beneficiary {
    ...CountryRef
  }
  sources {
    ...SourceRef
  }
}
    fragment CountryRef on Country {
  code
  name
}
fragment SourceRef on Source {
  quote
  rule
  article {
    id
    url
    title
    publishedOn
  }
}`, {"fragmentName":"CommitmentDetail"}) as unknown as TypedDocumentString<CommitmentDetailFragment, unknown>;
export const CallTotalDocument = new TypedDocumentString(`
    query CallTotal($where: CallWhere) {
  calls(where: $where, first: 0) {
    totalCount
  }
}
    `, {"hash":"sha256:cdfbb1fffdaf1f4f3aa6962a9ae587b31b38038e2a1c646af0b5696fbea692dd"}) as unknown as TypedDocumentString<CallTotalQuery, CallTotalQueryVariables>;
export const ContactAddedDocument = new TypedDocumentString(`
    subscription ContactAdded {
  contactAdded {
    id
    date
    medium
    participants {
      id
      name
      country {
        code
      }
    }
  }
}
    `, {"hash":"sha256:e2109959555a8be526314be96de97634fb1da4da528763afe70b2b3019c14f61"}) as unknown as TypedDocumentString<ContactAddedSubscription, ContactAddedSubscriptionVariables>;
export const CountryContactsDocument = new TypedDocumentString(`
    query CountryContacts($from: Date, $to: Date, $first: Int) {
  countryContacts(from: $from, to: $to, first: $first) {
    a {
      ...CountryRef
    }
    b {
      ...CountryRef
    }
    callCount
    firstContact
    lastContact
  }
}
    fragment CountryRef on Country {
  code
  name
}`, {"hash":"sha256:6e6bfa95c81e8931c265ff1e0a557452356a993c96aae116b55fd51fcf980271"}) as unknown as TypedDocumentString<CountryContactsQuery, CountryContactsQueryVariables>;
export const ActorDetailDocument = new TypedDocumentString(`
    query ActorDetail($id: ID!, $calls: Int, $from: Date, $to: Date) {
  actor(id: $id) {
    id
    name
    title
    country {
      ...CountryRef
    }
    calls(first: $calls, from: $from, to: $to) {
      totalCount
      edges {
        node {
          ...CallBrief
        }
      }
    }
    tweets(first: 20) {
      edges {
        node {
          ...TweetDetail
        }
      }
    }
    commitments(first: 20) {
      edges {
        node {
          ...CommitmentDetail
        }
      }
    }
  }
}
    fragment CountryRef on Country {
  code
  name
}
fragment SourceRef on Source {
  quote
  rule
  article {
    id
    url
    title
    publishedOn
  }
}
fragment TweetDetail on Tweet {
  text
  postedOn
  author {
    name
  }
  sources {
    ...SourceRef
  }
}
fragment CallBrief on Call {
  id
  date
  medium
  topics
  participants {
    id
    name
  }
  sources {
    ...SourceRef
  }
}
fragment CommitmentDetail on Commitment {
  id
  kind
  quote
  date
  maker {
    id
    name
  }
  target {
    ...CountryRef
  }
  beneficiary {
    ...CountryRef
  }
  sources {
    ...SourceRef
  }
}`, {"hash":"sha256:f63d3e512cfce834e03ed5796fc7050cae083202ef0382180182122298b25a3f"}) as unknown as TypedDocumentString<ActorDetailQuery, ActorDetailQueryVariables>;
export const SharedCallsDocument = new TypedDocumentString(`
    query SharedCalls($id: ID!, $from: Date, $to: Date) {
  actor(id: $id) {
    calls(first: 100, from: $from, to: $to) {
      edges {
        node {
          id
          participants {
            id
          }
        }
      }
    }
  }
}
    `, {"hash":"sha256:daf2ba48a84df3169389a63d80a5029a988e14d1baea5b4d68267aba69c0a8d8"}) as unknown as TypedDocumentString<SharedCallsQuery, SharedCallsQueryVariables>;
export const FullCallDocument = new TypedDocumentString(`
    query FullCall($id: ID!) {
  call(id: $id) {
    ...CallFull
  }
}
    fragment SourceRef on Source {
  quote
  rule
  article {
    id
    url
    title
    publishedOn
  }
}
fragment TweetDetail on Tweet {
  text
  postedOn
  author {
    name
  }
  sources {
    ...SourceRef
  }
}
fragment CallBrief on Call {
  id
  date
  medium
  topics
  participants {
    id
    name
  }
  sources {
    ...SourceRef
  }
}
fragment CallFull on Call {
  ...CallBrief
  tweets {
    ...TweetDetail
  }
}`, {"hash":"sha256:a9ef27e51beb47ac766cf6d1cbfa6534fa3e387bc76122c73ac9c0ee15987aa2"}) as unknown as TypedDocumentString<FullCallQuery, FullCallQueryVariables>;
export const TopicDocument = new TypedDocumentString(`
    query Topic($name: String!) {
  topic(name: $name) {
    name
    calls(first: 20) {
      edges {
        node {
          ...CallBrief
        }
      }
    }
  }
}
    fragment SourceRef on Source {
  quote
  rule
  article {
    id
    url
    title
    publishedOn
  }
}
fragment CallBrief on Call {
  id
  date
  medium
  topics
  participants {
    id
    name
  }
  sources {
    ...SourceRef
  }
}`, {"hash":"sha256:4dd132805632abc175deae443c201c170ba52f0460a6e50839059e79c4395ee6"}) as unknown as TypedDocumentString<TopicQuery, TopicQueryVariables>;
export const DyadDocument = new TypedDocumentString(`
    query Dyad($a: ID!, $b: ID!, $interval: Interval, $from: Date, $to: Date) {
  dyad(a: $a, b: $b, interval: $interval, from: $from, to: $to) {
    period
    count
  }
}
    `, {"hash":"sha256:3f97e5254fe88176a1e61a6f76668856c2da518671be71e4208089de3143f123"}) as unknown as TypedDocumentString<DyadQuery, DyadQueryVariables>;
export const CallsPerPeriodDocument = new TypedDocumentString(`
    query CallsPerPeriod($a: ID!, $interval: Interval, $from: Date, $to: Date) {
  callsPerPeriod(of: $a, interval: $interval, from: $from, to: $to) {
    period
    count
  }
}
    `, {"hash":"sha256:8d1f102fd82345af817b0b160d25ab469ee1d7ca4c5f6eef0421b19e6d08a7a7"}) as unknown as TypedDocumentString<CallsPerPeriodQuery, CallsPerPeriodQueryVariables>;
export const IngestDocument = new TypedDocumentString(`
    mutation Ingest($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    created
    warnings
    tweetCount
    commitmentCount
    incidentCount
    article {
      id
      url
      title
      publishedOn
      textLength
    }
    calls {
      ...CallFull
    }
  }
}
    fragment SourceRef on Source {
  quote
  rule
  article {
    id
    url
    title
    publishedOn
  }
}
fragment TweetDetail on Tweet {
  text
  postedOn
  author {
    name
  }
  sources {
    ...SourceRef
  }
}
fragment CallBrief on Call {
  id
  date
  medium
  topics
  participants {
    id
    name
  }
  sources {
    ...SourceRef
  }
}
fragment CallFull on Call {
  ...CallBrief
  tweets {
    ...TweetDetail
  }
}`, {"hash":"sha256:9aecfe785a6f580fea8dc73c46914dc67c84f1baa87e8ce830e8d9ae79f81fc1"}) as unknown as TypedDocumentString<IngestMutation, IngestMutationVariables>;
export const NetworkDocument = new TypedDocumentString(`
    query Network($center: ID!, $depth: Int, $from: Date, $to: Date, $limit: Int) {
  contactNetwork(
    center: $center
    depth: $depth
    from: $from
    to: $to
    limit: $limit
  ) {
    truncated
    nodes {
      id
      name
      kind
      depth
      callCount
      country {
        ...CountryRef
      }
    }
    edges {
      source
      target
      weight
      firstContact
      lastContact
    }
  }
}
    fragment CountryRef on Country {
  code
  name
}`, {"hash":"sha256:5038991a18ab967de40118517abcc0a8e7dcebea912eee4973ae18bff6d3559a"}) as unknown as TypedDocumentString<NetworkQuery, NetworkQueryVariables>;
export const OverviewDocument = new TypedDocumentString(`
    query Overview($leaders: Int, $calls: Int) {
  mostActiveActors(kind: LEADER, first: $leaders) {
    actor {
      id
      name
      country {
        ...CountryRef
      }
    }
    callCount
    lastContact
  }
  calls(first: $calls) {
    edges {
      node {
        id
        date
        medium
        participants {
          id
          name
          country {
            ...CountryRef
          }
        }
      }
    }
  }
}
    fragment CountryRef on Country {
  code
  name
}`, {"hash":"sha256:76dc6634b864e964fca8618f88c7c1379499cc95cd1f7a52abf6cf59ab291703"}) as unknown as TypedDocumentString<OverviewQuery, OverviewQueryVariables>;
export const SearchDocument = new TypedDocumentString(`
    query Search($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    snippet
    node {
      __typename
      ... on Leader {
        id
        name
        country {
          ...CountryRef
        }
      }
      ... on Official {
        id
        name
        country {
          ...CountryRef
        }
      }
      ... on Institution {
        id
        name
        country {
          ...CountryRef
        }
      }
      ... on Country {
        code
        name
      }
      ... on Topic {
        name
      }
      ... on Call {
        id
        date
        participants {
          name
        }
      }
      ... on Tweet {
        author {
          id
          name
        }
      }
      ... on Commitment {
        kind
        maker {
          id
          name
        }
      }
    }
  }
}
    fragment CountryRef on Country {
  code
  name
}`, {"hash":"sha256:8761fa9d0d4a490e8b92e6eee5914eb937f4e6bf2be8b9f7affec17244e93fa6"}) as unknown as TypedDocumentString<SearchQuery, SearchQueryVariables>;