/**
 * The article's facts indexed once for the generic commitment rules (find-commitments.ts): each
 * match looks only near itself, through per-sentence lists, never over the whole article.
 */
import type { Article, CountryMention, Mention, Quote, Span } from './extraction-types.js';
import { partyIndex, type PartyIndex } from './clause-parties.js';
import { byStart } from './span-index.js';

/** How far around a match the generic rules look for parties (a long clause, not the article). */
export const REACH = 300;

/** The article's facts indexed once, so each match looks only near itself. */
export interface Index {
  article: Article;
  countryOf: Map<string, string | null>;
  /** The first person of each country, for "thanked Germany". */
  personOf: Map<string, string>;
  countries: Map<number, CountryMention[]>;
  mentions: Map<number, Mention[]>;
  quotes: Quote[];
  parties: PartyIndex;
}


function groupBySentence<T extends Span & { sentence: number }>(items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const x of byStart(items)) {
    const list = out.get(x.sentence);
    if (list) list.push(x);
    else out.set(x.sentence, [x]);
  }
  return out;
}

export function indexOf(article: Article): Index {
  const personOf = new Map<string, string>();
  for (const a of article.actors) if (a.country && a.kind !== 'institution' && !personOf.has(a.country)) personOf.set(a.country, a.id);
  return {
    article, personOf,
    countryOf: new Map(article.actors.map((a) => [a.id, a.country])),
    countries: groupBySentence(article.countries),
    mentions: groupBySentence(article.mentions),
    quotes: byStart(article.quotes),
    parties: partyIndex(article),
  };
}

export const countryOfActor = (ix: Index, id: string | null) => (id ? ix.countryOf.get(id) ?? null : null);
