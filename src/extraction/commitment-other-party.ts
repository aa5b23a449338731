/**
 * The other party of a generic commitment (find-commitments.ts): the country helped (beneficiary),
 * named inside the match, given something directly, after "to/for/with", or after a purpose clause;
 * or the country acted against (target), after "on/against", an "anti-" demonym, or an adversary word.
 */
import type { CountryMention, Mention, Sentence } from './extraction-types.js';
import { ADVERSARY_AFTER, type CommitmentRule } from './commitment-rules.js';
import { countryOfActor, type Index } from './commitment-index.js';
import { countryReferredIn } from './country-reference.js';
import type { GazetteerView } from './gazetteer-view.js';
import { POSSESSOR_OF_SUPPORT } from './news-commitment-rules.js';

/** Where a generic rule matched, with the parties within its reach. */
export interface Match {
  rule: CommitmentRule;
  text: string;
  s: Sentence;
  at: number;
  end: number;
  countries: CountryMention[];
  inSentence: CountryMention[];
  sentenceMentions: Mention[];
}

/** The other party's country, null when none is named, undefined when the rule needs one inside the match and has none. */
export function otherParty(ix: Index, { rule, text, s, at, end, countries, inSentence, sentenceMentions }: Match, byCountry: string, gazetteer?: GazetteerView): string | null | undefined {
  const { scan } = ix.article;
  let other: string | null = null;
  const after = countries.filter((c) => c.start >= end - 40 && c.code !== byCountry);
  if (rule.role === 'beneficiary') {
    const inside = rule.kind === 'diplomatic_support' ? countries.find((c) => c.start >= at && c.start < end && !POSSESSOR_OF_SUPPORT.test(scan.slice(c.end, end)))?.code ?? countryReferredIn(text, at, gazetteer, [...(ix.countries.get(s.index - 1) ?? []), ...inSentence], byCountry) : undefined;
    if (rule.insideOnly && !inside) return undefined;
    const named = (inside ? { code: inside } : undefined)
      ?? countries.find((c) => c.start >= at && c.code !== byCountry && GIVEN_TO.test(scan.slice(c.start - 12, c.start)))
      ?? countries.filter((c) => c.code !== byCountry && /\b(?:to|for|with)(?: the)? $/.test(scan.slice(c.start - 9, c.start)))
        .sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at))[0]
      ?? countries.find((c) => c.code !== byCountry && c.start >= end && c.start - end < 60 && PURPOSE_BEFORE.test(scan.slice(end, c.start)));
    const subject = sentenceMentions[0];
    const fallback = countryOfActor(ix, subject?.actor ?? null);
    other = named?.code ?? (fallback !== byCountry ? fallback : null);
  } else {
    const held = /hold ([\s\S]*?) accountable/.exec(text);
    other = (held ? countries.find((c) => c.start >= at && c.end <= end)?.code : undefined)
      ?? after.find((c) => /\b(?:on|against)(?: the)? $/.test(scan.slice(c.start - 12, c.start)))?.code
      // "warned Russia of severe consequences": the country the match itself names as its object.
      ?? countries.find((c) => c.start > at && c.end <= end && c.code !== byCountry)?.code
      // "a befitting response to India", "sanctions for Iran's …": the country right after the match.
      ?? after.find((c) => c.start >= end && /^ (?:to|for|over)(?: the)? $/.test(scan.slice(end, c.start)))?.code
      // TARGET_IN_OBJECT: "sanctions on four senior Ruritanian officials": the country qualifying the people or firms acted against.
      ?? after.find((c) => c.start - end < 60 && TARGET_IN_OBJECT.test(scan.slice(end, c.start)))?.code
      ?? countries.find((c) => c.via === 'demonym' && /anti-$/.test(scan.slice(c.start - 5, c.start)))?.code
      ?? countries.find((c) => c.code !== byCountry && ADVERSARY_AFTER.test(scan.slice(c.end, c.end + 30)))?.code
      // Else another country of the clause, unless the clause makes it the one imposing the measure or a partner (NOT_TARGET).
      ?? countries.find((c) => c.code !== byCountry && !notTarget(scan, c, at))?.code ?? null;
  }
  return other;
}

/** Before a country given something directly: "will give Ukraine 5,000 missiles". */
const GIVEN_TO = /\b(?:give|gives|gave|giving|send|sends|sent|sending|offer(?:s|ed)?|grant(?:s|ed)?|provide|provides|provided|supply|supplies|supplied) (?:the )?$/;

/** Between an aid word and the country it helps: "to help calm Argentina's", "to shore up". */
const PURPOSE_BEFORE = /^ (?:to |in order to )?(?:help|support|shore up|prop up|stabili[sz]e|calm|rescue|rebuild|boost)\b[^.;,]*$/i;

/**
 * Between a measure and the country qualifying what it acts on ("sanctions on four senior Ruritanian
 * officials", "an embargo against two state-owned Freedonian banks"): "on" or "against", then up to
 * four words with no other preposition or clause break.
 */
export const TARGET_IN_OBJECT = /^ (?:on|against) (?:(?!(?:to|for|with|by|from|in|and|or|which|that|who)\b)[\w-]+ ){0,4}(?:the )?$/;

/**
 * NOT_TARGET: a country the clause makes the one imposing the measure ("as Freedonia announces new
 * sanctions", "The Freedonian Treasury yesterday imposed sanctions") or the giver's partner ("at a news
 * conference with the Freedonian president") is not the party acted against.
 */
export const NOT_TARGET = {
  id: 'commitment.not-target',
  example: 'The sanctions, announced by Premier Vale at a news conference with the Freedonian president, block the property of twelve firms.',
  reason: 'The target is the party acted against; the subject of the verb of imposing and a partner "with" the giver are other parties.',
};
const IMPOSER_GAP = /^(?:['’]s?)?(?: [\w.-]+){0,3}? (?:announc|impos|unveil|slapp|levi|extend|introduc|adopt|approv|tighten|expand)\w*(?: (?:new|fresh|further|more|additional|tough|sweeping|its|the))* $/;
const PARTNER_BEFORE = /\bwith (?:the |its |his |her )?(?:[\w.-]+ ){0,2}$/;
function notTarget(scan: string, c: CountryMention, at: number): boolean {
  return (c.end <= at && at - c.end < 60 && IMPOSER_GAP.test(scan.slice(c.end, at))) || PARTNER_BEFORE.test(scan.slice(Math.max(0, c.start - 30), c.start));
}

/**
 * TARGET_NOT_GIVER: the country a measure is "on", "against" or "to" is the one acted on; a giver
 * read as that country (the fallback to the article's first-named person) is a wrong guess, and the
 * measure is left out rather than given to the party it targets.
 */
export const TARGET_NOT_GIVER = {
  id: 'commitment.target-not-giver',
  example: 'President Nicolas Maduro addressed the nation on Monday. Forty new sanctions against Venezuela were announced by the Foreign Office.',
  reason: 'The party a measure is directed at does not impose it on itself.',
  pattern: /\b(?:on|against|to)(?: the)? $/,
};
