/**
 * The literal strings a regular expression cannot match without: a set of strings such that every
 * match (with its lookaheads and lookbehinds) holds one of them, read once from the pattern's
 * source. A text that holds none of them cannot match, so matchesIn skips the search: most rules
 * find nothing in most sentences, and a search tries the pattern at every position of the text
 * (its look-behinds first), where `includes` reads the text once per literal.
 *
 * The reading is conservative: whatever it does not know (a class of many characters, `.`, a
 * back-reference, an unbounded repeat, the v flag) leaves no requirement, and a pattern without one
 * is always searched. Under the i flag the literals are ASCII and lower-cased and are looked for in
 * the lower-cased text; with i and u, "s" and "k" are not read either (the long s and the Kelvin
 * sign match them, and lower-casing does not turn the long s into "s").
 *
 * A pattern that is one sequence (no | outside a group) must hold one literal of each set its parts
 * require ("sat" or "sits" and then "with" or "from"): the sets after the first are `also`, looked
 * for only when the first is there, and they keep a search from running on a sentence that holds
 * "with" alone.
 *
 * @example
 *   requiredLiterals(/\b(?:pledg|promis)\w* to (?:send|give)/g) // → { literals: [' to send', ' to give'], also: [['pledg', 'promis']], lower: false, … }
 *   requiredLiterals(/[A-Z]\w+/g) // → null: any capitalised word may match
 */

export interface Requirement {
  /** A match holds at least one of these. */
  literals: string[];
  /** …and at least one of each of these sets (absent when there are none). */
  also?: string[][];
  /** Look in the lower-cased text (the pattern has the i flag). */
  lower: boolean;
}

/** A requirement with the ids of its sets in the finder (LiteralFinder). */
interface Compiled extends Requirement {
  /** The finder's ids of the set `literals`, then of each set of `also` (a set two requirements share has one id). */
  sets: Int32Array;
  /** One more than the greatest of those ids: the finder's automaton knows them all once it was built with that many sets. */
  top: number;
  /** A literal as written holds "İ" or the Kelvin sign, which the automaton reads as "i" and "k": looked for with `includes`. */
  plain: boolean;
  /** At most FEW_LITERALS literals in all its sets: a text asked about once is cheaper read with `includes` than by the automaton. */
  few: boolean;
}

/**
 * A requirement of this many literals or fewer is looked for with `includes` in a text the finder is
 * asked about for the first time (a whole article searched by one rule: "agreed on|to|that"); the
 * automaton reads a text when asked about it again (a sentence every rule of a table asks about).
 */
const FEW_LITERALS = 4;

/** At most this many strings in a set: more are read as no requirement. */
const MAX_SET = 48;
/**
 * A pattern that has no requirement within MAX_SET is read again allowing sets this large (a long
 * alternation of words: the weapons of a strike, the verbs of giving aid): the automaton finds a
 * literal of a large set as fast as one of a small one, and a pattern read within MAX_SET keeps
 * the requirement it had.
 */
const MAX_LARGE_SET = 192;
let maxSet = MAX_SET;
/**
 * A pattern that has no requirement within MAX_LARGE_SET either is read a third time choosing, of
 * each sequence's parts, the set of the longest shortest literal up to seven characters and then of
 * the fewest literals (a group of words inside a branch, where the branch's whole product is too
 * large to join the others'): an
 * alternation of seven participant-list phrases, one of them 168 strings long as a product but
 * needing only "present" or "attending", had no requirement and was searched in every sentence.
 */
let fewest = false;
/** At most this many characters in a class read as a set of literals. */
const MAX_CLASS = 8;

/** What a piece of the pattern matches: `exact`, every string it can match when few; `need`, a set one of which is in the text around every match, or null. */
interface Info {
  exact: string[] | null;
  need: string[] | null;
}

const ANY: Info = { exact: null, need: null };
const EMPTY: Info = { exact: [''], need: null };

class Bail extends Error {}

