/**
 * Session 20's speed change answers exactly what the code it replaces answered (the facts documents
 * stay byte-identical): mayMatch reads a text with one automaton for both cases instead of one per
 * case. The automaton reads the text folded ("A"–"Z" as "a"–"z", the Kelvin sign as "k", "İ" as "i"
 * and a reset) and knows the literals of patterns without the i flag folded too; such a literal counts
 * only where the text holds it as written. A literal as written holding "İ" or the Kelvin sign is
 * looked for with `includes`. Every answer is that of `includes` (in the lower-cased text for the i
 * flag), and never no where the expression matches.
 */
import { mayMatch, requiredLiterals } from '../../src/extraction/required-literals.js';
import { answersAsIncludes } from './helpers/as-includes.js';


// Our own patterns and sentences: the same words with and without the i flag, and literals beyond ASCII.
const PATTERNS = [
  /\bForeign Minister (?:met|called)\b/g,
  /\bforeign minister (?:met|called)\b/gi,
  /\bforeign minister (?:met|called)\b/g,
  /\bthe envoy’s (?:visit|trip)\b/g,
  /\bsommet (?:à|de) Genève\b/g,
  /\bİzmir (?:talks|summit)\b/g,
  /\b\u212Aelvin (?:scale|sign)\b/g,
  /\bNATO (?:summit|allies)\b/g,
];
const TEXTS = [
  'The Foreign Minister met his counterpart in Lurin.',
  'The FOREIGN MINISTER MET the delegation; later the Foreign Minister called Osra.',
  'The foreign minister called the ambassador twice.',
  'foreign minister met, then Foreign Minister met again',
  'The envoy’s visit ended early; the envoy\'s trip did not.',
  'Le sommet de Genève et le SOMMET DE GENÈVE.',
  'The İzmir talks and the izmir summit opened on Monday.',
  'On the \u212Aelvin scale and on the Kelvin sign.',
  'Nato summit, NATO allies and nato allies.',
  'Nothing here at all.',
];

describe('one automaton for both cases', () => {
  beforeAll(() => {
    // Past the automaton's build: the requirements are read by it, not by includes.
    for (let i = 0; i < 300; i++) for (const pattern of PATTERNS) mayMatch(pattern, `warm up ${i}`);
  });

  it('answers as includes does, in either order of the patterns and again from its memory of recent texts', () => {
    for (let round = 0; round < 3; round++) {
      const order = round === 1 ? [...PATTERNS].reverse() : PATTERNS;
      for (const text of TEXTS) {
        for (const pattern of order) answersAsIncludes(pattern, text);
      }
    }
  });

  it('counts a literal without the i flag only as written, wherever its other cases stand', () => {
    const [cased, lower, lowerCased] = PATTERNS;
    expect(mayMatch(cased, 'the FOREIGN MINISTER MET them')).toBe(false);
    expect(mayMatch(lower, 'the FOREIGN MINISTER MET them')).toBe(true);
    expect(mayMatch(lowerCased, 'the Foreign Minister met them')).toBe(false);
    // The folded text holds the literal twice; only the second is as written.
    expect(mayMatch(cased, 'foreign minister met, then Foreign Minister met again')).toBe(true);
    expect(mayMatch(lowerCased, 'Foreign Minister met, then FOREIGN minister met')).toBe(false);
  });

  it('reads literals beyond ASCII as written, and the dotted I and the Kelvin sign with includes', () => {
    expect(mayMatch(PATTERNS[3], "the envoy's visit")).toBe(false);
    expect(mayMatch(PATTERNS[3], 'the envoy’s visit')).toBe(true);
    expect(mayMatch(PATTERNS[4], 'le SOMMET DE GENÈVE')).toBe(false);
    expect(mayMatch(PATTERNS[5], 'the izmir summit')).toBe(false);
    expect(mayMatch(PATTERNS[5], 'the İzmir summit')).toBe(true);
    expect(mayMatch(PATTERNS[6], 'the Kelvin scale')).toBe(false);
    expect(mayMatch(PATTERNS[6], 'the \u212Aelvin scale')).toBe(true);
    expect(requiredLiterals(PATTERNS[5])!.plain).toBe(true);
    expect(requiredLiterals(PATTERNS[0])!.plain).toBe(false);
  });
});
