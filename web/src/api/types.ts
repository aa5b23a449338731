/** The shapes the page reads from the public GraphQL API (schema/*.graphql), as plain data. */
export type ActorKind = 'LEADER' | 'OFFICIAL' | 'INSTITUTION';

export interface CountryRef {
  code: string;
  name: string;
}

export interface NetworkNode {
  id: string;
  name: string;
  kind: ActorKind;
  country: CountryRef | null;
  depth: number;
  callCount: number;
}

export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
  firstContact: string | null;
  lastContact: string | null;
}

export interface ContactNetwork {
  nodes: NetworkNode[];
  edges: NetworkEdge[];
  truncated: boolean;
}

export interface ArticleRef {
  id?: string;
  url: string | null;
  title: string | null;
  publishedOn: string | null;
}

export interface SourceRef {
  quote: string;
  rule?: string | null;
  article: ArticleRef;
}

export interface TweetDetail {
  text: string;
  postedOn: string | null;
  author: { name: string } | null;
  sources: SourceRef[];
}

export interface CallDetail {
  id: string;
  date: string | null;
  medium: string;
  topics: string[];
  participants: { id: string; name: string }[];
  /** Absent when the query left them out (an actor's call list). */
  tweets?: TweetDetail[];
  sources: SourceRef[];
}

export interface CommitmentDetail {
  id: string;
  kind: string;
  quote: string;
  date: string | null;
  maker: { id: string; name: string } | null;
  target: CountryRef | null;
  beneficiary: CountryRef | null;
  sources: SourceRef[];
}

/** One suggestion of the search box. */
export interface Suggestion {
  kind: 'actor' | 'country' | 'topic' | 'call' | 'other';
  /** Actor id, country code, topic name or call id. */
  key: string;
  label: string;
  detail: string;
}

export interface DyadBucket {
  period: string;
  count: number;
}
