/**
 * Personal names around titles: the name after a title ("President Vladimir Putin", "P.W. Botha"),
 * and the holder named before one ("Hu Jintao, the President of …", "Tsvangirai became prime
 * minister"). Read by parse-titled-names.ts; NAME_WORD is shared with parse-listed-names.ts.
 */
import { leaderNameEnd } from './gazetteer-matchers.js';
import { matchCountryAt } from './match-country-at.js';
import type { GazetteerView } from './gazetteer-view.js';
import { HONORIFICS, NAME_PARTICLES, NOT_NAME_WORDS, ORG_WORDS, TITLE_RULES } from './title-rules.js';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Any title of office, matched case-insensitively on word boundaries. */
export const TITLE_RE = new RegExp(`(?<![\\p{L}-])(?:${TITLE_RULES.map((r) => escape(r.words)).join('|')})(?![\\p{L}-])`, 'giu');
export const TITLE_STICKY = new RegExp(TITLE_RE.source, 'iuy');

/** The first word of every title (its letters before a space or a hyphen), lower-cased. */
const TITLE_HEADS = new Set(TITLE_RULES.map((r) => /^[a-z]*/.exec(r.words.toLowerCase())![0]));
const LONGEST_HEAD = Math.max(...[...TITLE_HEADS].map((h) => h.length));
const LETTER = /\p{L}/u;
/**
 * Per UTF-16 unit: 0 not looked at yet, 1 not a letter (a surrogate half included), 2 a letter no
 * ASCII letter matches under the i and u flags, else the char code of the lower-case ASCII letter
 * it matches plus 3 ("K", "k" and the Kelvin sign read as "k", "ſ" as "s").
 */
const unitFold = new Uint8Array(0x10000);
function foldOf(code: number): number {
  let f = unitFold[code];
  if (f === 0) {
    const ch = String.fromCharCode(code);
    f = 1;
    if (LETTER.test(ch)) {
      f = 2;
      for (let a = 97; a <= 122; a++) if (new RegExp(String.fromCharCode(a), 'iu').test(ch)) { f = a + 3; break; }
    }
    unitFold[code] = f;
  }
  return f;
}
for (let code = 0; code < 128; code++) foldOf(code);

/** A surrogate pair at `i` that is one letter. */
function astralLetterAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff) return false;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff && LETTER.test(text.slice(i, i + 2));
}

/** Hash of a folded run of letters, as nextTitle works it out on the way. */
const foldHash = (h: number, f: number) => (Math.imul(h, 31) + f) | 0;
const HEAD_HASHES = new Uint8Array(1 << 12);
for (const head of TITLE_HEADS) {
  let h = 0;
  for (let i = 0; i < head.length; i++) h = foldHash(h, head.charCodeAt(i) + 3);
  HEAD_HASHES[h & 0xfff] = 1;
}

/**
 * The next match of TITLE_RE from `from` on, as `TITLE_RE.exec` with lastIndex `from` finds it: a
 * title starts a run of letters with no letter or hyphen before it, and its first word is that whole
 * run, so the sticky expression is tried only where the run (folded as the i and u flags fold it) is a
 * title's first word — the search tried every title at every position of the text.
 *
 * @example
 *   nextTitle('He met the Foreign Minister.', 0)?.index // → 11
 */
export function nextTitle(scan: string, from: number): RegExpExecArray | null {
  const n = scan.length;
  let i = from;
  // A run that began before `from` cannot hold a match: skip to its end.
  if (i > 0 && (foldOf(scan.charCodeAt(i - 1)) >= 2 || (i > 1 && astralLetterAt(scan, i - 2)))) {
    while (i < n) {
      if (foldOf(scan.charCodeAt(i)) >= 2) i++;
      else if (astralLetterAt(scan, i)) i += 2;
      else break;
    }
  }
  while (i < n) {
    let f = foldOf(scan.charCodeAt(i));
    if (f === 1 && !astralLetterAt(scan, i)) { i++; continue; }
    const start = i;
    let h = 0;
    let ascii = true;
    for (; i < n; i++) {
      f = foldOf(scan.charCodeAt(i));
      if (f === 1) {
        if (!astralLetterAt(scan, i)) break;
        ascii = false;
        i++;
      } else if (f === 2) ascii = false;
      else h = foldHash(h, f);
    }
    if (!ascii || i - start > LONGEST_HEAD || !HEAD_HASHES[h & 0xfff] || (start > 0 && scan.charCodeAt(start - 1) === 45 /* - */)) continue;
    let head = '';
    for (let k = start; k < i; k++) head += String.fromCharCode(foldOf(scan.charCodeAt(k)) - 3);
    if (!TITLE_HEADS.has(head)) continue;
    TITLE_STICKY.lastIndex = start;
    const m = TITLE_STICKY.exec(scan);
    if (m) return m;
  }
  return null;
}

