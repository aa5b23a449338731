/**
 * Stage 10 — the facts document. Gives every fact its deterministic id (src/facts/fact-ids.ts),
 * turns provenance into evidence (quote = the sentence as written, offsets into the body), keeps
 * institutions and unnamed office holders only when they are party to a fact, and validates
 * the result against the contract: a cheap check of the extractor's own output (conforms.ts), and
 * the zod schema only when that check is unsure (it then throws the contract's message).
 */
import { articleId, callId, commitmentId, incidentId, tweetId } from '../facts/fact-ids.js';
import { parseFactsDocument, type Evidence, type FactsDocument } from '../facts/facts-document.js';
import { conformsToFacts } from '../facts/conforms.js';
import type { Article, Provenance } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { callOfTweet } from './call-of-tweet.js';

export const EXTRACTOR_VERSION = 'diplograph-extract/0.1.0';

/** The document's own copy of an array the article holds (as zod's parse gave). */
const copy = <T>(xs: T[]): T[] => (Array.isArray(xs) ? xs.slice() : xs);

/** Each code's name as the gazetteer's first country of that code gives it (read once per gazetteer). */
const namesByGazetteer = new WeakMap<GazetteerView, Map<string, string>>();
function countryNames(gazetteer: GazetteerView): Map<string, string> {
  let names = namesByGazetteer.get(gazetteer);
  if (!names) {
    names = new Map();
    for (const c of gazetteer.countries) if (!names.has(c.code)) names.set(c.code, c.name);
    namesByGazetteer.set(gazetteer, names);
  }
  return names;
}

export function buildDocument(article: Article, gazetteer: GazetteerView): FactsDocument {
  const { body, sentences } = article;
  const source = articleId(body, article.publishedOn);
  const evidence = (p: Provenance, quoteOnly = false): Evidence => {
    const s = sentences[p.sentence];
    const [start, end] = quoteOnly || !s ? [p.start, p.end] : [Math.min(s.start, p.start), Math.max(s.end, p.end)];
    return { quote: body.slice(start, end), start, end, rule: p.rule, sentence: p.sentence };
  };
  const calls = article.calls.map((c) => ({
    id: callId(c.participants, c.date, source), date: c.date, dateText: c.dateText, medium: c.medium,
    participants: [...new Set(c.participants)], topics: copy(c.topics), evidence: c.evidence.map((e) => evidence(e)),
  }));
  const tweets = article.tweets.map((t) => {
    const about = callOfTweet(article, t);
    return {
      id: tweetId(t.author, t.text), author: t.author, text: t.text, date: t.date, platform: t.platform ?? undefined,
      mentions: copy(t.mentions), hashtags: copy(t.hashtags), about: about >= 0 ? calls[about].id : null,
      evidence: t.evidence.map((e) => evidence(e, true)),
    };
  });
  const commitments = article.commitments.map((c) => ({
    id: commitmentId(c), by: c.by, byCountry: c.byCountry, kind: c.kind, target: c.target, beneficiary: c.beneficiary,
    date: c.date, quote: body.slice(sentences[c.evidence[0].sentence].start, sentences[c.evidence[0].sentence].end),
    evidence: c.evidence.map((e) => evidence(e)),
  }));
  const incidents = article.incidents.map((i) => ({
    id: incidentId(i), kind: i.kind, perpetrator: i.perpetrator, place: i.place, country: i.country, date: i.date,
    killed: i.killed, injured: i.injured, evidence: i.evidence.map((e) => evidence(e)),
  }));
  const parties = new Set([...calls.flatMap((c) => c.participants), ...tweets.map((t) => t.author), ...commitments.map((c) => c.by)]);
  const mentioned = new Set(article.mentions.map((m) => m.actor));
  const actors = article.actors
    .filter((a) => ((a.origin === 'titled' && !a.untitled) || a.origin === 'gazetteer' ? true : parties.has(a.id)))
    .filter((a) => a.origin !== 'gazetteer' || mentioned.has(a.id) || a.namedOnly)
    .map((a) => ({ id: a.id, kind: a.kind, name: a.name, aliases: a.aliases.filter((x) => x !== a.name), handles: copy(a.handles), title: a.title, country: a.country }));
  const codes = new Set([...article.countries.map((c) => c.code), ...actors.map((a) => a.country).filter((c): c is string => !!c)]);
  const names = countryNames(gazetteer);
  const countries = [...codes].map((code) => ({ code, name: names.get(code) ?? code }));
  // Keys in the schema's order: a document that conforms is the one zod would return.
  const document = {
    source: { id: source, publishedOn: article.publishedOn, url: article.url, title: article.title ?? undefined, extractorVersion: EXTRACTOR_VERSION },
    actors, countries, calls, tweets, commitments, incidents,
  };
  return conformsToFacts(document) ? (document as FactsDocument) : parseFactsDocument(document);
}
