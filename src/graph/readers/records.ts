/**
 * The plain shapes the readers return: a node's properties as stored (docs/graph-model.md), dates
 * as YYYY-MM-DD strings, date-times as ISO strings. Nothing here is a driver type.
 *
 * The SDL declares every property a node type stores (schema/*.graphql); these types do not
 * repeat it. A node record is its key and its properties by name, and names only the properties
 * the service's own code relies on: what types an actor in the API, which country it belongs to.
 * Adding a stored field is an SDL edit (and a resolver when the stored value needs one), never
 * an edit here.
 */
import type { ActorKind } from '../../facts/facts-document.js';

export type { ActorKind };

/** Any node (Actor, Country, Call, Tweet, Commitment, Incident, Article): its properties by name. */
export interface NodeRecord {
  id: string;
  [property: string]: unknown;
}

/** An actor: its kind names its API type (Leader, Official or Institution). */
export interface ActorRecord extends NodeRecord {
  name: string;
  kind: ActorKind;
  /** Its country's code, which `country` loads. */
  country?: string | null;
}

/** A country, keyed by its code. */
export interface CountryRecord {
  code: string;
  name: string;
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

/**
 * What a relation or question reader returns beside nodes: the map its Cypher builds, whose fields
 * are those of the SDL type it answers (Source, Office, Counterpart); named here are only the
 * nodes inside it.
 */
export interface SourceRecord {
  /** The article that reported the fact; beside it the REPORTS edge's quote, span, sentence and rule. */
  article: NodeRecord;
  [field: string]: unknown;
}

export interface OfficeRecord {
  /** The country of the HOLDS_OFFICE edge; beside it the edge's title, since, until and source. */
  country: CountryRecord;
  [field: string]: unknown;
}

export interface CounterpartRecord {
  /** The other actor; beside it the count and dates of their shared calls. */
  actor: ActorRecord;
  [field: string]: unknown;
}
