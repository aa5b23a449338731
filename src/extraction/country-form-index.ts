/**
 * The country surfaces (find-countries.ts) indexed by their first two characters and their third, so asking
 * "does a country start here?" reads only the few surfaces that begin like the text, where one
 * alternation over all ~1,500 surfaces tried each of them in turn (the name grammar asks this at
 * dozens of places around every title and name).
 *
 * Matches exactly what the alternation
 *   (?<![\p{L}\p{N}.])(?:SURFACE|DEMONYMs?|…)(?![\p{L}\p{N}]|\.\p{L})   (flag u, longest first)
 * matched: the first surface in that order that fits, a demonym's plural "s" tried before its
 * singular, a surface counting only where no letter, digit or period stands before it and no
 * letter, digit or period-and-letter ("U.S.A" is not "U.S") after it.
 *
 * @example
 *   countryFormIndex(gazetteer).matchAt('the Ukrainians said', 4); // → { surface: …Ukrainian…, end: 15 }
 */
export interface IndexedSurface {
  surface: string;
  /** A demonym also matches with a plural "s" ("Americans"). */
  plural: boolean;
}

/** No letter, digit or period right before an offset (the alternation's look-behind, code-point aware). */
const FREE_BEFORE = /(?<![\p{L}\p{N}.])/uy;
/** No letter or digit, nor a period and a letter, from an offset on (the alternation's look-ahead). */
const FREE_AFTER = /(?![\p{L}\p{N}]|\.\p{L})/uy;

function freeBefore(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  // ASCII decides by itself; anything else (accents, surrogate pairs) goes to the Unicode classes.
  if (c < 128) return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46);
  FREE_BEFORE.lastIndex = at;
  return FREE_BEFORE.test(text);
}

function freeAfter(text: string, at: number): boolean {
  if (at >= text.length) return true;
  FREE_AFTER.lastIndex = at;
  return FREE_AFTER.test(text);
}

/** The first two UTF-16 units at `at` as one number (a key of byPrefix; no string is cut out of the text). */
const prefixKey = (text: string, at: number) => text.charCodeAt(at) * 0x10000 + text.charCodeAt(at + 1);

/**
 * The surfaces of one two-unit prefix, by their third unit: each list holds, in the alternation's
 * order, the surfaces with that third unit and the two-unit surfaces, which fit whatever follows;
 * `short` holds the two-unit ones alone (for a third unit no longer surface has).
 */
interface Bucket {
  byThird: Map<number, IndexedSurface[]>;
  short: IndexedSurface[];
}

export class CountryFormIndex {
  /** Surfaces by their first two characters (prefixKey), then their third (Bucket). */
  private readonly byPrefix = new Map<number, Bucket>();
  /** Char codes (below 0x10000) that start some surface, to skip every other character at once. */
  private readonly firstChar = new Uint8Array(0x10000);

  /** `surfaces` in the order the alternation would try them. */
  constructor(surfaces: IndexedSurface[]) {
    const lists = new Map<number, IndexedSurface[]>();
    for (const s of surfaces) {
      if (s.surface.length < 2) continue;
      const key = prefixKey(s.surface, 0);
      const list = lists.get(key);
      if (list) list.push(s);
      else lists.set(key, [s]);
      this.firstChar[s.surface.charCodeAt(0)] = 1;
    }
    for (const [key, list] of lists) {
      const short = list.filter((s) => s.surface.length === 2);
      const byThird = new Map<number, IndexedSurface[]>();
      for (const s of list) {
        if (s.surface.length === 2) continue;
        const third = s.surface.charCodeAt(2);
        if (!byThird.has(third)) byThird.set(third, list.filter((t) => t.surface.length === 2 || t.surface.charCodeAt(2) === third));
      }
      this.byPrefix.set(key, { byThird, short });
    }
  }

  /** The surface starting exactly at `at` and the offset after it (with a plural "s"), or null. */
  matchAt(text: string, at: number): { surface: string; end: number } | null {
    if (!this.firstChar[text.charCodeAt(at)] || !freeBefore(text, at)) return null;
    // At the text's last units charCodeAt gives NaN, which keys no surface (every surface has two units).
    const bucket = this.byPrefix.get(prefixKey(text, at));
    if (!bucket) return null;
    const list = bucket.byThird.get(text.charCodeAt(at + 2)) ?? bucket.short;
    for (const s of list) {
      if (!text.startsWith(s.surface, at)) continue;
      const end = at + s.surface.length;
      if (s.plural && text.charCodeAt(end) === 115 /* s */ && freeAfter(text, end + 1)) return { surface: s.surface, end: end + 1 };
      if (freeAfter(text, end)) return { surface: s.surface, end };
    }
    return null;
  }

  /** Every surface in `text`, leftmost first and never overlapping (the alternation run globally). */
  matchAll(text: string): Array<{ start: number; end: number }> {
    const out: Array<{ start: number; end: number }> = [];
    for (let at = 0; at < text.length; at++) {
      if (!this.firstChar[text.charCodeAt(at)]) continue;
      const hit = this.matchAt(text, at);
      if (!hit) continue;
      out.push({ start: at, end: hit.end });
      at = hit.end - 1;
    }
    return out;
  }
}
