/**
 * Support pledged with no party named in its clause ("Obama pledged his support, saying …",
 * "Ramos renewed her firm support, including through more budget and relief aid"):
 * it goes to the other country of the two-party contact the giver took part in, told last before it
 * in its paragraph or the one before (as agreements signed with no other party named,
 * find-counterpart-agreements.ts). The kinds are those the phrase names: an "including" list of aid,
 * else the kind words before "support" (political → backing, military → security …), else backing.
 * Linear: the contacts are indexed once per article, each look-up is a binary search, the phrase is
 * read in a bounded window after the verb.
 */
import type { Article, Sentence } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';
import { clauseDraft, type NewsCommitments } from './commitment-draft.js';
import { sentenceMatches } from './sentence-matches.js';
import { AID_BLOCKER } from './pledge-rules.js';
import { lastToldCountries } from './told-contact-countries.js';

export const SUPPORT_TO_COUNTERPART = {
  id: 'commitment.support-to-counterpart',
  example: 'President Ramos received Premier Kell of Ostmark on Friday.\n\nRamos pledged his full support, including through continued economic and humanitarian aid.',
  reason: 'Support a party pledges or reaffirms at or after a contact, with no one named after it, is support for the other party of that contact, of the kinds the phrase names (GUIDE.md: political backing when it names none).',
  /** The verb, a possessive or determiner, adjectives, then "support" or "backing" not followed by the party it is for. */
  pattern: /\b(?:pledg(?:e|es|ed|ing)|reaffirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|affirm(?:s|ed|ing)?|renew(?:s|ed|ing)?)((?: (?:[A-Z][\w.]*(?: [A-Z][\w.]*)?['’]s|his|her|its|their|the|U\.S\.|US|EU|UK|full|strong|unwavering|continued|continuing|firm|steadfast|unconditional|total|ongoing|unflagging|political|diplomatic|military|security|defen[cs]e|economic|financial|humanitarian|and|,)){0,6}) (?:support|backing)\b(?![ ,]+(?:for|to|of|from|in|on|among|within|that)\b)/g,
};

/** Kind words and the kind they name (GUIDE.md). */
const KIND_WORDS: ReadonlyArray<[RegExp, string]> = [
  [/\b(?:political(?:ly)?|diplomatic(?:ally)?)\b/i, 'diplomatic_support'],
  [/\b(?:military|militarily|security|defen[cs]e)\b/i, 'security_assistance'],
  [/\b(?:economic(?:ally)?|financial(?:ly)?|budget(?:ary)?|macro-?economic)\b/i, 'economic_aid'],
  [/\bhumanitarian(?:ly)?\b/i, 'humanitarian_aid'],
];

/** The kinds a list of kind words names ("military, budget and humanitarian"; "militarily and financially"), in the order of KIND_WORDS. */
export function kindsNamed(words: string): string[] {
  return KIND_WORDS.filter(([re]) => re.test(words)).map(([, kind]) => kind);
}

/** After the support: ", including (through) more military and budget aid". */
const INCLUDING = /^,? (?:including|notably|especially|in particular)(?: through| in the form of| with)?(?: (?:the )?(?:continued|further|additional|more|new|ongoing))? ((?:[a-z-]+(?:,? and |, | and |,? as well as )){0,4}[a-z-]+) (?:aid|assistance|support|help)\b/;

/** "Norway will support Moldova militarily, diplomatically and financially": the manner adverbs name the kinds. */
export const MANNER_KINDS = /^,? ((?:(?:politically|diplomatically|financially|economically|militarily|humanitarianly)(?:,? and |, | and )){0,4}(?:politically|diplomatically|financially|economically|militarily))\b/;


/** The other country of the two-party contact told last before `at` (its paragraph or the one before) in which `code` took part. */
function counterpartOf(article: Article, s: Sentence, at: number, code: string): string | undefined {
  const codes = lastToldCountries(article, s, at);
  return codes && codes.length === 2 && codes.includes(code) ? codes.find((c) => c !== code) : undefined;
}

export function findSupportToCounterpart(article: Article, parties: PartyIndex, s: Sentence, out: NewsCommitments): void {
  if (!article.calls.length) return;
  const { scan } = article;
  for (const { m, at, end } of sentenceMatches(scan, s, SUPPORT_TO_COUNTERPART.pattern, { pattern: AID_BLOCKER, lookback: 60 })) {
    const giver = parties.agentBefore(s, at);
    if (!giver || giver.demonym || giver.body) continue;
    // A party named in the words after the support ("…, saying Japan stands with Kenya") may be the one it is for: not guessed.
    const rest = scan.slice(end, Math.min(s.end, end + 120));
    const including = INCLUDING.exec(rest);
    const other = counterpartOf(article, s, at, giver.code);
    if (!other) continue;
    const kinds = (including && kindsNamed(including[1])) || [];
    const named = kinds.length ? kinds : kindsNamed(m[1] ?? '');
    const receiver: Party = { start: at, end: at, code: other, actor: null, demonym: false };
    for (const kind of named.length ? named : ['diplomatic_support']) out.drafts.push(clauseDraft(article, s, at, end, SUPPORT_TO_COUNTERPART.id, giver, kind, receiver, 'beneficiary'));
    out.claimed.push({ start: at, end: end + (including ? including[0].length : 0) });
  }
}
