/**
 * Session 22's speed changes answer exactly what the code they replace answered (the facts documents
 * stay byte-identical).
 *
 * required-literals.ts: the automaton marks the requirements' sets, not their literals — a literal
 * found marks every set that holds it, and a requirement asks one mark per set. Sets that several
 * requirements share (the same literals) have one id; a literal may be in many sets; a requirement
 * whose sets are new since the last build is answered with `includes` until the next one. Every answer
 * is still that of `includes` (in the lower-cased text for the i flag).
 */
import { mayMatch } from '../../src/extraction/required-literals.js';
import { answersAsIncludes } from './helpers/as-includes.js';

// Our own patterns: one set shared by two requirements (the same alternation), a literal ("envoy")
// in several sets, a set one requirement needs and another only `also` needs, both cases.
const PATTERNS = [
  /\b(?:envoy|emissary) (?:arrived|landed)\b/g,
  /\b(?:envoy|emissary) (?:arrived|landed) in\b/g,
  /\benvoy\b[^.]{0,40}\bconsulted\b/g,
  /\b(?:the|an) envoy (?:of|from)\b/gi,
  /\bconsulted (?:with|by)\b/g,
  /\bCONSULTED (?:WITH|BY)\b/gi,
  /\bwith the (?:envoy|emissary|delegate)\b/g,
  /\b(?:delegate|emissary)s? (?:conferred|consulted)\b/g,
];
const TEXTS = [
  'The envoy arrived in the capital and consulted with the delegate.',
  'An ENVOY FROM the north landed late; the emissary landed in fog.',
  'Two delegates conferred; the emissary consulted nobody.',
  'She CONSULTED BY letter with the envoy of the south.',
  'The envoy, tired after the flight, consulted the file.',
  'Nothing of the kind happened.',
  '',
];

describe('the automaton marks sets, not literals', () => {
  it('answers as includes does before and after its build, in either order, and from its memory of recent texts', () => {
    for (let round = 0; round < 4; round++) {
      // After round 0, past the build: the requirements are read by the automaton.
      if (round === 1) for (let i = 0; i < 300; i++) for (const pattern of PATTERNS) mayMatch(pattern, `warm up ${i}`);
      const order = round % 2 ? [...PATTERNS].reverse() : PATTERNS;
      for (const text of round === 3 ? [...TEXTS].reverse() : TEXTS) {
        for (const pattern of order) answersAsIncludes(pattern, text);
      }
    }
    expect(mayMatch(PATTERNS[0], TEXTS[0])).toBe(true);
    expect(mayMatch(PATTERNS[0], TEXTS[2])).toBe(false);
  });

  it('answers a requirement new since the build with includes, and the same once the automaton knows it', () => {
    for (let i = 0; i < 300; i++) for (const pattern of PATTERNS) mayMatch(pattern, `warm up again ${i}`);
    // Sets made of literals the automaton knows, in new combinations, and new literals.
    const LATE = [
      /\b(?:emissary|envoy) (?:landed|arrived)\b/g,
      /\bconsulted (?:by|with) the (?:delegate|envoy)\b/g,
      /\bthe courier (?:arrived|waited)\b/gi,
    ];
    const texts = [...TEXTS, 'The courier waited while the envoy landed; he consulted by phone with the delegate.'];
    for (let round = 0; round < 3; round++) {
      if (round === 1) for (let i = 0; i < 300; i++) for (const pattern of LATE) mayMatch(pattern, `late ${i}`);
      for (const text of texts) for (const pattern of [...LATE, ...PATTERNS]) answersAsIncludes(pattern, text);
    }
  });
});
