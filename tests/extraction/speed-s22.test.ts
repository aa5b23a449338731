/**
 * Session 22's speed changes answer exactly what the code they replace answered (the facts documents
 * stay byte-identical).
 *
 * required-literals.ts: the automaton marks the requirements' sets, not their literals — a literal
 * found marks every set that holds it, and a requirement asks one mark per set. Sets that several
 * requirements share (the same literals) have one id; a literal may be in many sets; a requirement
 * whose sets are new since the last build is answered with `includes` until the next one. Every answer
 * is still that of `includes` (in the lower-cased text for the i flag).
 *
 * A pattern with no requirement within 48 or 192 strings is read a third time, choosing in each
 * branch the part with the longest (up to seven) shortest literal and then the fewest literals: an
 * alternation whose one branch is a product of 168 strings still needs one of its few words.
 *
 * matchesIn and sentenceMatches answer a text that cannot match with one shared empty list.
 */
import { matchesIn } from '../../src/extraction/matches-in.js';
import { mayMatch, readRequirement, requiredLiterals } from '../../src/extraction/required-literals.js';
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

// Our own alternation of list openers: the last branch multiplies out to 3 × 4 × 7 × 2 = 168 strings.
const OPENERS = /\b(?:Guests at the (?:gala|reception|launch) (?:included|were)|Seated at the (?:table|dais) were|(?:was|were) (?:also )?greeted by|(?:[Aa]lso )?(?:[Ss]eated|[Ss]tanding)(?: at the (?:gala|table|dais|door|stage|front|back))? (?:were|was))/g;

describe('the third reading: the fewest literals of a branch', () => {
  it('gives an alternation with one large product a requirement (none before), and answers as includes does', () => {
    expect(readRequirement(OPENERS.source, 'g')?.literals).toEqual(expect.arrayContaining(['Seated', 'seated', 'Standing', 'standing', 'was greeted by']));
    expect(requiredLiterals(OPENERS)).not.toBeNull();
    const texts = [
      'Seated at the dais were two envoys and a mayor.',
      'Also standing at the door was the host.',
      'The ambassador was also greeted by the mayor.',
      'Guests at the gala included three ministers.',
      'The guests sat down to dinner at eight.',
      'Nobody stood anywhere near the stage.',
    ];
    for (const text of texts) answersAsIncludes(OPENERS, text);
    expect(texts.map((t) => matchesIn(OPENERS, t).length)).toEqual([1, 1, 1, 1, 0, 0]);
  });

  it('keeps the requirement a pattern had when it was read within 48 or 192 strings', () => {
    expect(readRequirement(String.raw`\b(?:envoy|emissary) (?:arrived|landed)\b`, 'g')?.literals).toEqual(['envoy landed', 'envoy arrived', 'emissary landed', 'emissary arrived']);
  });

  it('answers a sentence without a match with the same empty list, and a match with a list of its own', () => {
    const none = matchesIn(PATTERNS[0], 'Nothing of the kind happened.');
    expect(none).toHaveLength(0);
    expect(matchesIn(PATTERNS[0], 'Still nothing of the kind.')).toBe(none);
    const found = matchesIn(PATTERNS[0], 'The envoy arrived late.');
    expect(found.map((m) => m[0])).toEqual(['envoy arrived']);
    expect(matchesIn(PATTERNS[0], 'The envoy arrived late.')).not.toBe(found);
  });
});