const cache = new WeakMap<RegExp, Compiled | null>();

/** The requirement of `pattern` (cached per expression), or null when it has none. */
export function requiredLiterals(pattern: RegExp): Compiled | null {
  let req = cache.get(pattern);
  if (req === undefined) {
    const read = readRequirement(pattern.source, pattern.flags);
    if (read) {
      const all = [read.literals, ...(read.also ?? [])];
      const sets = Int32Array.from(all, (set) => finder.setOf(set.map((l) => finder.idOf(l, read.lower))));
      const plain = !read.lower && all.some((set) => set.some((l) => /[\u0130\u212a]/.test(l)));
      const few = all.reduce((n, set) => n + set.length, 0) <= FEW_LITERALS;
      req = { ...read, sets, top: Math.max(...sets) + 1, plain, few };
    } else req = null;
    cache.set(pattern, req);
  }
  return req;
}

/**
 * Once the finder has this many calls for requirements it does not know yet, it builds its automaton
 * again (the rule tables are read in the first few articles; a single article is not worth a build).
 */
const BUILD_AFTER = 256;
/** How many texts the finder remembers the literals of (about an article's sentences and clauses). */
const RECENT = 64;

/**
 * The literals of every requirement, found in a text by one pass of an Aho–Corasick automaton over
 * its UTF-16 units: the rules of a table run one after another on one sentence, so the sentence is
 * read once and each rule asks only whether one of its literals was seen (a hash of the sentence's
 * character pairs and `includes` per literal, before, cost more than the searches they saved).
 *
 * One automaton serves both cases: it reads the text folded (a unit whose lower case is an ASCII unit
 * reads as that unit, FOLDS_TO_ASCII) and knows the literals of the i flag as they are (lower-cased
 * ASCII) and the others folded; a literal of the second kind counts only where the text holds it as
 * written (`startsWith` at the end of the automaton's match). Two automata, one per case, read every
 * sentence twice. Requirements compiled after the last build are checked with `includes` until the
 * next one.
 *
 * What the reading marks is the requirements' sets, not their literals: each literal found marks the
 * (one to a few) sets that hold it, once per text, and a rule asks one mark per set. Asking each of
 * a set's literals in turn (up to 192 for a large set, every one of them when the set fails, as it
 * does for most rules on most sentences) cost ten times the marking.
 */
class LiteralFinder {
  private readonly ids = new Map<string, number>();
  /** Each literal as the automaton knows it (folded) and, for a literal that is looked for as written, that form (else null). */
  private readonly keys: string[] = [];
  private readonly written: Array<string | null> = [];
  /** The sets of literals the requirements need one of, by id: their literals' ids, and the ids by key. */
  private readonly setIds = new Map<string, number>();
  private readonly setMembers: number[][] = [];
  /** How many sets the automaton knows (the first `built` ids; their literals were all known when it was built). */
  private built = 0;
  private pending = 0;
  /** Class of each UTF-16 unit: 0 for a unit no known literal holds, else 1 … width - 1. */
  private classes = new Uint16Array(0);
  /**
   * The automaton: the next state by state × width + class (class 0 always leads back to the root,
   * state 0). States are numbered breadth first, so the shallow states that ordinary text keeps
   * visiting lie together, in 16-bit units while there are at most 65,536 states (32-bit rows in the
   * order the literals were added took 1.5 MB for the rule tables' ten thousand states).
   */
  private next: Uint16Array | Uint32Array = new Uint16Array(1);
  /** 1 for a state where literals end. */
  private ends = new Uint8Array(1);
  /** The number of classes, 0 included: a state's row is state × width. */
  private width = 1;
  /** The literals ending at each state (its own and its suffixes'): outIds[outStart[state] … outStart[state + 1]). */
  private outStart = new Int32Array(2);
  private outIds = new Int32Array(0);
  /** The sets each literal is in: setsOf[setsStart[literal] … setsStart[literal + 1]). */
  private setsStart = new Int32Array(1);
  private setsOf = new Int32Array(0);
  /** seen[literal] === stamp: the last text read holds the literal (its sets are marked). */
  private seen = new Uint32Array(0);
  /** found[set] === stamp: the last text read holds a literal of set `set`. */
  private found = new Uint32Array(0);
  private stamp = 0;
  private text: string | undefined;
  /** The last text asked about once and answered with `includes` (read by the automaton when asked again). */
  private deferred: string | undefined;
  /** The last text not read by the automaton, lower-cased, for the requirements it does not know. */
  private plainText: string | undefined;
  private lowerHay = '';
  /** The sets marked by the last texts read (the stages read an article's sentences one after another, each stage again). */
  private readonly recent = new Map<string, number[]>();

