/**
 * Session 16's speed changes answer exactly what the code they replace answered (the facts documents
 * stay byte-identical):
 *  - mayMatch (required-literals.ts) reads a text's literals with one automaton per case: it says a
 *    pattern may match exactly when the text holds a literal of each of the pattern's sets, before the
 *    automaton is built (includes) and after (the automaton, and the literals of a text read again);
 *  - nextTitle (read-person-name.ts) finds what TITLE_RE.exec finds from the same offset;
 *  - hyphenatedWords (scan-words.ts) finds the words /[\p{L}\p{N}][\p{L}\p{N}-]*\/gu finds;
 *  - scanWords hashes each word as wordHash does;
 *  - surnameOf, shortFormsOf and cleanName give the same forms when asked again, in a later article too;
 *  - sentenceMatches cuts a sentence once for the rules run on it in turn, and again for another one;
 *  - byStart copies a list already in order without sorting it, and sorts any other stably;
 *  - the whole-text searches that now wait for their literal ("inisters", "… of ", " Government") still
 *    find what they found.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as commitmentRules from '../../src/extraction/commitment-rules.js';
import * as contactRules from '../../src/extraction/contact-rules.js';
import { mayMatch } from '../../src/extraction/required-literals.js';
import { holdsEach } from './helpers/as-includes.js';
import { nextTitle, TITLE_RE } from '../../src/extraction/read-person-name.js';
import { hyphenatedWords, scanWords, wordHash } from '../../src/extraction/scan-words.js';
import { ActorRegistry, cleanName, shortFormsOf, surnameOf } from '../../src/extraction/actor-registry.js';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { parseListedNames } from '../../src/extraction/parse-listed-names.js';
import { runStages } from '../../src/extraction/pipeline.js';
import { byStart } from '../../src/extraction/span-index.js';
import { sentenceMatches } from '../../src/extraction/sentence-matches.js';
import { ADVERSARIAL_CLASSES, adversarialText } from '../helpers/adversarial-texts.js';

const corpus = (name: string) => {
  const dir = fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(dir, f), 'utf8'));
};
const ODD = [
  'The PRESIDENT met vice-President Ilse Varga, ex-President Tomas Rell and the -president; 𝐀president, Pre\u017fident Oru, \u212Aing Aldo, İpresident.',
  'pm\u00e9 Pm-ish crown prince Crown-Prince first minister firstminister under-secretary deputy\u00a0chief president2 Foreign Minister',
  'Zelenskyy’s @@ZelenskyyUa #Україна x#tag @ 𝐀𝐁-c 😀 a😀b \ud835 lone \udc00 Łódź 12,5 ٣٤ café# a-b --c d- -e Kuleba-led',
];
const TEXTS = [...corpus('corpus'), ...corpus('news-open'), ...ADVERSARIAL_CLASSES.map((c) => adversarialText(c.id, 3_000)), ...ODD];
/** The texts cut into sentences as the rules see them, and the odd ones whole. */
const PIECES = TEXTS.flatMap((t) => t.split(/(?<=[.!?])\s+|\n+/)).filter((p) => p.length > 0);

/** The patterns a rule module exports: bare expressions, rules, and lists of rules. */
const patternsOf = (module: Record<string, unknown>): RegExp[] =>
  Object.values(module).flatMap((v): unknown[] => (Array.isArray(v) ? v : [v])).flatMap((r) => {
    if (r instanceof RegExp) return [r];
    const pattern = r && typeof r === 'object' ? (r as { pattern?: unknown }).pattern : undefined;
    return pattern instanceof RegExp ? [pattern] : [];
  });
const PATTERNS: RegExp[] = [
  ...patternsOf(contactRules),
  ...patternsOf(commitmentRules),
  /\b(?:sat|sits) (?:\w+ )?(?:with|beside)\b/g,
  /phone call|talks/gi,
  /Kuleba|Varga/g,
].filter((p) => p.global);


describe('mayMatch reads literals with an automaton', () => {
  it('answers as includes does, before the automaton is built and after, texts asked again included', () => {
    expect(PATTERNS.length).toBeGreaterThan(20);
    // Three rounds: the first mostly before a build, the later ones after it and on texts read before.
    for (let round = 0; round < 3; round++) {
      for (const piece of PIECES.slice(0, 400)) {
        for (const pattern of PATTERNS) {
          if (mayMatch(pattern, piece) !== holdsEach(pattern, piece)) throw new Error(`${pattern} on ${JSON.stringify(piece.slice(0, 80))}`);
        }
      }
    }
  });

  it('finds a literal wherever it stands: at the start, at the end, inside another, overlapping one', () => {
    const pattern = /\b(?:meeting|meet|eting) (?:with|withheld)\b/g;
    for (let i = 0; i < 300; i++) mayMatch(pattern, `warm up ${i}`); // past the build
    const texts = ['meeting with', 'we meet with', 'greeting withheld', 'meetin with', 'MEET WITH', 'xmeetingwith y'];
    // Asked in turn again and again: the literals of a text read before are remembered.
    for (let round = 0; round < 3; round++) for (const text of texts) expect(mayMatch(pattern, text)).toBe(holdsEach(pattern, text));
    expect(texts.map((t) => mayMatch(pattern, t))).toEqual([true, true, true, false, false, false]);
  });
});

