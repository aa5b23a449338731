/**
 * The plain shapes the readers return: a node's properties as stored (docs/graph-model.md), dates
 * as YYYY-MM-DD strings, date-times as ISO strings. Nothing here is a driver type.
 */

export type ActorKind = 'leader' | 'official' | 'institution';

export interface ActorRecord {
  id: string;
  name: string;
  aliases?: string[];
  handles?: string[];
  kind: ActorKind;
  title?: string | null;
  country?: string | null;
}

export interface CountryRecord {
  code: string;
  name: string;
  alpha3?: string | null;
  aliases?: string[];
  demonyms?: string[];
  capitals?: string[];
  historical?: boolean | null;
}

/** Any fact node (Call, Tweet, Commitment, Incident) or Article: `id` plus its stored properties. */
export interface NodeRecord {
  id: string;
  [property: string]: unknown;
}

/** A Tweet's subject: a Call or an Incident, with the label that says which. */
export interface SubjectRecord extends NodeRecord {
  label: 'Call' | 'Incident';
}

/** A fact with the label that says which kind it is (for the API's unions). */
export interface LabelledRecord extends NodeRecord {
  label: 'Call' | 'Tweet' | 'Commitment' | 'Incident';
}

/** A REPORTS edge: the article that reported a fact, and the span of its text that says so. */
export interface SourceRecord {
  article: NodeRecord;
  quote: string;
  start: number;
  end: number;
  sentence: number | null;
  rule: string | null;
}

export interface OfficeRecord {
  title: string;
  since: string | null;
  until: string | null;
  source: string | null;
  country: CountryRecord;
}

export interface CounterpartRecord {
  actor: ActorRecord;
  callCount: number;
  firstContact: string | null;
  lastContact: string | null;
}