  idOf(literal: string, lower: boolean): number {
    const name = (lower ? 'i ' : 'c ') + literal;
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(name, id);
      this.keys.push(lower ? literal : foldAscii(literal));
      this.written.push(lower ? null : literal);
    }
    return id;
  }

  /** The id of the set of literals `ids` (the same id for the same literals in the same order). */
  setOf(ids: number[]): number {
    const key = ids.join(',');
    let id = this.setIds.get(key);
    if (id === undefined) {
      id = this.setMembers.length;
      this.setIds.set(key, id);
      this.setMembers.push(ids);
    }
    return id;
  }

  /** Whether `text` holds a literal of each set of `req`. */
  holds(req: Compiled, text: string): boolean {
    if (req.top > this.built && ++this.pending >= BUILD_AFTER) this.build();
    const { sets } = req;
    if (req.top > this.built || req.plain) return this.included(req, text);
    if (text !== this.text) {
      // Asked about a new text for the first time: `includes`, unless the text is one of the last read.
      if (req.few && text !== this.deferred && !this.recent.has(text)) {
        this.deferred = text;
        return this.included(req, text);
      }
      this.read(text);
    }
    const { found, stamp } = this;
    for (let n = 0; n < sets.length; n++) if (found[sets[n]] !== stamp) return false;
    return true;
  }

  /** The same answer by `includes` (in the lower-cased text for the i flag). */
  private included(req: Compiled, text: string): boolean {
    const hay = req.lower ? this.lowerOf(text) : text;
    if (!req.literals.some((l) => hay.includes(l))) return false;
    return !req.also || req.also.every((set) => set.some((l) => hay.includes(l)));
  }

  private lowerOf(text: string): string {
    if (text !== this.plainText) {
      this.plainText = text;
      this.lowerHay = text.toLowerCase();
    }
    return this.lowerHay;
  }

  /**
   * Marks the set of every known literal `text` holds (read again from `recent` when one of the last texts).
   * The class table gives a unit the class of the unit it lower-cases to (FOLDS_TO_ASCII), so no
   * lower-cased copy is made; "İ", which lower-cases to "i" and a combining dot no literal holds, is
   * read as "i" and then a reset. A literal looked for as written is marked only where the text holds
   * it so.
   */
  private read(text: string): void {
    this.text = text;
    if (this.stamp === 0xffffffff) { this.found.fill(0); this.seen.fill(0); this.stamp = 0; }
    const stamp = ++this.stamp;
    const { found, seen, setsStart, setsOf } = this;
    const known = this.recent.get(text);
    if (known) {
      for (let k = 0; k < known.length; k++) found[known[k]] = stamp;
      return;
    }
    const { classes, next, ends, width, outStart, outIds, written } = this;
    const held: number[] = [];
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      const c = classes[code];
      if (c === 0) { state = 0; continue; }
      state = next[state * width + c];
      if (ends[state] !== 0) {
        for (let k = outStart[state], end = outStart[state + 1]; k < end; k++) {
          const id = outIds[k];
          if (seen[id] === stamp) continue;
          const as = written[id];
          if (as !== null && !text.startsWith(as, i + 1 - as.length)) continue;
          seen[id] = stamp;
          for (let j = setsStart[id], end = setsStart[id + 1]; j < end; j++) {
            const set = setsOf[j];
            if (found[set] !== stamp) { found[set] = stamp; held.push(set); }
          }
        }
      }
      if (code === DOTTED_CAPITAL_I) state = 0;
    }
    if (this.recent.size >= RECENT) this.recent.clear();
    this.recent.set(text, held);
  }

  /** The automaton of every literal known so far: a trie with its failure links folded into a full table. */
  private build(): void {
    const { keys, setMembers } = this;
    this.built = setMembers.length;
    this.pending = 0;
    this.text = undefined;
    const classes = new Uint16Array(0x10000);
    let width = 1;
    let size = 1;
    for (const l of keys) {
      size += l.length;
      for (let i = 0; i < l.length; i++) if (!classes[l.charCodeAt(i)]) classes[l.charCodeAt(i)] = width++;
    }
    // A unit that lower-cases to an ASCII unit reads as it (the literals as written are checked at their end).
    for (const [unit, to] of FOLDS_TO_ASCII) classes[unit] = classes[to];
    const next = new Int32Array(size * width).fill(-1);
    const own: number[][] = [[]];
    for (let id = 0; id < keys.length; id++) {
      let state = 0;
      for (let i = 0; i < keys[id].length; i++) {
        const at = state * width + classes[keys[id].charCodeAt(i)];
        if (next[at] < 0) { next[at] = own.length; own.push([]); }
        state = next[at];
      }
      own[state].push(id);
    }
    // Breadth first: a state's failure (its longest proper suffix in the trie) is known before its children's.
    const fail = new Int32Array(own.length);
    const outs: number[][] = new Array(own.length);
    outs[0] = [];
    const queue: number[] = [];
    for (let c = 0; c < width; c++) {
      if (next[c] < 0) next[c] = 0;
      else if (c > 0) queue.push(next[c]);
    }
    for (let q = 0; q < queue.length; q++) {
      const state = queue[q];
      outs[state] = [...own[state], ...outs[fail[state]]];
      for (let c = 1; c < width; c++) {
        const at = state * width + c;
        const to = fail[state] * width + c;
        if (next[at] < 0) next[at] = next[to];
        else { fail[next[at]] = next[to]; queue.push(next[at]); }
      }
    }
    // States renumbered breadth first (the queue's order after the root), so that the rows text reads
    // most lie together. Class 0, a unit no literal holds, is never looked up: it leads back to the root.
    const order = [0, ...queue];
    const rank = new Int32Array(own.length);
    for (let k = 0; k < order.length; k++) rank[order[k]] = k;
    const table = own.length <= 0x10000 ? new Uint16Array(own.length * width) : new Uint32Array(own.length * width);
    const ends = new Uint8Array(own.length);
    const outStart = new Int32Array(own.length + 1);
    for (let k = 0; k < order.length; k++) {
      const state = order[k];
      for (let c = 1; c < width; c++) table[k * width + c] = rank[next[state * width + c]];
      ends[k] = outs[state].length ? 1 : 0;
      outStart[k + 1] = outStart[k] + outs[state].length;
    }
    this.width = width;
    this.ends = ends;
    this.outIds = Int32Array.from(order.flatMap((state) => outs[state]));
    this.outStart = outStart;
    this.classes = classes;
    this.next = table;
    // Each literal's sets, in one array.
    const count = new Int32Array(keys.length + 1);
    for (const members of setMembers) for (const id of members) count[id + 1]++;
    for (let id = 0; id < keys.length; id++) count[id + 1] += count[id];
    const setsOf = new Int32Array(count[keys.length]);
    const fill = count.slice(0, keys.length);
    for (let set = 0; set < setMembers.length; set++) for (const id of setMembers[set]) setsOf[fill[id]++] = set;
    this.setsStart = count;
    this.setsOf = setsOf;
    this.seen = new Uint32Array(keys.length);
    this.found = new Uint32Array(setMembers.length);
    this.stamp = 0;
    this.recent.clear();
  }
}