describe('nextTitle', () => {
  it('finds from any offset what TITLE_RE.exec finds', () => {
    for (const text of TEXTS) {
      for (let from = 0; from <= text.length; from += ODD.includes(text) ? 1 : 11) {
        TITLE_RE.lastIndex = from;
        const want = TITLE_RE.exec(text);
        const got = nextTitle(text, from);
        if ((want?.index ?? -1) !== (got?.index ?? -1) || want?.[0] !== got?.[0]) throw new Error(`from ${from}: ${want?.index} ${want?.[0]} vs ${got?.index} ${got?.[0]}`);
      }
    }
  });

  it('reads a title written with the Kelvin sign or the long s as the expression does, not one after a hyphen or a letter', () => {
    const text = 'Pre\u017fident Oru; \u212Aing Aldo; ex-President Rell; -president Ode; 𝐀president Ude';
    const found: string[] = [];
    for (let m = nextTitle(text, 0); m; m = nextTitle(text, m.index + m[0].length)) found.push(m[0]);
    expect(found).toEqual(['Pre\u017fident', '\u212Aing', 'ex-President']);
  });
});

describe('word walks', () => {
  const SHORT_FORM_WORD = /[\p{L}\p{N}][\p{L}\p{N}-]*/gu;
  it('hyphenatedWords finds every word of the expression when every word is a head, and the heads among the words', () => {
    for (const text of TEXTS) {
      const words = [...text.matchAll(SHORT_FORM_WORD)];
      const all = words.flatMap((m) => [m.index, m.index + m[0].length]);
      expect(hyphenatedWords(text, new Set(words.map((m) => m[0])))).toEqual(all);
      const heads = [...new Set(words.map((m) => m[0]))].filter((_, i) => i % 7 === 0);
      const got = hyphenatedWords(text, heads);
      const kept: number[] = [];
      for (let i = 0; i < got.length; i += 2) if (heads.includes(text.slice(got[i], got[i + 1]))) kept.push(got[i], got[i + 1]);
      expect(kept).toEqual(words.filter((m) => heads.includes(m[0])).flatMap((m) => [m.index, m.index + m[0].length]));
    }
    expect(hyphenatedWords('Kuleba-led talks; Kuleba said', [])).toEqual([]);
  });

  it('scanWords hashes each word as wordHash does', () => {
    for (const text of TEXTS) {
      const { starts, ends, hashes } = scanWords(text);
      expect(hashes.length).toBe(starts.length);
      starts.forEach((s, w) => { if (hashes[w] !== wordHash(text, s, ends[w])) throw new Error(`${text.slice(s, ends[w])}`); });
    }
  });
});

describe('name forms remembered per article', () => {
  it('gives the same forms when asked again and after the next article starts', () => {
    const names = ['Joseph R. Biden, Jr.', 'Ursula von der Leyen', 'Mohammed Shia al-Sudani', 'Lee Hsien Loong', 'Anwar "Bro" Ibrahim', "Kuleba's", 'Tan'];
    const read = () => names.map((n) => [cleanName(n), surnameOf(n), [...shortFormsOf(n)], [...shortFormsOf(n, 'SG')]]);
    const first = read();
    expect(read()).toEqual(first);
    new ActorRegistry(loadGazetteer(), null);
    expect(read()).toEqual(first);
    expect(first[1]).toEqual(['Ursula von der Leyen', 'von der Leyen', ['von der Leyen', 'Leyen'], ['Ursula']]);
  });
});

describe('whole-text searches behind a literal', () => {
  const gazetteer = loadGazetteer();
  it('still reads a list of ministers and the person a regime is named after', () => {
    const listed = parseListedNames('Several Chilean ministers attended: Rosa Tellez (Finance), Marco Ibarra (Health). Later the regime of Ovidio Marlan fell.', gazetteer);
    expect(listed.map((t) => [t.name, t.rule])).toEqual([['Rosa Tellez', 'title.minister-list'], ['Marco Ibarra', 'title.minister-list'], ['Ovidio Marlan', 'title.regime-of']]);
    expect(parseListedNames('Several Chilean officials attended: Rosa Tellez (Finance). The government in Ovidio was new.', gazetteer)).toEqual([]);
  });

  it('still reads a country word before an institution head', () => {
    const article = runStages('date 2024-05-02\nTalks would go on, the Chilean Government said on Tuesday.', {}, gazetteer);
    expect(article.mentions.filter((m) => m.rule === 'institution.country-head').map((m) => article.scan.slice(m.start, m.end))).toEqual(['Chilean Government']);
  });
});

describe('byStart', () => {
  it('copies a list in order and sorts any other stably, ties in their order', () => {
    const sorted = [{ start: 1, end: 2, k: 'a' }, { start: 1, end: 3, k: 'b' }, { start: 4, end: 5, k: 'c' }];
    const copy = byStart(sorted);
    expect(copy).toEqual(sorted);
    expect(copy).not.toBe(sorted);
    const mixed = [{ start: 4, end: 5, k: 'c' }, { start: 1, end: 3, k: 'b' }, { start: 1, end: 2, k: 'a' }];
    expect(byStart(mixed).map((x) => x.k)).toEqual(['b', 'a', 'c']);
    expect(mixed.map((x) => x.k)).toEqual(['c', 'b', 'a']);
  });
});

describe('sentenceMatches', () => {
  it('places the matches of each sentence asked in turn, the same sentence of another text included', () => {
    const scan = 'Oru pledged aid. Then Ode pledged more aid.';
    const first = { start: 0, end: 16 };
    const second = { start: 17, end: 43 };
    const other = `${scan.slice(0, 4)}vowed aid. Then Ode pledged more aid.`;
    const pledged = /pledged/g;
    const at = (text: string, s: { start: number; end: number }) => sentenceMatches(text, s as never, pledged).map((x) => [x.at, x.end, x.m[0]]);
    for (let round = 0; round < 2; round++) {
      expect(at(scan, first)).toEqual([[4, 11, 'pledged']]);
      expect(at(scan, first)).toEqual([[4, 11, 'pledged']]);
      expect(at(scan, second)).toEqual([[26, 33, 'pledged']]);
      expect(at(other, first)).toEqual([]);
    }
  });
});
