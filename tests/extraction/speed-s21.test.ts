/**
 * Session 21's speed changes answer exactly what the code they replace answered (the facts documents
 * stay byte-identical).
 *
 * required-literals.ts: the automaton's states are numbered breadth first and its table holds state
 * numbers in 16-bit units (32-bit past 65,536 states), with a byte per state saying whether literals
 * end there — the shallow states that ordinary text keeps visiting share a few kilobytes instead of
 * rows spread over a table of megabytes. Every answer of mayMatch is still that of `includes` (in the
 * lower-cased text for the i flag): literals that end inside others (a failure link's output), literals
 * sharing prefixes, a table past 65,536 states.
 *
 * A requirement of four literals or fewer asked about a text for the first time is answered with
 * `includes` (a whole article searched by one rule); the automaton reads the text when it is asked
 * about again. The answers are the same either way, whatever the order of texts and patterns.
 */
import { mayMatch } from '../../src/extraction/required-literals.js';
import { answersAsIncludes, holdsEach } from './helpers/as-includes.js';


// Our own patterns: literals inside other literals ("she" in "ushers"), shared prefixes, both cases.
const PATTERNS = [
  /\bhe (?:said|says)\b/g,
  /\bshe (?:said|says)\b/gi,
  /\bushers (?:in|out)\b/g,
  /\bhers\b/g,
  /\bministerial (?:talks|meeting)\b/gi,
  /\bminister (?:met|saw)\b/g,
  /\bMinister of State (?:for|of)\b/g,
  /\binter(?:national|ministerial) (?:law|talks)\b/gi,
  /\bterm (?:of|in) office\b/g,
  /\bprime minister(?:'s|’s) (?:office|spokesman)\b/gi,
];
const TEXTS = [
  'She said the usher ushers in the guests.',
  'He says hers is the better plan; he said so twice.',
  'The ministerial talks ended; the minister met the envoy.',
  'The MINISTERIAL MEETING and the Minister of State for trade.',
  'International law and interministerial talks, a term of office and a term in office.',
  'The Prime Minister’s spokesman and the prime minister\'s office.',
  'the minister saw nobody; Minister met nobody.',
  'Nothing of the kind.',
  '',
];

describe('the automaton numbered breadth first, in 16-bit units', () => {
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

  it('answers a text asked about once with includes, and the same when asked again (few literals, both cases)', () => {
    const FEW = [/\bagreed (?:on|to|that)\b/g, /\bAGREED (?:ON|TO)\b/gi, /\bthe envoy’s (?:visit|trip)\b/g, /\bİzmir talks\b/g, /\bizmir talks\b/gi];
    const long = `${TEXTS.join(' ')} In the end the two sides agreed to meet again. The envoy’s trip was short; the İzmir talks and the izmir talks were not. `.repeat(20);
    const texts = [long, 'They agreed that it would wait.', 'The ENVOY’S VISIT, the envoy’s visit.', 'the İZMIR TALKS', 'Nothing agreed yet.'];
    for (let round = 0; round < 4; round++) {
      for (const text of round % 2 ? [...texts].reverse() : texts) {
        // Each text asked about by one pattern only, then by all of them, then by one again after another text.
        const patterns = round === 0 ? FEW.slice(0, 1) : round === 1 ? [...FEW].reverse() : [...FEW, ...PATTERNS];
        for (const pattern of patterns) answersAsIncludes(pattern, text);
      }
    }
    expect(mayMatch(FEW[0], texts[1])).toBe(true);
    expect(mayMatch(FEW[0], texts[4])).toBe(false);
  });

  it('still answers as includes does once the automaton has more than 65,536 states (32-bit table)', () => {
    // 3,000 literals of 30 letters that share little: about 85,000 states.
    let seed = 7;
    const letter = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return String.fromCharCode(97 + (seed >> 16) % 26); };
    const many: RegExp[] = [];
    const words: string[] = [];
    for (let k = 0; k < 3000; k++) {
      const word = Array.from({ length: 30 }, letter).join('');
      words.push(word);
      many.push(new RegExp(`\\b${word}\\b`, 'g'));
    }
    for (let i = 0; i < 300; i++) for (const pattern of many.slice(0, 10)) mayMatch(pattern, `warm up again ${i}`);
    for (const pattern of many) mayMatch(pattern, 'build');
    for (let i = 0; i < 300; i++) mayMatch(many[i], `and again ${i}`);
    const texts = [`The ${words[5]} and ${words[2999]} here.`, `Only ${words[1200].slice(0, 29)} cut short.`, `${words[0]}${words[1]}`, ...TEXTS];
    for (const text of texts) {
      for (const pattern of [...many.slice(0, 20), many[1200], many[2999], ...PATTERNS]) {
        if (mayMatch(pattern, text) !== holdsEach(pattern, text)) throw new Error(`includes: ${pattern} on ${JSON.stringify(text)}`);
      }
    }
    expect(mayMatch(many[5], texts[0])).toBe(true);
    expect(mayMatch(many[1200], texts[1])).toBe(false);
  });
});