/** "İ": lower-cased, "i" and U+0307 (the only unit whose lower case is two units). */
const DOTTED_CAPITAL_I = 0x130;
/**
 * The units other than ASCII lower case whose lower case (String.prototype.toLowerCase) is one
 * ASCII unit: "A"–"Z", the Kelvin sign ("k") and, for its first unit, "İ" ("i"). Every other unit
 * lower-cases to a unit of 128 or more, which no literal of the i flag holds (the
 * context of Greek's final sigma gives σ or ς, neither of them ASCII). Written out rather than derived
 * from all 65,536 units at start-up (14 ms); speed-s19.test.ts derives it and compares.
 */
export const FOLDS_TO_ASCII: ReadonlyArray<readonly [number, number]> = [
  ...Array.from({ length: 26 }, (_, k) => [0x41 + k, 0x61 + k] as const),
  [DOTTED_CAPITAL_I, 0x69],
  [0x212a, 0x6b],
];

/** A literal as the automaton reads it: "A"–"Z" as "a"–"z" (a literal holding "İ" or the Kelvin sign is not read by it). */
function foldAscii(literal: string): string {
  return literal.replace(/[A-Z]+/g, (run) => run.toLowerCase());
}

const finder = new LiteralFinder();

/** False when `pattern` cannot match anywhere in `text`; true when it may. */
export function mayMatch(pattern: RegExp, text: string): boolean {
  const req = requiredLiterals(pattern);
  return !req || finder.holds(req, text);
}

