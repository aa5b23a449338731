/**
 * Turns facts documents into the fixed list of statements that writes them (fact-cypher.ts): the
 * same ten statements, in the same order, whatever is written — only `$articles` and `$rows`
 * differ. A batch of documents is written by the same statements as one document: the rows of
 * all documents are concatenated, each row carrying its own `articleId`. Pure: no database, no
 * clock. Dangling references inside a document (a call participant, a tweet's author or subject
 * that the document does not define) are refused before anything is written.
 *
 * @example
 *   const statements = buildFactStatements(parseFactsDocument(json));
 *   await store.writeAll(statements); // one transaction: the article is in the graph whole or not at all
 *   const batch = buildBatchStatements(docs.map((d) => buildDocumentRows(d))); // many articles, one transaction
 */
import { FactsDocumentError, type Evidence, type FactsDocument } from '../facts/facts-document.js';
import { callEventCodes, commitmentEventCodes, incidentEventCodes, type EventCodes } from './event-codes.js';

/** The codes a fact states itself (imported event data) win over those derived from its kind. */
function stated(derived: EventCodes, fact: { cameo?: string | null; ploverEvent?: string | null; ploverMode?: string | null }): EventCodes {
  if (!fact.cameo && !fact.ploverEvent) return derived;
  return { cameo: fact.cameo ?? derived.cameo, ploverEvent: fact.ploverEvent ?? derived.ploverEvent, ploverMode: fact.ploverMode ?? null };
}
import { factCypher, type FactStatementName } from './fact-cypher.js';
import type { Statement } from './graph-store.js';
import { SAME_CONTACT_DAYS } from './same-contact-cypher.js';

export interface BuildOptions {
  /** Length of the article body, when the caller has the text. */
  textLength?: number | null;
}

export type NamedStatement = Statement & { name: FactStatementName };

/** Statements that take `$articles` (the batch's Article rows) rather than `$rows`. */
type ArticleStatementName = 'article' | 'articleWritten';
type RowStatementName = Exclude<FactStatementName, ArticleStatementName>;

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  publishedOn: string | null;
  extractorVersion: string | null;
  textLength: number | null;
}

/** What one validated document contributes to the statements: its article and its rows per statement. */
export interface DocumentRows {
  article: ArticleRow;
  rows: Record<RowStatementName, Array<Record<string, unknown>>>;
}

/** Statements whose rows do not refer to the article: identical rows from several documents are sent once. */
const ARTICLE_FREE: ReadonlySet<RowStatementName> = new Set(['actorOffices', 'institutionCountries', 'tweetMentionsByHandle']);

/** Parameters besides `$rows` that a statement's text names: the same-contact window. */
const PARAMS: Partial<Record<RowStatementName, Record<string, unknown>>> = {
  calls: { sameContactDays: SAME_CONTACT_DAYS },
  tweets: { sameContactDays: SAME_CONTACT_DAYS },
};

/** The statements that write one document (a batch of one). */
export function buildFactStatements(facts: FactsDocument, options: BuildOptions = {}): NamedStatement[] {
  return buildBatchStatements([buildDocumentRows(facts, options)]);
}

/** Statements whose rows write a MENTIONS edge from the article to the row's `code` or `id`. */
const MENTIONING: ReadonlySet<RowStatementName> = new Set(['countries', 'actors']);

/** The statements that write many documents in one transaction: every document's rows, in document order. */
export function buildBatchStatements(documents: DocumentRows[]): NamedStatement[] {
  return (Object.keys(factCypher) as FactStatementName[]).map((name) => ({
    name,
    cypher: factCypher[name],
    params: isArticleStatement(name) ? { articles: articlesOf(documents, name) } : { rows: concatRows(documents, name), ...PARAMS[name] },
  }));
}

function isArticleStatement(name: FactStatementName): name is ArticleStatementName {
  return name === 'article' || name === 'articleWritten';
}

function articlesOf(documents: DocumentRows[], name: ArticleStatementName): Array<Record<string, unknown>> {
  return name === 'article' ? documents.map((d) => ({ ...d.article })) : unique(documents.map((d) => d.article.id)).map((id) => ({ id }));
}

