/**
 * Turns a facts document into the fixed list of statements that writes it (fact-cypher.ts): the
 * same ten statements, in the same order, for every document — only `$rows` differ. Pure: no
 * database, no clock. Dangling references inside the document (a call participant, a tweet's
 * author or subject that the document does not define) are refused before anything is written.
 *
 * @example
 *   const statements = buildFactStatements(parseFactsDocument(json));
 *   await store.writeAll(statements); // one transaction: the article is in the graph whole or not at all
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

export interface BuildOptions {
  /** Length of the article body, when the caller has the text. */
  textLength?: number | null;
}

export type NamedStatement = Statement & { name: FactStatementName };

export function buildFactStatements(facts: FactsDocument, options: BuildOptions = {}): NamedStatement[] {
  assertReferences(facts);
  const articleId = facts.source.id;
  const rows: Record<Exclude<FactStatementName, 'article'>, unknown[]> = {
    countries: countryRows(facts),
    actors: facts.actors.map((a) => ({
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
      id: c.id,
      date: c.date,
      datePrecision: c.date ? 'day' : 'unknown',
      dateText: c.dateText ?? null,
      medium: c.medium,
      ...stated(callEventCodes(c.medium), c),
      participants: unique(c.participants),
      topics: unique(c.topics.map(topicName).filter(Boolean)),
      evidence: evidenceRows(c.evidence),
    })),
    incidents: facts.incidents.map((i) => ({
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
      const callIds = new Set(facts.calls.map((c) => c.id));
      return {
        id: t.id,
        author: t.author,
        text: t.text,
        date: t.date,
        platform: t.platform ?? null,
        hashtags: unique(t.hashtags),
        mentions: unique(t.mentions),
        aboutCalls: t.about && callIds.has(t.about) ? [t.about] : [],
        aboutIncidents: t.about && !callIds.has(t.about) ? [t.about] : [],
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
  const article = {
    id: articleId,
    url: facts.source.url ?? null,
    title: facts.source.title ?? null,
    publishedOn: facts.source.publishedOn,
    extractorVersion: facts.source.extractorVersion ?? null,
    textLength: options.textLength ?? null,
  };
  return (Object.keys(factCypher) as FactStatementName[]).map((name) => ({
    name,
    cypher: factCypher[name],
    params: name === 'article' ? { article } : { articleId, rows: rows[name] },
  }));
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