/** Reads `source` under `flags` (sets of MAX_SET strings, else of MAX_LARGE_SET); exported for the tests. */
export function readRequirement(source: string, flags: string): Requirement | null {
  const small = readWithin(MAX_SET, source, flags);
  return small ?? readWithin(MAX_LARGE_SET, source, flags) ?? readWithin(MAX_LARGE_SET, source, flags, true);
}

/** One reading with sets of up to `limit` literals; `byFewest` for the third reading (see `fewest`). */
function readWithin(limit: number, source: string, flags: string, byFewest = false): Requirement | null {
  maxSet = limit;
  fewest = byFewest;
  try {
    return readOnce(source, flags);
  } finally {
    maxSet = MAX_SET;
    fewest = false;
  }
}

function readOnce(source: string, flags: string): Requirement | null {
  const lower = flags.includes('i');
  const unicode = flags.includes('u');
  if (flags.includes('v')) return null;
  try {
    const reader = new Reader(source, lower, unicode);
    const info = reader.alternation();
    if (reader.at < source.length) return null;
    const need = best([info.need, exactNeed(info.exact)]);
    if (!need) return null;
    const literals = minimal(need);
    // A one-character literal is found almost everywhere: not worth looking for.
    if (literals.some((l) => l.length < 2)) return null;
    const also = alsoNeeded(source, lower, unicode, literals);
    return also.length ? { literals, lower, also } : { literals, lower };
  } catch (e) {
    if (e instanceof Bail) return null;
    throw e;
  }
}

/** At most this many sets besides the first. */
const MAX_ALSO = 3;

/**
 * The other sets of a pattern that is one sequence: each part's requirement holds on its own (the
 * sequence's requirement is the best of them), so a match holds all of them. Only sets whose
 * literals all have three characters or more, most likely to fail first; none for an alternation.
 */
function alsoNeeded(source: string, lower: boolean, unicode: boolean, first: string[]): string[][] {
  const reader = new Reader(source, lower, unicode);
  const needs: Array<string[] | null> = [];
  reader.sequence(needs);
  if (reader.at < source.length) return []; // a | at the top: an alternation
  const candidates = needs.filter((n): n is string[] => !!n && n.length > 0).map(minimal).filter((set) => set.every((l) => l.length >= 3));
  // A set that one already taken implies (each literal of that one holds a literal of this) adds nothing.
  const implied = (set: string[], by: string[]) => by.every((l) => set.some((t) => l.includes(t)));
  const taken = [first];
  for (const set of candidates.sort((a, b) => score(b) - score(a))) {
    if (taken.length > MAX_ALSO) break;
    if (!taken.some((t) => implied(set, t))) taken.push(set);
  }
  return taken.slice(1);
}

