/**
 * Stage 9 — incidents. A strike sentence (incident-rules.ts) with a named place becomes an
 * incident: the place (a city after "in" or "city", or a capital), its country, the perpetrator
 * from a demonym or country before the weapon or force ("Russian forces"), casualties, and the
 * day of the story when the sentence gives none.
 */
import type { Article, IncidentDraft } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { dateForSentence } from './date-for-sentence.js';
import { INJURED, KILLED, PERPETRATOR_CONTEXT, STRIKE, toNumber } from './incident-rules.js';

const PLACE = /\b(?:in|city(?: of)?|town(?: of)?|village(?: of)?|region(?: of)?|port(?: of)?|capital) ((?:[A-Z][\p{L}'-]+)(?: [A-Z][\p{L}'-]+)?)/gu;

/** PERPETRATOR_CONTEXT: an earlier strike on the same country, else "<X> forces" in this or the previous paragraph. */
function contextAttacker(article: Article, s: Article['sentences'][number], victim: string | null, earlier: IncidentDraft[]): string | null {
  const before = earlier.find((i) => i.country === victim && i.perpetrator)?.perpetrator;
  if (before) return before;
  const nearby = article.countries.filter((c) => {
    const p = article.sentences[c.sentence]?.paragraph ?? -1;
    return (p === s.paragraph || p === s.paragraph - 1) && c.code !== victim;
  });
  return nearby.find((c) => PERPETRATOR_CONTEXT.pattern.test(article.scan.slice(c.end, c.end + 30)))?.code ?? null;
}

export function findIncidents(article: Article, gazetteer: GazetteerView): Article {
  const { scan, sentences } = article;
  const capitals = new Map<string, string>();
  for (const c of gazetteer.countries) for (const cap of c.capitals) capitals.set(cap, c.code);
  const incidents: IncidentDraft[] = [];
  for (const s of sentences) {
    const text = scan.slice(s.start, s.end);
    STRIKE.pattern.lastIndex = 0;
    const m = STRIKE.pattern.exec(text);
    if (!m) continue;
    const countries = article.countries.filter((c) => c.sentence === s.index);
    const places = [...text.matchAll(PLACE)].map((p) => p[1]).filter((p) => !countries.some((c) => scan.slice(c.start, c.end) === p) || capitals.has(p));
    const place = places[0] ?? null;
    if (!place) continue;
    const at = s.start + m.index;
    const perpetrator = countries.find((c) => c.end <= at + m[0].length && /^(?:'s)? (?:\w+ )?(?:forces|troops|missiles?|rockets?|drones?|military|army|warplanes?|jets?|shelling|strikes?)/.test(scan.slice(c.end, c.end + 25)))?.code ?? null;
    const country = capitals.get(place) ?? countries.find((c) => c.code !== perpetrator)?.code ?? null;
    const attacker = perpetrator ?? contextAttacker(article, s, country, incidents);
    // A city the gazetteer does not know lies in the country the paragraph is about (not the attacker's).
    const victim = country ?? article.countries.find((c) => article.sentences[c.sentence]?.paragraph === s.paragraph && c.code !== attacker && !PERPETRATOR_CONTEXT.pattern.test(scan.slice(c.end, c.end + 30)))?.code ?? null;
    const killed = KILLED.exec(text);
    const injured = INJURED.exec(text);
    const date = dateForSentence(article, s, at, true).date;
    if (incidents.some((i) => i.place === place && i.date === date)) continue;
    incidents.push({
      kind: 'strike', perpetrator: attacker, place, country: victim, date,
      killed: toNumber(killed?.[1] ?? killed?.[2]),
      injured: toNumber(injured?.[1] ?? injured?.[2]),
      evidence: [{ start: at, end: at + m[0].length, rule: STRIKE.id, sentence: s.index }],
    });
  }
  return { ...article, incidents };
}
