/**
 * Reads titled names: "Soviet Foreign Minister Eduard Shevardnadze", "President Vladimir Putin of
 * Russia", "the Chancellor of Germany, Olaf Scholz", "Kyiv's Interior Ministry adviser Anton
 * Herashchenko". A title with no name after it ("the President of Ukraine") is a role, resolved
 * later by coreference.
 *
 * Grammar (on `scan`): PREFIX* TITLE ("of" the? PLACE)? ("," PREFIX* TITLE …)* ","? HONORIFIC* NAME? ("of" the? COUNTRY)?
 */
import type { ActorKind } from '../facts/facts-document.js';
import { matchCountryAt } from './match-country-at.js';
import type { GazetteerView } from './gazetteer-view.js';
import { HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, ORG_WORDS, TITLE_QUALIFIERS, TITLE_RULES } from './title-rules.js';

export interface TitledName {
  start: number;
  end: number;
  /** The title as written, without country words: "Foreign Minister", "Interior Ministry adviser". */
  title: string;
  /** Class used to match roles to people: "president", "prime minister", "leader" … */
  titleClass: string;
  kind: ActorKind | 'counterpart';
  country: string | null;
  /** The title is bound to an organisation, not a state ("European Commission President"). */
  orgBound: boolean;
  name: string | null;
  nameStart: number;
  /** Whether "the" stands before the title (a role such as "the President"). */
  definite: boolean;
  rule: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const TITLE_RE = new RegExp(`(?<![\\p{L}-])(?:${TITLE_RULES.map((r) => escape(r.words)).join('|')})(?![\\p{L}-])`, 'giu');
const TITLE_STICKY = new RegExp(TITLE_RE.source, 'iuy');
const ruleByWords = new Map(TITLE_RULES.map((r) => [r.words, r]));
const CLASS_OF: Record<string, string> = { 'federal chancellor': 'chancellor', amir: 'emir', 'vice-president': 'vice president', 'secretary-general': 'secretary general' };

const NAME_TOKEN = /(?:"[A-Z][\p{L}]+"|(?:al|el|ul|ad|as|ash|bin|ibn|abu|Al|El)-[A-Z][\p{L}'’-]*\p{L}|[A-Z][\p{L}'’-]*\p{L}|[A-Z]\.|@\w+)/uy;
/** Before a title, what makes a comma-separated name its holder: "Iraq's prime minister, X", "the supreme leader, X", "his counterpart, X". */
const GOVERNED = /(?:\bthe|\bThe|\bhis|\bher|\bits|\btheir|'s|’s)\s+$/;
const SUFFIX = /,? (?:Jr\.?|JR\.?|Sr\.?|II|III|IV)(?![\p{L}])/uy;
const WORD_BEFORE = /([\p{L}'.-]+)( )$/u;

interface Prefix { start: number; country: string | null; org: boolean; words: string[] }

/** Walks back from a title over qualifiers, countries and organisation words. */
function readPrefix(scan: string, at: number, gazetteer: GazetteerView): Prefix {
  let start = at;
  let country: string | null = null;
  let org = false;
  const words: string[] = [];
  for (let guard = 0; guard < 8; guard++) {
    const m = WORD_BEFORE.exec(scan.slice(Math.max(0, start - 40), start));
    if (!m) break;
    const word = m[1];
    const wordStart = start - m[0].length;
    const bare = word.replace(/'s$/, '');
    const lower = bare.toLowerCase();
    if (TITLE_QUALIFIERS.has(lower)) { words.unshift(bare); start = wordStart; continue; }
    if (!/^[A-Z]/.test(bare) || NOT_NAME_WORDS.has(bare)) break;
    // A country spelled with several words ("United States", "New Zealand") is matched whole.
    const back = scan.slice(Math.max(0, start - 40), start);
    const hit = [...matchCountryAtEnd(back, gazetteer)][0];
    if (hit) {
      country ??= hit.code;
      start = start - back.length + hit.start;
      continue;
    }
    // A capitalised word of an organisation's name ("European Commission President"); not a
    // capitalised verb form opening the sentence ("Welcoming Kenyan President …").
    if ((/^[A-Z][\p{L}-]*$/u.test(bare) && !/\p{Ll}(?:ing|ed)$/u.test(bare)) || /^[A-Z]{2,}$/.test(bare)) { org = true; words.unshift(bare); start = wordStart; continue; }
    break;
  }
  return { start, country, org, words };
}

function* matchCountryAtEnd(text: string, gazetteer: GazetteerView): Generator<{ start: number; code: string }> {
  const trimmed = text.replace(/\s+$/, '');
  for (let i = Math.max(0, trimmed.length - 36); i < trimmed.length; i++) {
    if (i > 0 && /[\p{L}]/u.test(trimmed[i - 1])) continue;
    const hit = matchCountryAt(trimmed, i, gazetteer, true);
    if (hit && (hit.end === trimmed.length || trimmed.slice(hit.end) === "'s")) {
      yield { start: i, code: hit.code };
      return;
    }
  }
}

/** "of (the) PLACE": a country (with any institution words after it) or an institution. */
function readComplement(scan: string, at: number, gazetteer: GazetteerView): { end: number; country: string | null; org: boolean } | null {
  const of = /^ of (?:the )?/.exec(scan.slice(at, at + 12));
  if (!of) return null;
  let pos = at + of[0].length;
  const hit = matchCountryAt(scan, pos, gazetteer, true);
  let country: string | null = null;
  let org = false;
  if (hit) { country = hit.code; pos = hit.end; }
  for (;;) {
    const m = /^\s?([A-Z][\p{L}-]*)/u.exec(scan.slice(pos, pos + 30));
    if (!m || !ORG_WORDS.has(m[1])) break;
    if (!country) org = true;
    pos += m[0].length;
  }
  return pos > at + of[0].length ? { end: pos, country, org } : null;
}

/** A personal name starting at `at`, or null. */
function readName(scan: string, at: number, gazetteer: GazetteerView): { start: number; end: number } | null {
  let pos = at;
  for (;;) {
    const m = /^(\S+)\s/.exec(scan.slice(pos, pos + 20));
    if (!m || !HONORIFICS.has(m[1])) break;
    pos += m[0].length;
  }
  const start = pos;
  let end = pos;
  let tokens = 0;
  while (tokens < 6) {
    const particle = /^((?:[a-z]+ ){1,3})(?=[A-Z])/.exec(scan.slice(pos, pos + 16));
    if (particle && tokens > 0 && particle[1].trim().split(' ').every((w) => NAME_PARTICLES.has(w))) { pos += particle[0].length; continue; }
    NAME_TOKEN.lastIndex = pos;
    const m = NAME_TOKEN.exec(scan);
    if (!m) break;
    let token = m[0];
    const possessive = /'s$/.test(token);
    if (possessive) token = token.slice(0, -2);
    // A headline in capitals ("LEADER VOWS REVENGE") names no one; initials and "JR" stay names.
    if (NOT_NAME_WORDS.has(token) || (tokens === 0 && HONORIFICS.has(token)) || /^\p{Lu}{3,}$/u.test(token)) break;
    if (matchCountryAt(scan, pos, gazetteer, false)) break;
    TITLE_STICKY.lastIndex = pos;
    if (TITLE_STICKY.test(scan) && /^[A-Z]/.test(token) && tokens > 0) break;
    end = pos + token.length;
    tokens++;
    if (token.startsWith('@')) break;
    if (possessive || scan.startsWith("'s", end)) break;
    SUFFIX.lastIndex = end;
    const suffix = SUFFIX.exec(scan);
    if (suffix && tokens > 0) { end += suffix[0].length; break; }
    if (scan[end] !== ' ') break;
    pos = end + 1;
  }
  if (tokens === 0) return null;
  const text = scan.slice(start, end);
  if (/^[A-Z]\.$/.test(text)) return null;
  if (ORG_WORDS.has(text.split(' ').pop() ?? '') || /(?:Committee|Team|Group|Organisation|Organization|Commission|Council|Office|Airport|Palace|Forum|Institute|Foundation|Centre|Center|University|Party|Movement|Front|Association|Agency|Authority|Bank|Fund|Company|Corporation)$/.test(text)) return null;
  return { start, end };
}

/** One word of a personal name, for patterns that read names around titles and in lists. */
export const NAME_WORD = "(?:[A-Z][\\p{L}'’-]*\\p{L}|(?:al|el|bin|ibn|da|de|dos|van|von|der|del|la)(?:-[A-Z][\\p{L}'’-]*\\p{L})?)";
/** "NAME, (the) TITLE …" — an appositive title after the name; the title must name a country. */
const APPOSITIVE_BEFORE = new RegExp(`(?:^|[\\s(“"])(${NAME_WORD}(?: ${NAME_WORD}){1,4}), (?:the |a |then-|then )?$`, 'u');
/** "NAME became TITLE", "NAME, who served as TITLE" — a title given by a copula. */
const COPULA_BEFORE = new RegExp(`(?:^|[\\s(“"])(${NAME_WORD}(?: ${NAME_WORD}){0,4})(?:,? who)? (?:became|becomes|has become|had become|served as|serving as|was appointed|was named|was elected|was sworn in as|took office as|remained|remains) (?:the |its |their |his |her |a )?$`, 'u');

/** A personal name standing right before a title (see the two patterns above), or null. */
function nameBefore(scan: string, titleStart: number, gazetteer: GazetteerView, titleHasCountry: boolean): { start: number; end: number } | null {
  const from = Math.max(0, titleStart - 80);
  const window = scan.slice(from, titleStart);
  const m = (titleHasCountry ? APPOSITIVE_BEFORE.exec(window) : null) ?? COPULA_BEFORE.exec(window);
  if (!m) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  let pos = start;
  for (const word of m[1].split(' ')) {
    if (NOT_NAME_WORDS.has(word) || ORG_WORDS.has(word) || matchCountryAt(scan, pos, gazetteer, false)) return null;
    TITLE_STICKY.lastIndex = pos;
    if (TITLE_STICKY.test(scan)) return null;
    pos += word.length + 1;
  }
  return { start, end: start + m[1].length };
}

/** Every titled name and role in `scan`. */
export function parseTitledNames(scan: string, gazetteer: GazetteerView): TitledName[] {
  const out: TitledName[] = [];
  TITLE_RE.lastIndex = 0;
  let resumeAt = 0;
  for (let m = TITLE_RE.exec(scan); m; m = TITLE_RE.exec(scan)) {
    if (m.index < resumeAt) continue;
    const words = m[0].toLowerCase();
    const rule = ruleByWords.get(words);
    if (!rule) continue;
    const capitalised = /^[A-Z]/.test(m[0]);
    const prefix = readPrefix(scan, m.index, gazetteer);
    let end = m.index + m[0].length;
    let country = prefix.country;
    let orgBound = prefix.org && !prefix.country;
    const titleWords = [...prefix.words.filter((w) => !/^[A-Z]{2,}$/.test(w) || ORG_WORDS.has(w)), m[0]];
    let kind = rule.kind;
    // Chained titles: "Crown Prince of Abu Dhabi, Deputy Supreme Commander-in-Chief of the UAE Armed Forces".
    for (let chain = 0; chain < 3; chain++) {
      const comp = readComplement(scan, end, gazetteer);
      if (comp) {
        end = comp.end;
        if (comp.country && !country) country = comp.country;
        if (comp.org && !country) orgBound = true;
      }
      // After a comma, up to three qualifying words may precede a second title.
      let t2: RegExpExecArray | null = null;
      let at = end;
      const comma2 = /^, /.exec(scan.slice(end, end + 2));
      if (comma2) {
        at = end + 2;
        for (let k = 0; k < 4 && !t2; k++) {
          TITLE_STICKY.lastIndex = at;
          const hit = TITLE_STICKY.exec(scan);
          if (hit && /^[A-Z]/.test(hit[0])) t2 = hit;
          const w = /^[A-Z][\p{L}-]* /u.exec(scan.slice(at, at + 30));
          if (!w) break;
          at += w[0].length;
        }
      }
      if (!t2) break;
      end = t2.index + t2[0].length;
    }
    const comma = /^,? /.exec(scan.slice(end, end + 2));
    let name: { start: number; end: number } | null = null;
    const governed = !!prefix.country || rule.kind === 'counterpart' || GOVERNED.test(scan.slice(Math.max(0, prefix.start - 6), prefix.start));
    if (comma && (comma[0].startsWith(',') ? end > m.index + m[0].length || governed : true)) {
      name = readName(scan, end + comma[0].length, gazetteer);
      if (name && comma[0].startsWith(',') && !/\s/.test(scan.slice(name.start, name.end))) name = null;
    }
    // The holder named before the title: "Hu Jintao, the President of the People's Republic of China",
    // "Tsvangirai became prime minister".
    let holderBefore: { start: number; end: number } | null = null;
    if (!name) holderBefore = nameBefore(scan, prefix.start, gazetteer, !!(country || prefix.country));
    if (!name && !holderBefore && !capitalised && !/\bthe\s+$/i.test(scan.slice(Math.max(0, prefix.start - 4), prefix.start)) && prefix.words.length === 0 && !prefix.country) continue;
    if (holderBefore) {
      name = holderBefore;
      prefix.start = holderBefore.start;
    }
    let stop = name ? Math.max(name.end, end) : end;
    if (name && !holderBefore) {
      const after = readComplement(scan, stop, gazetteer);
      if (after?.country) { country ??= after.country; stop = after.end; }
    }
    if (orgBound && kind === 'leader') kind = 'official';
    if (prefix.words.some((w) => /^(deputy|vice)$/i.test(w)) && kind === 'leader') kind = 'official';
    const definite = /\bthe\s+$/i.test(scan.slice(Math.max(0, prefix.start - 4), prefix.start));
    out.push({
      start: prefix.start, end: stop,
      title: titleWords.join(' ').replace(/\s+/g, ' '),
      titleClass: CLASS_OF[words] ?? words,
      kind, country, orgBound,
      name: name ? scan.slice(name.start, name.end) : null,
      nameStart: name ? name.start : -1,
      definite: definite && !holderBefore,
      rule: holderBefore ? `${rule.id}.after-name` : rule.id,
    });
    resumeAt = stop;
  }
  return out;
}