/** How likely a set is to fail: longest shortest literal, then fewest literals (as best reads it). */
function score(need: string[]): number {
  if (fewest) {
    // Words of seven letters or more count alike (rare enough); among them, the fewest literals.
    return Math.min(Math.min(...need.map((s) => s.length)), 7) * 10_000 - need.length;
  }
  return Math.min(Math.min(...need.map((s) => s.length)), 8) * 1000 - need.length;
}

/** The exact strings as a requirement: none when one of them is empty. */
function exactNeed(exact: string[] | null): string[] | null {
  return exact && exact.length && !exact.includes('') ? exact : null;
}

/** Of several requirements, the one most likely to fail: longest shortest literal, then fewest literals. */
function best(needs: Array<string[] | null>): string[] | null {
  let chosen: string[] | null = null;
  let top = -1;
  for (const need of needs) {
    if (!need || !need.length) continue;
    const s = score(need);
    if (s > top) { top = s; chosen = need; }
  }
  return chosen;
}

/** Drops a literal that holds another one of the set (the shorter one is found wherever it is). */
function minimal(literals: string[]): string[] {
  const unique = [...new Set(literals)].sort((a, b) => a.length - b.length);
  const out: string[] = [];
  for (const s of unique) if (!out.some((t) => s.includes(t))) out.push(s);
  return out;
}

function product(a: string[], b: string[]): string[] | null {
  if (a.length * b.length > maxSet) return null;
  const out: string[] = [];
  for (const x of a) for (const y of b) out.push(x + y);
  return [...new Set(out)];
}

function union(a: string[], b: string[]): string[] | null {
  const out = [...new Set([...a, ...b])];
  return out.length > maxSet ? null : out;
}

/** Recursive descent over the pattern's source. */
class Reader {
  at = 0;
  constructor(private readonly src: string, private readonly lower: boolean, private readonly unicode: boolean) {}

  alternation(): Info {
    let info = this.sequence();
    while (this.src[this.at] === '|') {
      this.at++;
      const next = this.sequence();
      const exact = info.exact && next.exact ? union(info.exact, next.exact) : null;
      const left = info.need ?? exactNeed(info.exact);
      const right = next.need ?? exactNeed(next.exact);
      const need = left && right ? union(left, right) : null;
      info = { exact, need };
    }
    return info;
  }

  /**
   * A run of quantified atoms: exact strings multiply while they stay few; the best requirement of
   * the parts is the sequence's. `needs` receives every requirement of the parts (alsoNeeded).
   */
  sequence(needs: Array<string[] | null> = []): Info {
    let run: string[] | null = [''];
    let whole = true;
    while (this.at < this.src.length && this.src[this.at] !== '|' && this.src[this.at] !== ')') {
      const part = this.quantified();
      needs.push(part.need);
      // A part's own strings (a group of words) are a requirement too: the third reading may choose them.
      if (fewest) needs.push(exactNeed(part.exact));
      if (part.exact) {
        const joined: string[] | null = run ? product(run, part.exact) : null;
        if (joined) run = joined;
        else { needs.push(exactNeed(run)); run = part.exact; whole = false; }
      } else {
        needs.push(exactNeed(run));
        run = null;
        whole = false;
      }
      if (run === null) run = [''];
    }
    needs.push(exactNeed(run));
    return { exact: whole ? run : null, need: best(needs) };
  }