function concatRows(documents: DocumentRows[], name: RowStatementName): Array<Record<string, unknown>> {
  const all = documents.flatMap((d) => d.rows[name]);
  if (name === 'actors') return markUnique(foldActorRows(all), documents);
  if (MENTIONING.has(name)) return markUnique(all, documents);
  if (!ARTICLE_FREE.has(name) || documents.length < 2) return all;
  const seen = new Set<string>();
  return all.filter((row) => {
    const key = JSON.stringify(row);
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

/**
 * The server may read every row's actor before it writes any (an Eager step in the plan), so two
 * rows updating one actor would both add the same new alias. The first row of each actor carries
 * what all its rows bring (first title and country, aliases and handles in order), the later rows
 * nothing but their MENTIONS edge — the result of writing the documents one by one.
 */
function foldActorRows(rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const first = new Map<unknown, Record<string, unknown>>();
  return rows.map((row) => {
    const folded = first.get(row.id);
    if (!folded) {
      const copy = { ...row };
      first.set(row.id, copy);
      return copy;
    }
    folded.title ??= row.title;
    folded.country ??= row.country;
    folded.aliases = unique([...(folded.aliases as string[]), ...(row.aliases as string[])]);
    folded.handles = unique([...(folded.handles as string[]), ...(row.handles as string[])]);
    return { ...row, title: null, country: null, aliases: [], handles: [] };
  });
}

/**
 * `unique: true` on the rows whose MENTIONS edge may be CREATEd when the article is new
 * (fact-cypher.ts): the article occurs once in the batch and the target once in its document.
 */
function markUnique(rows: Array<Record<string, unknown>>, documents: DocumentRows[]): Array<Record<string, unknown>> {
  const occurrences = new Map<string, number>();
  for (const d of documents) occurrences.set(d.article.id, (occurrences.get(d.article.id) ?? 0) + 1);
  const seen = new Set<string>();
  return rows.map((row) => {
    const key = JSON.stringify([row.articleId, row.code ?? row.id]);
    const first = !seen.has(key);
    seen.add(key);
    return { ...row, unique: first && occurrences.get(row.articleId as string) === 1 };
  });
}

/** Validates a document's references and turns it into rows; rows that write article edges carry `articleId`. */
export function buildDocumentRows(facts: FactsDocument, options: BuildOptions = {}): DocumentRows {
  assertReferences(facts);
  const articleId = facts.source.id;
  const rows: DocumentRows['rows'] = {
    countries: countryRows(facts).map((c) => ({ articleId, ...c })),
    actors: facts.actors.map((a) => ({
      articleId,
      id: a.id,
      kind: a.kind,
      name: a.name,
      title: a.title,
      country: a.country,
      aliases: unique(a.aliases.filter((x) => x !== a.name)),
      handles: unique(a.handles ?? []),
    })),
    actorOffices: facts.actors
      .filter((a) => a.kind !== 'institution' && a.title && a.country)
      .map((a) => ({ actor: a.id, title: a.title, country: a.country })),
    institutionCountries: facts.actors
      .filter((a) => a.kind === 'institution' && a.country)
      .map((a) => ({ actor: a.id, country: a.country })),
    calls: facts.calls.map((c) => ({
      articleId,
      id: c.id,
      date: c.date,
      datePrecision: c.date ? 'day' : 'unknown',
      dateText: c.dateText ?? null,
      medium: c.medium,
      ...stated(callEventCodes(c.medium), c),
      // Sorted: the same-contact lookups compare them with a call's participants ordered by id.
      participants: unique(c.participants).sort(),
      topics: unique(c.topics.map(topicName).filter(Boolean)),
      evidence: evidenceRows(c.evidence),
    })),
    incidents: facts.incidents.map((i) => ({
      articleId,
      id: i.id,
      kind: i.kind,
      place: i.place,
      date: i.date,
      killed: i.killed,
      injured: i.injured,
      ...stated(incidentEventCodes(i.kind), i),
      perpetrators: listOf(i.perpetrator),
      countries: listOf(i.country),
      evidence: evidenceRows(i.evidence),
    })),
    commitments: facts.commitments.map((m) => ({
      articleId,
      id: m.id,
      kind: m.kind,
      quote: m.quote,
      date: m.date,
      ...stated({ ...commitmentEventCodes(m.kind), ploverMode: null }, m),
      makers: listOf(m.by),
      byCountries: listOf(m.byCountry),
      targets: listOf(m.target),
      beneficiaries: listOf(m.beneficiary),
      evidence: evidenceRows(m.evidence),
    })),
    tweets: facts.tweets.map((t) => {
      const calls = new Map(facts.calls.map((c) => [c.id, c]));
      return {
        articleId,
        id: t.id,
        author: t.author,
        text: t.text,
        date: t.date,
        platform: t.platform ?? null,
        hashtags: unique(t.hashtags),
        mentions: unique(t.mentions),
        aboutCalls: listOf(t.about ? calls.get(t.about) : null).map((c) => ({ id: c.id, participants: unique(c.participants).sort() })),
        aboutIncidents: t.about && !calls.has(t.about) ? [t.about] : [],
        mentionedActors: unique(t.mentions.map((m) => resolveMention(facts, m)).filter((id): id is string => id !== null)),
        evidence: evidenceRows(t.evidence),
      };
    }),
    tweetMentionsByHandle: facts.tweets.flatMap((t) =>
      unique(t.mentions.filter((m) => m.startsWith('@') && resolveMention(facts, m) === null).map((m) => m.toLowerCase())).map(
        (handle) => ({ tweet: t.id, handle }),
      ),
    ),
  };
  const article: ArticleRow = {
    id: articleId,
    url: facts.source.url ?? null,
    title: facts.source.title ?? null,
    publishedOn: facts.source.publishedOn,
    extractorVersion: facts.source.extractorVersion ?? null,
    textLength: options.textLength ?? null,
  };
  return { article, rows };
}

/** Topic names are compared lower-cased with single spaces: "EU  Accession" → "eu accession". */
export function topicName(topic: string): string {
  return topic.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Countries listed by the document (mentioned) plus any code a fact refers to. */
function countryRows(facts: FactsDocument): Array<{ code: string; name: string | null; mentioned: boolean }> {
  const byCode = new Map(facts.countries.map((c) => [c.code, { code: c.code, name: c.name as string | null, mentioned: true }]));
  const referred = [
    ...facts.actors.map((a) => a.country),
    ...facts.commitments.flatMap((m) => [m.byCountry, m.target, m.beneficiary]),
    ...facts.incidents.flatMap((i) => [i.perpetrator, i.country]),
  ];
  for (const code of referred) if (code && !byCode.has(code)) byCode.set(code, { code, name: null, mentioned: false });
  return [...byCode.values()];
}

function evidenceRows(evidence: Evidence[]) {
  return evidence.map((e) => ({ quote: e.quote, start: e.start, end: e.end, sentence: e.sentence ?? null, rule: e.rule }));
}

/** A tweet mention ("@OlafScholz", "Scholz") → the id of the document's actor it names, or null. */
function resolveMention(facts: FactsDocument, mention: string): string | null {
  const key = nameKey(mention);
  const actor = facts.actors.find((a) => [a.name, ...a.aliases, ...(a.handles ?? [])].some((n) => nameKey(n) === key));
  return actor?.id ?? null;
}

function nameKey(name: string): string {
  return name.replace(/^[@#]/, '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

function assertReferences(facts: FactsDocument): void {
  const actors = new Set(facts.actors.map((a) => a.id));
  const subjects = new Set([...facts.calls.map((c) => c.id), ...facts.incidents.map((i) => i.id)]);
  const problems: string[] = [];
  const need = (ok: boolean, path: string, what: string, value: unknown) =>
    ok || problems.push(`${path}: ${what} defined in the document, got ${JSON.stringify(value)}`);
  facts.calls.forEach((c, i) => c.participants.forEach((p, j) => need(actors.has(p), `calls.${i}.participants.${j}`, 'an actor id', p)));
  facts.tweets.forEach((t, i) => {
    need(actors.has(t.author), `tweets.${i}.author`, 'an actor id', t.author);
    need(t.about === null || subjects.has(t.about), `tweets.${i}.about`, 'null or a call or incident id', t.about);
  });
  facts.commitments.forEach((m, i) => need(m.by === null || actors.has(m.by), `commitments.${i}.by`, 'null or an actor id', m.by));
  if (problems.length > 0) throw new FactsDocumentError(problems);
}

function listOf<T>(value: T | null | undefined): T[] {
  return value === null || value === undefined ? [] : [value];
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
