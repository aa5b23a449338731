/**
 * The working state that flows through the extraction stages (pipeline.ts). Each stage is a pure
 * function `(article, gazetteer) => article` that returns a copy with its own fields filled in.
 *
 * Offsets: every `start`/`end` is a character offset into `body`, which is the text given to
 * `extractFacts` with the leading `date YYYY-MM-DD` header (and the white space after it)
 * removed. The title line, when present, stays in the body. `scan` is the body with characters
 * replaced one-for-one (non-breaking spaces and line breaks → spaces, curly quotes → straight),
 * so an offset found in `scan` is valid in `body` and `body.slice(start, end)` is the quote.
 */
import type { ActorKind, Medium } from '../facts/facts-document.js';
import type { CommitmentKey } from '../facts/fact-ids.js';
import type { GazetteerView } from './gazetteer-view.js';

export interface Span {
  start: number;
  end: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
  /** True for the headline (the first paragraph when it is one line without final punctuation). */
  isTitle: boolean;
}

/** An actor the article names or clearly refers to. */
export interface ActorRecord {
  id: string;
  kind: ActorKind;
  name: string;
  aliases: string[];
  handles: string[];
  title: string | null;
  country: string | null;
  /** Where the actor came from: the gazetteer, a title in the text, or an unnamed office holder. */
  origin: 'gazetteer' | 'titled' | 'role' | 'institution';
  /** The country was guessed from the countries named around the person, not read from a title or the gazetteer. */
  countryGuessed?: boolean;
  /** Named without a title, only as the party of a contact (untitled-parties.ts): an actor only while party to a fact. */
  untitled?: boolean;
  /** Named where the name is no person ("the Biden administration", not-the-leader.ts): an actor of the article, with no mention a fact could take as its party. */
  namedOnly?: boolean;
}

/** One place in the text that refers to an actor. */
export interface Mention extends Span {
  actor: string;
  sentence: number;
  /** Rule id that produced the mention ("title.before-name", "coref.he" …). */
  rule: string;
  /** Pronouns, roles and groups are references; names, handles and titled names are not. */
  reference: boolean;
}

export interface CountryMention extends Span {
  code: string;
  sentence: number;
  /** name, demonym, capital (metonym) or alias. */
  via: 'name' | 'demonym' | 'capital' | 'alias' | 'actor';
}

/** A quoted passage with the actor it is attributed to. */
export interface Quote extends Span {
  /** Offsets of the quoted words, without the quotation marks. */
  inner: Span;
  sentence: number;
  speaker: string | null;
  /** Social-media platform named in the attribution ("X", "Twitter", …), if any. */
  platform: string | null;
  /** The post rule (post-rules.ts) that named the platform. */
  platformRule?: string;
  /** The attribution names a non-social medium (letter, news conference, reporters …). */
  otherMedium: boolean;
  /** A verb of saying or writing introduces the quote. */
  speech: boolean;
}

/** A title with no name after it ("the President of Ukraine"), resolved by coreference. */
export interface RoleMention extends Span {
  sentence: number;
  title: string;
  titleClass: string;
  kind: ActorKind | 'counterpart';
  country: string | null;
  orgBound: boolean;
  definite: boolean;
}

export interface DateMention extends Span {
  sentence: number;
  /** YYYY-MM-DD, or null when the phrase names no day ("this month"). */
  date: string | null;
  /** "earlier in the day": the day of the story told so far. */
  anaphoric: boolean;
  rule: string;
}

export interface Provenance extends Span {
  rule: string;
  sentence: number;
}

export interface CallDraft {
  participants: string[];
  medium: Medium;
  date: string | null;
  dateText: string | null;
  topics: string[];
  evidence: Provenance[];
}

export interface TweetDraft {
  author: string;
  text: string;
  platform: string | null;
  date: string | null;
  mentions: string[];
  hashtags: string[];
  /** Offsets of the quoted text, used to link the tweet to a call reported inside it. */
  quoteSpans: Span[];
  evidence: Provenance[];
}

/** A commitment as found: its key fields (fact-ids.ts) and the evidence for it. */
export interface CommitmentDraft extends CommitmentKey {
  evidence: Provenance[];
}

export interface IncidentDraft {
  kind: string;
  perpetrator: string | null;
  place: string | null;
  country: string | null;
  date: string | null;
  killed: number | null;
  injured: number | null;
  evidence: Provenance[];
}

export interface Article {
  input: string;
  body: string;
  scan: string;
  /** Length of the header removed from the input before `body` starts. */
  headerLength: number;
  publishedOn: string | null;
  title: string | null;
  url?: string;
  sentences: Sentence[];
  countries: CountryMention[];
  actors: ActorRecord[];
  mentions: Mention[];
  roles: RoleMention[];
  /** Who "I" and "we" are outside quotes: the author of a statement, the signatories of a declaration. */
  authors: string[];
  quotes: Quote[];
  dates: DateMention[];
  calls: CallDraft[];
  tweets: TweetDraft[];
  commitments: CommitmentDraft[];
  incidents: IncidentDraft[];
}

export type Stage = (article: Article, gazetteer: GazetteerView) => Article;

/** A rule as data: an id, a sentence it fires on, why it exists, and its pattern. */
export interface Rule {
  id: string;
  example: string;
  reason: string;
  pattern: RegExp;
}
