/**
 * Session 19's speed changes answer exactly what the code they replace answered (the facts documents
 * stay byte-identical):
 *  - mayMatch's lower-case automaton reads the text as written (a unit reads as the unit it lower-cases
 *    to; "İ" as "i" and a reset) instead of a lower-cased copy: it answers as includes in the
 *    lower-cased text does;
 *  - a pattern with no requirement within sets of 48 strings is read again with sets up to 192 (a long
 *    alternation of words), and a pattern read within 48 keeps the requirement it had; mayMatch never
 *    says no where the expression matches, over every rule table the stages filter with it;
 *  - isCalendarDate reads the day by arithmetic, as Date.parse and toISOString read it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as incidentRules from '../../src/extraction/incident-rules.js';
import * as topicRules from '../../src/extraction/topic-rules.js';
import * as pledgeRules from '../../src/extraction/pledge-rules.js';
import * as newsCommitmentRules from '../../src/extraction/news-commitment-rules.js';
import * as contactRules from '../../src/extraction/contact-rules.js';
import * as contactNounRules from '../../src/extraction/contact-noun-rules.js';
import * as postRules from '../../src/extraction/post-rules.js';
import { FOLDS_TO_ASCII, mayMatch, readRequirement, requiredLiterals } from '../../src/extraction/required-literals.js';
import { answersAsIncludes, holdsEach } from './helpers/as-includes.js';
import { isCalendarDate, isCalendarDateByParse } from '../../src/facts/calendar-date.js';

const corpus = (name: string) => {
  const dir = fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
};
// Our own sentences: weapons, aid, topics, and the units whose lower case is ASCII or two units.
const OWN = [
  'Warplanes of the Ostrian air force struck a depot near Kessa on Monday, killing four people.',
  'Drones hit two villages overnight; rockets also slammed into the port of Velna.',
  'MISSILES STRUCK THE BRIDGE AT DAWN, AND TROOPS SHELLED THE OLD TOWN.',
  'The Prime Minister pledged humanitarian aid and budgetary support to Norland.',
  'İSTANBUL talks: the \u212Aabul envoy and the İnspector discussed energy security and grain exports.',
  'An air strike killed 12 civilians in Darran, the ministry said.',
];
const PIECES = [...corpus('corpus'), ...corpus('news-open'), ...OWN].flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).filter((p) => p.length > 0);

/** Every expression a module exports: bare, as a rule's pattern, or in a list of rules. */
const patternsOf = (module: Record<string, unknown>): RegExp[] =>
  Object.values(module).flatMap((v): unknown[] => (Array.isArray(v) ? v : [v])).flatMap((r) => {
    if (r instanceof RegExp) return [r];
    const pattern = r && typeof r === 'object' ? (r as { pattern?: unknown }).pattern : undefined;
    return pattern instanceof RegExp ? [pattern] : [];
  });
const PATTERNS = [incidentRules, topicRules, pledgeRules, newsCommitmentRules, contactRules, contactNounRules, postRules].flatMap((m) => patternsOf(m as Record<string, unknown>));


describe('required literals of long alternations', () => {
  it('reads a requirement for a strike (its verbs or its weapons), which sets of 48 strings cannot hold', () => {
    const strike = requiredLiterals(incidentRules.STRIKE.pattern);
    expect(strike).not.toBeNull();
    expect(strike!.literals).toEqual(expect.arrayContaining(['struck', 'bombed', 'shelled']));
  });

  it('keeps the requirement a pattern had within 48 strings', () => {
    expect(readRequirement(String.raw`\b(?:pledg|promis)\w* to (?:send|give)`, 'g')).toEqual({ literals: [' to send', ' to give'], lower: false, also: [['pledg', 'promis']] });
    expect(readRequirement(String.raw`[A-Z]\w+`, 'g')).toBeNull();
  });

  it('never says no where the expression matches, and answers as includes does, over the rule tables', () => {
    expect(PATTERNS.length).toBeGreaterThan(100);
    for (let round = 0; round < 2; round++) {
      for (const piece of PIECES) {
        for (const pattern of PATTERNS) answersAsIncludes(pattern, piece);
      }
    }
  });
});

describe('the lower-case automaton reads the text as written', () => {
  it('reads capitals, the Kelvin sign and the dotted capital I as their lower case does', () => {
    const pattern = /\b(?:kabul|istanbul|inspector|nspector) (?:talks|envoy)\b/gi;
    for (let i = 0; i < 300; i++) mayMatch(pattern, `warm up ${i}`); // past the automaton's build
    const texts = ['KABUL ENVOY', '\u212Aabul envoy', 'İstanbul talks', 'İNSPECTOR talks', 'Istanbul Talks', 'ka\u0130bul envoy', 'İ'];
    for (let round = 0; round < 2; round++) for (const text of texts) expect(mayMatch(pattern, text)).toBe(holdsEach(pattern, text));
    // "İstanbul" lower-cases to "i̇stanbul": the combining dot stands between "i" and "stanbul".
    expect(texts.map((t) => mayMatch(pattern, t))).toEqual([true, true, false, true, true, false, false]);
  });
});

describe('isCalendarDate', () => {
  it('answers as Date.parse and toISOString do', () => {
    const years = [0, 1, 4, 99, 100, 400, 1600, 1700, 1800, 1900, 2000, 2023, 2024, 2100, 2400, 9999];
    for (let y = 1990; y <= 2030; y++) years.push(y);
    for (const y of years) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const value = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (isCalendarDate(value) !== isCalendarDateByParse(value)) throw new Error(value);
        }
      }
    }
    for (const value of ['2024-1-01', '', '2024-02-29 ', '+02024-01-01', '2024-02-29T00:00']) expect(isCalendarDate(value)).toBe(isCalendarDateByParse(value));
    expect(['2024-02-29', '2023-02-29', '1900-02-29', '2000-02-29', '2022-04-31'].map(isCalendarDate)).toEqual([true, false, false, true, false]);
  });

  it('lists every unit whose lower case is another ASCII unit, as toLowerCase gives it (the lower-case finder reads them as that unit)', () => {
    const derived: Array<[number, number]> = [];
    for (let unit = 0; unit < 0x10000; unit++) {
      const to = String.fromCharCode(unit).toLowerCase().charCodeAt(0);
      if (to < 128 && to !== unit) derived.push([unit, to]);
    }
    expect(FOLDS_TO_ASCII.map(([u, t]) => [u, t])).toEqual(derived);
  });
});
