/**
 * One normalised event → the facts it contributes to its article's facts document: the actors
 * and countries of both sides and one Call, Commitment or Incident (fact-rule.ts decides which),
 * or the reason the event is not imported. Ids come from src/facts/fact-ids.ts, so the mirrored
 * rows GDELT and ICEWS write for one meeting (A→B and B→A, same day) give the same call id.
 *
 * @example
 *   const mapped = eventToFacts(event, lookup);
 *   if (mapped.kept) batcher.add(mapped.facts); else ignored.push(mapped.reason);
 */
import type { Actor, Call, Commitment, Country, Evidence, Incident, Source } from '../facts/facts-document.js';
import { articleId, callId, commitmentId, incidentId } from '../facts/fact-ids.js';
import type { CountryEntry } from '../gazetteer/gazetteer-types.js';
import { cameoLabel } from './cameo-codes.js';
import type { EventActor, SourceEvent } from './event-record.js';
import { ruleForEvent } from './fact-rule.js';
import type { InteropLookup } from './interop-lookup.js';
import { resolveEventActor, type ResolvedActor } from './resolve-event-actor.js';

/** A fragment of a facts document, for the article `articleKey`. */
export interface EventFacts {
  articleKey: string;
  source: Source;
  actors: Actor[];
  countries: Country[];
  calls: Call[];
  commitments: Commitment[];
  incidents: Incident[];
}

export type MappedEvent = { kept: true; facts: EventFacts } | { kept: false; reason: string };

export function eventToFacts(event: SourceEvent, lookup: InteropLookup): MappedEvent {
  const rule = ruleForEvent(event);
  if (!rule) {
    const code = event.plover ? `PLOVER ${event.plover.event}` : `CAMEO ${event.cameo}`;
    return { kept: false, reason: `${code} is not a consult, aid, sanction or force event` };
  }
  const resolve = (sides: EventActor[]) =>
    sides.map((s) => resolveEventActor(s, event.format, event.date, lookup)).filter((r): r is ResolvedActor => r !== null);
  const sources = resolve(event.source);
  const targets = resolve(event.target);
  const all = [...sources, ...targets];
  const quote = event.text ?? describeEvent(event);
  const evidence: Evidence[] = [
    { quote, start: 0, end: quote.length, rule: `import:${event.format}:${ruleCode(event)}`, ...(event.sentence !== null ? { sentence: event.sentence } : {}) },
  ];
  const facts: EventFacts = {
    articleKey: event.article.key,
    source: {
      id: articleId(event.article.key),
      publishedOn: event.article.publishedOn,
      ...(event.article.url ? { url: event.article.url } : {}),
      ...(event.article.title ? { title: event.article.title } : {}),
      extractorVersion: `import:${event.format}`,
    },
    actors: uniqueBy(all.map((r) => r.actor), (a) => a.id),
    countries: uniqueBy(all.flatMap((r) => (r.country ? [{ code: r.country.code, name: r.country.name }] : [])), (c) => c.code),
    calls: [],
    commitments: [],
    incidents: [],
  };
  const countryOf = (r: ResolvedActor | undefined) => r?.country?.code ?? r?.actor.country ?? null;
  // The source's own codes travel with the fact, so a 042 visit stays 042 in the graph.
  const codes = {
    cameo: /^\d{2,4}$/.test(rule.cameo ?? '') ? rule.cameo : null,
    ploverEvent: event.plover?.event ?? ploverOfCameo(rule.cameo),
    ploverMode: event.plover?.mode ?? null,
  };

  if (rule.fact === 'call') {
    const participants = [...new Set(all.map((r) => r.actor.id))];
    if (participants.length < 2) return { kept: false, reason: `a consult event needs two distinct known actors, found ${participants.length}` };
    facts.calls.push({ id: callId(participants, event.date, facts.source.id), date: event.date, medium: rule.medium, participants, topics: [], ...codes, evidence });
  } else if (rule.fact === 'commitment') {
    const maker = sources[0];
    if (!maker) return { kept: false, reason: 'the event names no known source actor to make the commitment' };
    const other = countryOf(targets[0]);
    const parts = {
      by: maker.actor.id,
      byCountry: countryOf(maker),
      kind: rule.kind,
      target: rule.toward === 'target' ? other : null,
      beneficiary: rule.toward === 'beneficiary' ? other : null,
      date: event.date,
    };
    facts.commitments.push({ id: commitmentId(parts), ...parts, quote, ...codes, evidence });
  } else {
    const placeCountry = placeCountryOf(event, lookup) ?? countryOf(targets[0]);
    if (placeCountry && !facts.countries.some((c) => c.code === placeCountry)) {
      facts.countries.push({ code: placeCountry, name: lookup.countryByAlpha2(placeCountry)?.name ?? placeCountry });
    }
    const parts = { kind: rule.kind, perpetrator: countryOf(sources[0]), place: event.place.name, country: placeCountry, date: event.date };
    facts.incidents.push({ id: incidentId(parts), ...parts, killed: event.killed, injured: event.injured, ...codes, evidence });
  }
  return { kept: true, facts };
}

/** PLOVER's event type for a CAMEO code, by its root (the PLOVER project's CAMEO table, coarsely). */
function ploverOfCameo(cameo: string | null | undefined): string | null {
  const root = cameo?.slice(0, 2);
  const byRoot: Record<string, string> = { '02': 'REQUEST', '03': 'AGREE', '04': 'CONSULT', '05': 'COOPERATE', '07': 'AID', '16': 'REDUCE', '18': 'ASSAULT', '19': 'FIGHT', '20': 'ASSAULT' };
  if (cameo?.startsWith('163')) return 'SANCTION';
  return root ? byRoot[root] ?? null : null;
}

/** The code an evidence rule names: the CAMEO code, or PLOVER's event/mode. */
function ruleCode(event: SourceEvent): string {
  if (event.plover) return event.plover.mode ? `${event.plover.event}/${event.plover.mode}` : event.plover.event;
  return event.cameo ?? 'unknown';
}

/** Where an incident happened, when the format says (GDELT's ActionGeo uses FIPS codes, which we do not map). */
function placeCountryOf(event: SourceEvent, lookup: InteropLookup): string | null {
  const { countryCode, countryName } = event.place;
  const entry: CountryEntry | null =
    (countryCode ? lookup.countryByAlpha2(countryCode) ?? lookup.countryByAlpha3(countryCode) : null) ??
    (countryName ? lookup.countryByName(countryName) : null);
  return entry?.code ?? null;
}

/** A sentence standing in for the text GDELT rows do not carry. */
export function describeEvent(event: SourceEvent): string {
  const side = (actors: EventActor[]) =>
    actors.map((a) => [a.name, a.code && `(${a.code})`].filter(Boolean).join(' ')).join(', ') || 'unknown actor';
  const label = event.cameo ? `${cameoLabel(event.cameo) ?? 'CAMEO event'} [CAMEO ${event.cameo}]` : event.plover?.event ?? 'event';
  const where = event.place.name ? ` in ${event.place.name}` : '';
  return `${event.format.toUpperCase()} event ${event.sourceId} on ${event.date ?? 'an unknown date'}: ${side(event.source)} → ${side(event.target)}: ${label}${where}`;
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}