  quantified(): Info {
    const atom = this.atom();
    const q = this.quantifier();
    if (!q) return atom;
    if (this.src[this.at] === '?') this.at++; // lazy
    const [min, max] = q;
    if (atom.kind === 'assertion') return EMPTY; // a quantified look-around asserts nothing for sure
    const inner = atom.info;
    const need = min >= 1 ? inner.need ?? exactNeed(inner.exact) : null;
    let exact: string[] | null = null;
    if (inner.exact && max !== Infinity && max <= 2) {
      exact = min === 0 ? [''] : [];
      let power: string[] | null = [''];
      for (let n = 1; n <= max && power; n++) {
        power = product(power, inner.exact);
        if (power && n >= min) exact = exact && union(exact, power);
        else if (n >= min) exact = null;
      }
      if (!power) exact = null;
    }
    return { exact, need };
  }

  private quantifier(): [number, number] | null {
    const c = this.src[this.at];
    if (c === '*') { this.at++; return [0, Infinity]; }
    if (c === '+') { this.at++; return [1, Infinity]; }
    if (c === '?') { this.at++; return [0, 1]; }
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.at));
      if (!m) { if (this.unicode) throw new Bail(); return null; } // a literal brace
      this.at += m[0].length;
      const min = Number(m[1]);
      return [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    }
    return null;
  }

  /** One atom; a look-around is marked so that a quantifier on it counts for nothing. */
  private atom(): Info & { info: Info; kind?: 'assertion' } {
    const wrap = (info: Info, kind?: 'assertion') => ({ ...info, info, kind });
    const c = this.src[this.at];
    if (c === '(') {
      this.at++;
      let kind: 'group' | 'ahead' | 'not' = 'group';
      if (this.src[this.at] === '?') {
        const rest = this.src.slice(this.at, this.at + 4);
        if (rest.startsWith('?:')) this.at += 2;
        else if (rest.startsWith('?=')) { this.at += 2; kind = 'ahead'; }
        else if (rest.startsWith('?!')) { this.at += 2; kind = 'not'; }
        else if (rest.startsWith('?<=')) { this.at += 3; kind = 'ahead'; }
        else if (rest.startsWith('?<!')) { this.at += 3; kind = 'not'; }
        else if (rest.startsWith('?<')) { const close = this.src.indexOf('>', this.at); if (close < 0) throw new Bail(); this.at = close + 1; }
        else throw new Bail();
      }
      const inner = this.alternation();
      if (this.src[this.at] !== ')') throw new Bail();
      this.at++;
      if (kind === 'group') return wrap(inner);
      // A look-around consumes nothing; a positive one's text is in the text all the same.
      return wrap({ exact: [''], need: kind === 'ahead' ? inner.need ?? exactNeed(inner.exact) : null }, 'assertion');
    }
    if (c === '[') return wrap(this.charClass());
    if (c === '.') { this.at++; return wrap(ANY); }
    if (c === '^' || c === '$') { this.at++; return wrap(EMPTY, 'assertion'); }
    if (c === '\\') return this.escape(wrap);
    if (c === '*' || c === '+' || c === '?' || c === ')' || c === '|') throw new Bail();
    if (c === '{' && this.unicode) throw new Bail();
    this.at++;
    return wrap(this.literal(c));
  }

  private escape(wrap: (info: Info, kind?: 'assertion') => Info & { info: Info; kind?: 'assertion' }) {
    const c = this.src[this.at + 1];
    if (c === undefined) throw new Bail();
    this.at += 2;
    if (c === 'b' || c === 'B') return wrap(EMPTY, 'assertion');
    if ('dDwWsS'.includes(c)) return wrap(ANY);
    if (c === 'p' || c === 'P') { this.skipBraces(); return wrap(ANY); }
    if (c === 'k' || (c >= '1' && c <= '9')) { while (/[0-9]/.test(this.src[this.at] ?? '')) this.at++; if (c === 'k') this.skipName(); return wrap(ANY); }
    const ch = this.escapedChar(c);
    return wrap(this.literal(ch));
  }

  /** The character an escape other than a class or an assertion stands for. */
  private escapedChar(c: string): string {
    const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f' };
    if (simple[c]) return simple[c];
    if (c === '0' && !/[0-9]/.test(this.src[this.at] ?? '')) return '\0';
    if (c === 'x') { const h = /^[0-9a-fA-F]{2}/.exec(this.src.slice(this.at)); if (!h) throw new Bail(); this.at += 2; return String.fromCharCode(parseInt(h[0], 16)); }
    if (c === 'u') {
      const h = /^[0-9a-fA-F]{4}/.exec(this.src.slice(this.at));
      if (h) { this.at += 4; return String.fromCharCode(parseInt(h[0], 16)); }
      throw new Bail();
    }
    // Identity escapes of punctuation only; a letter or digit escape we do not know is not read.
    if (/[\^$\\.*+?()[\]{}|/\-,:;!=<>'"#&%@~`_ ]/.test(c)) return c;
    throw new Bail();
  }

  private skipBraces(): void {
    if (this.src[this.at] !== '{') throw new Bail();
    const close = this.src.indexOf('}', this.at);
    if (close < 0) throw new Bail();
    this.at = close + 1;
  }

  private skipName(): void {
    if (this.src[this.at] !== '<') throw new Bail();
    const close = this.src.indexOf('>', this.at);
    if (close < 0) throw new Bail();
    this.at = close + 1;
  }

  /**
   * One literal character: itself, or lower-cased under the i flag (ASCII only: other characters
   * are not read; with u, neither are "s" and "k", which "ſ" and the Kelvin sign match).
   */
  private literal(ch: string): Info {
    const code = ch.charCodeAt(0);
    if (code >= 0xd800 && code <= 0xdfff) return ANY; // half of a surrogate pair: not read
    if (this.lower) {
      if (code >= 128) return ANY;
      const low = ch.toLowerCase();
      if (this.unicode && (low === 's' || low === 'k')) return ANY;
      return { exact: [low], need: null };
    }
    return { exact: [ch], need: null };
  }

  /** A class of a few literal characters ("[Tt]", "[’']") is their set; any other class is not read. */
  private charClass(): Info {
    this.at++;
    let negated = false;
    if (this.src[this.at] === '^') { negated = true; this.at++; }
    const chars: string[] = [];
    let known = !negated;
    while (this.at < this.src.length && this.src[this.at] !== ']') {
      let ch: string | null = this.classChar();
      if (this.src[this.at] === '-' && this.src[this.at + 1] !== ']' && this.at + 1 < this.src.length) {
        this.at++;
        const to = this.classChar();
        if (ch === null || to === null) { known = false; continue; }
        const a = ch.charCodeAt(0);
        const b = to.charCodeAt(0);
        if (b < a) throw new Bail();
        if (b - a + 1 > MAX_CLASS) { known = false; continue; }
        for (let k = a; k <= b; k++) chars.push(String.fromCharCode(k));
        continue;
      }
      if (ch === null) { known = false; continue; }
      chars.push(ch);
    }
    if (this.src[this.at] !== ']') throw new Bail();
    this.at++;
    if (!known || chars.length === 0 || chars.length > MAX_CLASS) return ANY;
    const out = new Set<string>();
    for (const ch of chars) {
      const info = this.literal(ch);
      if (!info.exact) return ANY;
      out.add(info.exact[0]);
    }
    return { exact: [...out], need: null };
  }

  /** One character of a class, or null for a class escape (\d, \w, \p{…}) that stands for many. */
  private classChar(): string | null {
    const c = this.src[this.at];
    if (c !== '\\') { this.at++; return c; }
    const e = this.src[this.at + 1];
    if (e === undefined) throw new Bail();
    this.at += 2;
    if ('dDwWsS'.includes(e)) return null;
    if (e === 'p' || e === 'P') { this.skipBraces(); return null; }
    if (e === 'b') return '\b';
    return this.escapedChar(e);
  }
}
