/**
 * The extractor: article text → facts document, as an explicit, ordered list of named stages.
 * Each stage is a pure function of the article state (extraction-types.ts) and the gazetteer.
 *
 * Offsets in evidence index into the body: the input without its `date YYYY-MM-DD` header line.
 *
 * @example
 *   const { document } = extractFacts('date 2022-03-02\nBiden spoke with Zelenskyy on Tuesday.');
 */
import type { FactsDocument } from '../facts/facts-document.js';
import { loadGazetteer } from '../gazetteer/load-gazetteer.js';
import type { Article, Stage } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { buildDocument } from './build-document.js';
import { findActors } from './find-actors.js';
import { findCommitments } from './find-commitments.js';
import { findContacts } from './find-contacts.js';
import { findCountries } from './find-countries.js';
import { findIncidents } from './find-incidents.js';
import { findTweets } from './find-tweets.js';
import { findTopics } from './find-topics.js';
import { TAGGER_STAGES } from './find-tagged-contacts.js';
import { readHeader } from './read-header.js';
import { resolveCoreference } from './resolve-coreference.js';
import { resolveDates } from './resolve-dates.js';
import { splitSentences } from './split-sentences.js';

export interface ExtractOptions {
  publishedOn?: string;
  url?: string;
  title?: string;
  /** Defaults to the gazetteer in seeds/ (loadGazetteer). */
  gazetteer?: GazetteerView;
}

export interface ExtractionResult {
  document: FactsDocument;
  /** The body the evidence offsets index into. */
  body: string;
  /** Length of the header removed from the input before the body. */
  headerLength: number;
}

/** The stages in order; header reading happens before them (it creates the article). */
export const STAGES: ReadonlyArray<{ name: string; run: Stage }> = [
  { name: 'sentences', run: splitSentences },
  { name: 'countries', run: findCountries },
  { name: 'actors', run: findActors },
  { name: 'coreference', run: resolveCoreference },
  { name: 'dates', run: resolveDates },
  { name: 'contacts', run: findContacts },
  ...TAGGER_STAGES, // DIPLOGRAPH_TAGGER=1 only: contacts read from the tagger's clauses (issue 14, measured)
  { name: 'tweets', run: findTweets },
  { name: 'topics', run: findTopics },
  { name: 'commitments', run: findCommitments },
  { name: 'incidents', run: findIncidents },
];

/** Runs every stage and returns the article state (for tests and --explain). */
export function runStages(text: string, opts: ExtractOptions, gazetteer: GazetteerView): Article {
  let article = readHeader(text, opts);
  for (const stage of STAGES) article = stage.run(article, gazetteer);
  return article;
}

/** Extracts the facts document of one article. */
export function extractFacts(text: string, opts: ExtractOptions = {}): ExtractionResult {
  return extractWith(text, opts, opts.gazetteer ?? loadGazetteer());
}

export function extractWith(text: string, opts: ExtractOptions, gazetteer: GazetteerView): ExtractionResult {
  const article = runStages(text, opts, gazetteer);
  return { document: buildDocument(article, gazetteer), body: article.body, headerLength: article.headerLength };
}