/** One token of a name: a word, a quoted nickname (''Bongbong'' as some pages write it), an abbreviated given name ("Ma." for Maria), an "al-" form, initials ("P.W.", "K.", BBC's "George W Bush"), a handle. */
const NAME_TOKEN = /(?:"\p{Lu}[\p{L}]+"|''\p{Lu}\p{L}+''|(?:Ma|Wm|Jos)\.(?= \p{Lu}\p{Ll})|(?:al|el|ul|ad|as|ash|bin|ibn|abu|Al|El)-\p{Lu}[\p{L}'’-]*\p{L}|\p{Lu}[\p{L}'’-]*\p{L}|(?:\p{Lu}\.){1,3}|\p{Lu}(?= \p{Lu}\p{Ll})|@\w+)/uy;
/** A name word and a capitalised word run together ("CastroHe", "MaduroThis"). */
export const GLUED = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u;
/** A name word and a lower-case word joined by a dash: "Francis-prompted". */
const DASHED = /^(\p{Lu}[\p{L}'’]*\p{L})-(\p{Ll}+)$/u;
/** Function words that follow a dash in prose and never end a name. */
const DASH_WORDS = new Set(['the', 'and', 'but', 'who', 'whom', 'whose', 'which', 'was', 'were', 'has', 'had', 'have', 'said', 'says', 'not', 'also', 'then', 'with', 'from', 'for', 'while', 'when', 'after', 'before', 'during', 'including', 'though', 'although', 'because']);
/**
 * A generational suffix or a regnal number ("Charles III", "Leo XIV"). A lone "V" with a full stop
 * and a capitalised word after it is a middle initial ("Ambassador Pavel V. Morozov"), not a fifth.
 */
const SUFFIX = /,? (?:Jr\.?|JR\.?|Sr\.?|X?(?:I{2,3}|IV|V(?!\. \p{Lu})I{0,3}|IX)|XI{1,3}|XI?V)(?![\p{L}])/uy;

/** A personal name starting at `at`, or null. */
/** COMPOUND_RANK (see readName). */
const COMPOUND_RANK = /(?:(?:(?:Assistant |Deputy |Detective )?Chief |Detective )?(?:Constable|Superintendent|Inspector|Sergeant)|Air (?:Chief |Vice[- ])?Marshal|Air Commodore|Group Captain|Wing Commander|Squadron Leader|(?:Vice|Rear)[- ](?:Adm\.|Admiral)|(?:Lt|Maj|Brig)\.?-(?:Gen|Col)\.|(?:Lieutenant|Major|Brigadier)[- ]General|Lieutenant[- ]Colonel) (?=\p{Lu})/uy;
/**
 * MALAY_STYLE: Malaysian and Bruneian styles run to several words, of which only the first is a general honorific
 * ("Datuk Patinggi Hamzah Idris", "Datuk Amar Rosli Kamal", "Dato Seri Setia Dr Halim Wahab"). After an opening
 * honorific the style's other words are dropped too; alone they may be names ("Setia", "Amar").
 */
export const MALAY_STYLE = {
  id: 'name.malay-style',
  example: 'State Secretary Datuk Patinggi Hamzah Idris Openg; Second Finance Minister Dato Seri Setia Dr Halim Wahab Daud',
  reason: 'A style of address is no part of the personal name it precedes; the words after "Datuk", "Dato" or "Pehin" belong to the style.',
  opening: /^(?:Datuk|Dato|Dato'|Dato’|Datin|Tan Sri|Tun|Pehin|Yang Berhormat)\b/,
  words: new Set(['Seri', 'Sri', 'Patinggi', 'Amar', 'Paduka', 'Setia', 'Wira', 'Utama', 'Indera', 'Dr', 'Dr.', 'Haji', 'Hajah', 'Datu', 'Dato', 'Datuk']),
};
/** A title right before "Elect" ("President Elect X", "Prime Minister Elect X"). */
const TITLE_BEFORE_ELECT = /(?:President|Minister|Premier|Chancellor|Governor) $/;
/** HYPHENATED_SURNAME: "-Zardari" right after a known name. */
export const HYPHENATED_SURNAME = {
  id: 'name.hyphenated-surname',
  example: 'Foreign Minister Bilawal Bhutto-Zardari spoke with Secretary Blinken.',
  reason: 'A double family name written with a hyphen is one name; the part after the hyphen is not another person\'s mention.',
  pattern: /^-\p{Lu}\p{Ll}+(?![\p{L}-])/u,
};
/** POST_NOMINAL (see readName): letters written after a name for a seat or a rank at the bar. */
const POST_NOMINAL = new Set(['MP', 'MPs', 'MEP', 'MSP', 'MLA', 'QC', 'KC', 'TD']);
/** ORG_HEAD_AFTER (see readName): after a one-word name, the head of a body or an office, or "of" before a capitalised word (group 1: that word). */
export const ORG_HEAD_AFTER = {
  id: 'name.org-head-after',
  example: 'David Brook, director general of the Ruritanian Chambers of Commerce, said … ; the Defence Procurement Agency; Chief Electoral Commissioner Ana Ruiz',
  reason: 'A capitalised word after a title that a body\'s head ("Agency", "Union", "Commissioner") or "of" and a name other than a country\'s follows is part of that body\'s name, not a person\'s; "President Putin of Russia" keeps its name.',
  pattern: /^(?:'|’)?\s(?:(?:Agency|Union|Institute|Instituto|Commission|Commissioner|Council|Committee|Authority|Association|Bureau|Board|Corporation|Company|Office|Service|Department|Directorate|Division|Unit|Fund|Bank|Party|Federation|Confederation|Congress|Chamber|Chambers)\b|of (?:the )?(\p{Lu}))/u,
};
/** A patronymic particle after a given name ("Said bin Taimur", "Said ibn Ali"). */
const PATRONYMIC_AFTER = /^ (?:bin|ibn|bint) \p{Lu}/u;

export function readName(scan: string, at: number, gazetteer: GazetteerView): { start: number; end: number } | null {
  let pos = at;
  for (;;) {
    const m = /^(\S+)\s/.exec(scan.slice(pos, pos + 20));
    // "Tan Sri" is a Malaysian honorific of two words ("Tan" alone is a family name).
    if (m && m[1] === 'Tan' && scan.startsWith('Sri ', pos + 4)) { pos += 8; continue; }
    // MALAY_STYLE: the words of a Malaysian or Bruneian style after its first honorific ("Datuk Patinggi", "Dato Seri Setia Dr")
    // and "Elect" after a title ("President Elect X") are no part of the name.
    if (m && pos > at && MALAY_STYLE.words.has(m[1]) && MALAY_STYLE.opening.test(scan.slice(at, pos))) { pos += m[0].length; continue; }
    if (m && pos === at && m[1] === 'Elect' && TITLE_BEFORE_ELECT.test(scan.slice(Math.max(0, at - 30), at))) { pos += m[0].length; continue; }
    // COMPOUND_RANK: a military rank of two words or hyphenated parts ("Air Marshal", "Vice-Adm.", "Lt.-Gen.", "Rear Admiral")
    // is no part of the name after it.
    COMPOUND_RANK.lastIndex = pos;
    const rank = COMPOUND_RANK.exec(scan);
    if (rank) { pos += rank[0].length; continue; }
    if (!m || !HONORIFICS.has(m[1])) break;
    pos += m[0].length;
  }
  const start = pos;
  let end = pos;
  let tokens = 0;
  while (tokens < 6) {
    // A listed leader's name is one unit, though its words look like a country or a common word.
    const known = tokens === 0 ? leaderNameEnd(gazetteer, scan, pos) : -1;
    if (known > 0) {
      end = known;
      tokens = scan.slice(pos, known).split(' ').length;
      SUFFIX.lastIndex = end;
      const suffix = SUFFIX.exec(scan);
      if (suffix) { end += suffix[0].length; break; }
      // HYPHENATED_SURNAME: a known name joined by a hyphen to another family name ("Bhutto-Zardari") goes on to its end: the
      // word after the hyphen is no mention of its own (another leader's surname).
      const joined = HYPHENATED_SURNAME.pattern.exec(scan.slice(end, end + 30));
      if (joined) end += joined[0].length;
      if (scan.startsWith("'s", end) || scan[end] !== ' ') break;
      pos = end + 1;
      continue;
    }
    const particle = /^((?:[a-z]+ ){1,3})(?=\p{Lu})/u.exec(scan.slice(pos, pos + 16));
    if (particle && tokens > 0 && particle[1].trim().split(' ').every((w) => NAME_PARTICLES.has(w))) { pos += particle[0].length; continue; }
    NAME_TOKEN.lastIndex = pos;
    const m = NAME_TOKEN.exec(scan);
    if (!m) break;
    let token = m[0];
    const possessive = /'s$/.test(token);
    if (possessive) token = token.slice(0, -2);
    // A word glued to the next sentence's first word by a lost space ("Castro" + "He"): the name ends inside it.
    // A dash glued to the next words ("Pope Francis—prompted", normalised to "-"): the name ends at the dash.
    // Only an English word there (one of seven letters or more, a participle in -ed, a function word): "Jong-un", "Jae-in", "Ching-te" stay names.
    const dash = DASHED.exec(token);
    if (dash && (dash[2].length >= 7 || (dash[2].length >= 4 && dash[2].endsWith('ed')) || DASH_WORDS.has(dash[2]))) { end = pos + dash[1].length; tokens++; break; }
    const glued = GLUED.exec(token);
    if (glued && NOT_NAME_WORDS.has(glued[2]) && tokens > 0) { end = pos + glued[1].length; tokens++; break; }
    // A headline in capitals ("LEADER VOWS REVENGE") names no one; initials and "JR" stay names.
    // GIVEN_NAME_BEFORE_PATRONYMIC: a word of NOT_NAME_WORDS before "bin"/"ibn" is a given name ("Sultan Said bin Taimur").
    // POST_NOMINAL: letters after a name ("Ana Ruiz MP", "Olav Brenner QC") are no part of it.
    if (tokens > 0 && POST_NOMINAL.has(token)) break;
    if ((NOT_NAME_WORDS.has(token) && !PATRONYMIC_AFTER.test(scan.slice(pos + token.length, pos + token.length + 6))) || (tokens === 0 && HONORIFICS.has(token)) || /^\p{Lu}{3,}$/u.test(token)) break;
    if (matchCountryAt(scan, pos, gazetteer, false)) break;
    TITLE_STICKY.lastIndex = pos;
    if (TITLE_STICKY.test(scan) && /^\p{Lu}/u.test(token) && tokens > 0) break;
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
  // ORG_HEAD_AFTER: one word followed by a body's head or by "of" and no country ("the British Chambers of Commerce",
  // "the Defence Procurement Agency", "Chief Electoral Commissioner") is a word of a body's or an office's name.
  if (tokens === 1) {
    const after = ORG_HEAD_AFTER.pattern.exec(scan.slice(end, end + 40));
    if (after && (!after[1] || !matchCountryAt(scan, end + after[0].length - after[1].length, gazetteer, true))) return null;
  }
  // Initials alone ("P.W.") name no one.
  if (/^(?:[A-Z]\.)+$/.test(text)) return null;
  // …nor does an organisation's or a treaty's name ("General Agreement on Tariffs"), nor an honour or a site named after
  // someone ("the King Abdulaziz Medal": actor.name.eponym).
  if (ORG_WORDS.has(text.split(' ').pop() ?? '') || /(?:Agreement|Treaty|Accord|Convention|Pact|Protocol|Charter|Committee|Team|Group|Organisation|Organization|Commission|Council|Office|Airport|Palace|Forum|Mission|Embassy|Consulate|Delegation|Secretariat|Institute|Foundation|Centre|Center|University|Party|Movement|Front|Association|Agency|Authority|Bank|Fund|Company|Corporation|Medal|Prize|Award|Trophy|Scholarship|Fellowship|Stadium|Causeway|Highway|Boulevard|Mosque|Museum|Mausoleum)$/.test(text)) return null;
  return { start, end };
}

/** One word of a personal name, for patterns that read names around titles and in lists. */
export const NAME_WORD = "(?:(?:\\p{Lu}\\.){1,3}(?= )|\\p{Lu}[\\p{L}'’-]*\\p{L}|(?:al|el|bin|ibn|da|de|dos|van|von|der|del|la)(?:-\\p{Lu}[\\p{L}'’-]*\\p{L})?)";
/** "NAME, (the) TITLE …" — an appositive title after the name; the title must name a country. */
const APPOSITIVE_BEFORE = new RegExp(`(?:^|[\\s(“"])(${NAME_WORD}(?: ${NAME_WORD}){1,4}), (?:the |a |then-|then )?$`, 'u');
/** "NAME became TITLE", "NAME, who served as TITLE" — a title given by a copula. */
const COPULA_BEFORE = new RegExp(`(?:^|[\\s(“"])(${NAME_WORD}(?: ${NAME_WORD}){0,4})(?:,? who)? (?:became|becomes|has become|had become|served as|serving as|(?<=who )(?:is|was)|was appointed|was named|was elected|was sworn in as|took office as|remained|remains) (?:the |its |their |his |her |a )?$`, 'u');

/** A personal name standing right before a title (see the two patterns above), or null. */
export function nameBefore(scan: string, titleStart: number, gazetteer: GazetteerView, titleHasCountry: boolean): { start: number; end: number; from: number } | null {
  const from = Math.max(0, titleStart - 80);
  const window = scan.slice(from, titleStart);
  const m = (titleHasCountry ? APPOSITIVE_BEFORE.exec(window) : null) ?? COPULA_BEFORE.exec(window);
  if (!m) return null;
  // "Mr Novak, Slovakia's prime minister", "H.E. Ana Ruiz, President of …": the honorific is no part of the name.
  const honorific = /^(?:(?:Mr|Mrs|Ms|Dr|Sir|Dame|Sheikh)\.?|H\.E\.|(?:His|Her) Excellency) /.exec(m[1]);
  const name = honorific ? m[1].slice(honorific[0].length) : m[1];
  const start = from + m.index + m[0].indexOf(m[1]) + (honorific?.[0].length ?? 0);
  if (!name) return null;
  // Words that are no name's may only lead ("Portugal's Luís Montenegro, the …"): the name is what follows them.
  let nameStart = start;
  let known = -1;
  const words = name.split(' ');
  for (let i = 0, pos = start; i < words.length; pos += words[i].length + 1, i++) {
    if (pos === nameStart) known = leaderNameEnd(gazetteer, scan, pos);
    if (pos < known) continue;
    const word = words[i];
    TITLE_STICKY.lastIndex = pos;
    if (!(NOT_NAME_WORDS.has(word) || ORG_WORDS.has(word) || matchCountryAt(scan, pos, gazetteer, false) || TITLE_STICKY.test(scan))) continue;
    if (i === words.length - 1 || pos !== nameStart) return null;
    nameStart = pos + word.length + 1;
  }
  // HONORIFIC_AFTER_LEADING: an honorific after the leading words is no part of the name either ("… of Ruritania Dr Ana Ruiz, Ambassador …").
  for (let h = /^(\S+) /.exec(scan.slice(nameStart, nameStart + 20)); nameStart > start && h && HONORIFICS.has(h[1]); h = /^(\S+) /.exec(scan.slice(nameStart, nameStart + 20))) nameStart += h[0].length;
  let end = start + name.length;
  // POST_NOMINAL: "Ana Ruiz MP, the minister": the letters after the name are no part of it.
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (POST_NOMINAL.has(last) && end - last.length - 1 > nameStart) end -= last.length + 1;
  // A name moved past leading words keeps two words at least.
  if (nameStart > start && !/\s/.test(scan.slice(nameStart, end))) return null;
  // `from`: where the phrase starts, with an honorific the name leaves out.
  return { start: nameStart, end, from: nameStart === start && honorific ? start - honorific[0].length : nameStart };
}
