/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query CallTotal($where: CallWhere) { calls(where: $where, first: 0) { totalCount } }": typeof types.CallTotalDocument,
    "\n  subscription ContactAdded {\n    contactAdded {\n      id date medium\n      participants { id name country { code } }\n    }\n  }\n": typeof types.ContactAddedDocument,
    "\n  query CountryContacts($from: Date, $to: Date, $first: Int) {\n    countryContacts(from: $from, to: $to, first: $first) { a { ...CountryRef } b { ...CountryRef } callCount firstContact lastContact }\n  }\n": typeof types.CountryContactsDocument,
    "\n  query ActorDetail($id: ID!, $calls: Int, $from: Date, $to: Date) {\n    actor(id: $id) {\n      id name title country { ...CountryRef }\n      calls(first: $calls, from: $from, to: $to) { totalCount edges { node { ...CallBrief } } }\n      tweets(first: 20) { edges { node { ...TweetDetail } } }\n      commitments(first: 20) { edges { node { ...CommitmentDetail } } }\n    }\n  }\n": typeof types.ActorDetailDocument,
    "\n  query SharedCalls($id: ID!, $from: Date, $to: Date) {\n    actor(id: $id) { calls(first: 100, from: $from, to: $to) { edges { node { id participants { id } } } } }\n  }\n": typeof types.SharedCallsDocument,
    "query FullCall($id: ID!) { call(id: $id) { ...CallFull } }": typeof types.FullCallDocument,
    "\n  query Topic($name: String!) { topic(name: $name) { name calls(first: 20) { edges { node { ...CallBrief } } } } }\n": typeof types.TopicDocument,
    "\n  query Dyad($a: ID!, $b: ID!, $interval: Interval, $from: Date, $to: Date) {\n    dyad(a: $a, b: $b, interval: $interval, from: $from, to: $to) { period count }\n  }\n": typeof types.DyadDocument,
    "\n  query CallsPerPeriod($a: ID!, $interval: Interval, $from: Date, $to: Date) {\n    callsPerPeriod(of: $a, interval: $interval, from: $from, to: $to) { period count }\n  }\n": typeof types.CallsPerPeriodDocument,
    "fragment CountryRef on Country { code name }": typeof types.CountryRefFragmentDoc,
    "fragment SourceRef on Source { quote rule article { id url title publishedOn } }": typeof types.SourceRefFragmentDoc,
    "fragment TweetDetail on Tweet { text postedOn author { name } sources { ...SourceRef } }": typeof types.TweetDetailFragmentDoc,
    "fragment CallBrief on Call { id date medium topics participants { id name } sources { ...SourceRef } }": typeof types.CallBriefFragmentDoc,
    "fragment CallFull on Call { ...CallBrief tweets { ...TweetDetail } }": typeof types.CallFullFragmentDoc,
    "\n  fragment CommitmentDetail on Commitment {\n    id kind quote date maker { id name } target { ...CountryRef } beneficiary { ...CountryRef } sources { ...SourceRef }\n  }\n": typeof types.CommitmentDetailFragmentDoc,
    "\n  mutation Ingest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created warnings tweetCount commitmentCount incidentCount\n      article { id url title publishedOn textLength }\n      calls { ...CallFull }\n    }\n  }\n": typeof types.IngestDocument,
    "\n  query Network($center: ID!, $depth: Int, $from: Date, $to: Date, $limit: Int) {\n    contactNetwork(center: $center, depth: $depth, from: $from, to: $to, limit: $limit) {\n      truncated\n      nodes { id name kind depth callCount country { ...CountryRef } }\n      edges { source target weight firstContact lastContact }\n    }\n  }\n": typeof types.NetworkDocument,
    "\n  query Overview($leaders: Int, $calls: Int) {\n    mostActiveActors(kind: LEADER, first: $leaders) { actor { id name country { ...CountryRef } } callCount lastContact }\n    calls(first: $calls) { edges { node { id date medium participants { id name country { ...CountryRef } } } } }\n  }\n": typeof types.OverviewDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      snippet\n      node {\n        __typename\n        ... on Leader { id name country { ...CountryRef } }\n        ... on Official { id name country { ...CountryRef } }\n        ... on Institution { id name country { ...CountryRef } }\n        ... on Country { code name }\n        ... on Topic { name }\n        ... on Call { id date participants { name } }\n        ... on Tweet { author { id name } }\n        ... on Commitment { kind maker { id name } }\n      }\n    }\n  }\n": typeof types.SearchDocument,
};
const documents: Documents = {
    "query CallTotal($where: CallWhere) { calls(where: $where, first: 0) { totalCount } }": types.CallTotalDocument,
    "\n  subscription ContactAdded {\n    contactAdded {\n      id date medium\n      participants { id name country { code } }\n    }\n  }\n": types.ContactAddedDocument,
    "\n  query CountryContacts($from: Date, $to: Date, $first: Int) {\n    countryContacts(from: $from, to: $to, first: $first) { a { ...CountryRef } b { ...CountryRef } callCount firstContact lastContact }\n  }\n": types.CountryContactsDocument,
    "\n  query ActorDetail($id: ID!, $calls: Int, $from: Date, $to: Date) {\n    actor(id: $id) {\n      id name title country { ...CountryRef }\n      calls(first: $calls, from: $from, to: $to) { totalCount edges { node { ...CallBrief } } }\n      tweets(first: 20) { edges { node { ...TweetDetail } } }\n      commitments(first: 20) { edges { node { ...CommitmentDetail } } }\n    }\n  }\n": types.ActorDetailDocument,
    "\n  query SharedCalls($id: ID!, $from: Date, $to: Date) {\n    actor(id: $id) { calls(first: 100, from: $from, to: $to) { edges { node { id participants { id } } } } }\n  }\n": types.SharedCallsDocument,
    "query FullCall($id: ID!) { call(id: $id) { ...CallFull } }": types.FullCallDocument,
    "\n  query Topic($name: String!) { topic(name: $name) { name calls(first: 20) { edges { node { ...CallBrief } } } } }\n": types.TopicDocument,
    "\n  query Dyad($a: ID!, $b: ID!, $interval: Interval, $from: Date, $to: Date) {\n    dyad(a: $a, b: $b, interval: $interval, from: $from, to: $to) { period count }\n  }\n": types.DyadDocument,
    "\n  query CallsPerPeriod($a: ID!, $interval: Interval, $from: Date, $to: Date) {\n    callsPerPeriod(of: $a, interval: $interval, from: $from, to: $to) { period count }\n  }\n": types.CallsPerPeriodDocument,
    "fragment CountryRef on Country { code name }": types.CountryRefFragmentDoc,
    "fragment SourceRef on Source { quote rule article { id url title publishedOn } }": types.SourceRefFragmentDoc,
    "fragment TweetDetail on Tweet { text postedOn author { name } sources { ...SourceRef } }": types.TweetDetailFragmentDoc,
    "fragment CallBrief on Call { id date medium topics participants { id name } sources { ...SourceRef } }": types.CallBriefFragmentDoc,
    "fragment CallFull on Call { ...CallBrief tweets { ...TweetDetail } }": types.CallFullFragmentDoc,
    "\n  fragment CommitmentDetail on Commitment {\n    id kind quote date maker { id name } target { ...CountryRef } beneficiary { ...CountryRef } sources { ...SourceRef }\n  }\n": types.CommitmentDetailFragmentDoc,
    "\n  mutation Ingest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created warnings tweetCount commitmentCount incidentCount\n      article { id url title publishedOn textLength }\n      calls { ...CallFull }\n    }\n  }\n": types.IngestDocument,
    "\n  query Network($center: ID!, $depth: Int, $from: Date, $to: Date, $limit: Int) {\n    contactNetwork(center: $center, depth: $depth, from: $from, to: $to, limit: $limit) {\n      truncated\n      nodes { id name kind depth callCount country { ...CountryRef } }\n      edges { source target weight firstContact lastContact }\n    }\n  }\n": types.NetworkDocument,
    "\n  query Overview($leaders: Int, $calls: Int) {\n    mostActiveActors(kind: LEADER, first: $leaders) { actor { id name country { ...CountryRef } } callCount lastContact }\n    calls(first: $calls) { edges { node { id date medium participants { id name country { ...CountryRef } } } } }\n  }\n": types.OverviewDocument,
    "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      snippet\n      node {\n        __typename\n        ... on Leader { id name country { ...CountryRef } }\n        ... on Official { id name country { ...CountryRef } }\n        ... on Institution { id name country { ...CountryRef } }\n        ... on Country { code name }\n        ... on Topic { name }\n        ... on Call { id date participants { name } }\n        ... on Tweet { author { id name } }\n        ... on Commitment { kind maker { id name } }\n      }\n    }\n  }\n": types.SearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CallTotal($where: CallWhere) { calls(where: $where, first: 0) { totalCount } }"): typeof import('./graphql.js').CallTotalDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ContactAdded {\n    contactAdded {\n      id date medium\n      participants { id name country { code } }\n    }\n  }\n"): typeof import('./graphql.js').ContactAddedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountryContacts($from: Date, $to: Date, $first: Int) {\n    countryContacts(from: $from, to: $to, first: $first) { a { ...CountryRef } b { ...CountryRef } callCount firstContact lastContact }\n  }\n"): typeof import('./graphql.js').CountryContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActorDetail($id: ID!, $calls: Int, $from: Date, $to: Date) {\n    actor(id: $id) {\n      id name title country { ...CountryRef }\n      calls(first: $calls, from: $from, to: $to) { totalCount edges { node { ...CallBrief } } }\n      tweets(first: 20) { edges { node { ...TweetDetail } } }\n      commitments(first: 20) { edges { node { ...CommitmentDetail } } }\n    }\n  }\n"): typeof import('./graphql.js').ActorDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SharedCalls($id: ID!, $from: Date, $to: Date) {\n    actor(id: $id) { calls(first: 100, from: $from, to: $to) { edges { node { id participants { id } } } } }\n  }\n"): typeof import('./graphql.js').SharedCallsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FullCall($id: ID!) { call(id: $id) { ...CallFull } }"): typeof import('./graphql.js').FullCallDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Topic($name: String!) { topic(name: $name) { name calls(first: 20) { edges { node { ...CallBrief } } } } }\n"): typeof import('./graphql.js').TopicDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dyad($a: ID!, $b: ID!, $interval: Interval, $from: Date, $to: Date) {\n    dyad(a: $a, b: $b, interval: $interval, from: $from, to: $to) { period count }\n  }\n"): typeof import('./graphql.js').DyadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CallsPerPeriod($a: ID!, $interval: Interval, $from: Date, $to: Date) {\n    callsPerPeriod(of: $a, interval: $interval, from: $from, to: $to) { period count }\n  }\n"): typeof import('./graphql.js').CallsPerPeriodDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CountryRef on Country { code name }"): typeof import('./graphql.js').CountryRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SourceRef on Source { quote rule article { id url title publishedOn } }"): typeof import('./graphql.js').SourceRefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment TweetDetail on Tweet { text postedOn author { name } sources { ...SourceRef } }"): typeof import('./graphql.js').TweetDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CallBrief on Call { id date medium topics participants { id name } sources { ...SourceRef } }"): typeof import('./graphql.js').CallBriefFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CallFull on Call { ...CallBrief tweets { ...TweetDetail } }"): typeof import('./graphql.js').CallFullFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommitmentDetail on Commitment {\n    id kind quote date maker { id name } target { ...CountryRef } beneficiary { ...CountryRef } sources { ...SourceRef }\n  }\n"): typeof import('./graphql.js').CommitmentDetailFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Ingest($input: IngestArticleInput!) {\n    ingestArticle(input: $input) {\n      created warnings tweetCount commitmentCount incidentCount\n      article { id url title publishedOn textLength }\n      calls { ...CallFull }\n    }\n  }\n"): typeof import('./graphql.js').IngestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Network($center: ID!, $depth: Int, $from: Date, $to: Date, $limit: Int) {\n    contactNetwork(center: $center, depth: $depth, from: $from, to: $to, limit: $limit) {\n      truncated\n      nodes { id name kind depth callCount country { ...CountryRef } }\n      edges { source target weight firstContact lastContact }\n    }\n  }\n"): typeof import('./graphql.js').NetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Overview($leaders: Int, $calls: Int) {\n    mostActiveActors(kind: LEADER, first: $leaders) { actor { id name country { ...CountryRef } } callCount lastContact }\n    calls(first: $calls) { edges { node { id date medium participants { id name country { ...CountryRef } } } } }\n  }\n"): typeof import('./graphql.js').OverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($text: String!, $first: Int) {\n    search(text: $text, first: $first) {\n      score\n      snippet\n      node {\n        __typename\n        ... on Leader { id name country { ...CountryRef } }\n        ... on Official { id name country { ...CountryRef } }\n        ... on Institution { id name country { ...CountryRef } }\n        ... on Country { code name }\n        ... on Topic { name }\n        ... on Call { id date participants { name } }\n        ... on Tweet { author { id name } }\n        ... on Commitment { kind maker { id name } }\n      }\n    }\n  }\n"): typeof import('./graphql.js').SearchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
