/**
 * Commitment constructions of news prose, read from their clause (clause-parties.ts): who acts is
 * the clause's subject, an agent after "by", or the country qualifying the measure; who is acted
 * on or with is the party after "on"/"against"/"with"/"between". Each rule: id, example, reason.
 */
import type { Rule } from './extraction-types.js';

/** Sanctions, tariffs and other penalties on a party: kind sanctions, target after on/against. */
export const MEASURE_ON: Rule = {
  id: 'commitment.measures-on',
  example: 'Washington threatened to levy a steep import tax on Brazilian steel from next month.',
  reason: 'A penalty imposed, extended or threatened on a country (its goods, its officials; "for" its officials or goods), or over its acts ("sanctions over Russia\'s role"), is a sanctions commitment against it.',
  pattern: /\b(?:sanctions?|tariffs?|import (?:tax|taxes|duty|duties)|levies|duties|penalties|embargo(?:es)?|export controls|(?:trade|visa|export|import) restrictions|visa bans?|travel bans?|(?:import |export |trade )?bans?)\b(?: [^\s.;]+){0,3}?(?= (?:on|against)\b| over (?:the )?[A-Z][\w.-]*(?: [A-Z][\w.-]*)?['’]s\b| for (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)? (?:government )?(?:officials|nationals|citizens|leaders|individuals|entities|companies|firms|banks|goods|products|imports|exports)\b)/gi,
};
/** "travel bans for Colombian officials": before a party's people or goods, "for" names a measure's target as "on" does. */
export const FOR_HOLDERS = /^ for (?=(?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)? (?:government )?(?:officials|nationals|citizens|leaders|individuals|entities|companies|firms|banks|goods|products|imports|exports)\b)(?:the )?/;
/** Words in the clause before a measure that say it is imposed, extended or threatened. */
export const MEASURE_CUE = /\b(?:impos\w*|retaliat\w*|counter\w*|slap\w*|lev(?:y|ied|ies|ying)|announc\w*|threat\w*|rais\w*|hik\w*|extend\w*|introduc\w*|expand\w*|reciprocal|retaliatory|match\w*|new|additional|higher|fresh|tougher|will|would|vow\w*|pledg\w*|promis\w*|decid\w*|approv\w*|order\w*|sign\w*|adopt\w*)\b/i;
/** Words before a measure that say it is lifted, eased, avoided, only discussed, suffered, or breached ("not in breach of sanctions levied on …"). */
export const MEASURE_BLOCKER = /\b(?:lift\w*|eas(?:e|ed|es|ing)|remov\w*|suspend\w*|paus\w*|waiv\w*|exempt\w*|scrap\w*|lower\w*|cut|cuts|reduc\w*|drop\w*|avoid\w*|escap\w*|spar\w*|negotiat\w*|discuss\w*|talks|relief|under|despite|because|evad\w*|circumvent\w*|criticis\w*|condemn\w*|urg\w*|call\w* (?:for|on)|ask\w*|whether|if|impact|effect|breach\w*|violat\w*)\b/i;

/** A party sanctioned or blacklisted by name: kind sanctions, target the object. */
export const SANCTIONED: Rule = {
  id: 'commitment.sanctioned',
  example: 'The United States sanctioned three Iranian officials on Tuesday.',
  reason: 'Sanctioning a country, its officials or its firms ("sanctioned", "is blacklisting", "agreed to sanction") is a sanctions commitment against that country (a party sanctioned by another is the object, not the actor; the progressive "was blacklisting" is active, the passive "was blacklisted" is not).',
  pattern: /(?:(?<!\b(?:was|were|been|being|is|are|be) (?:\w+ )?)\b(?:sanctioned|blacklisted)|\b(?:sanctioning|blacklisting)|(?<=\b(?:to|will|would|shall) )sanction)(?: (?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|more|top|senior|additional|new|the|some|a|an|number of|further)){0,4}(?= [A-Z])/g,
};
/** "Britain sanctioned 14 officials who helped the Belarusian government": the country the people sanctioned serve. */
export const SANCTIONED_PEOPLE: Rule = {
  id: 'commitment.sanctioned-people',
  example: 'Britain sanctioned 14 officials who helped the Belarusian government rig the vote.',
  reason: 'People sanctioned for serving or backing a country\'s government, named in the clause after them, are a sanctions commitment against that country.',
  pattern: /(?:(?<!\b(?:was|were|been|being|is|are|be) (?:\w+ )?)\b(?:sanctioned|blacklisted)|\b(?:sanctioning|blacklisting)|(?<=\b(?:to|will|would|shall) )sanction) (?:(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozens of|several|more|senior|top|additional|new) ){1,3}(?:officials|individuals|people|persons|officers|judges|members|entities|firms|companies)\b/g,
};
/** "Norland banned Ostmarkian airline Skyra from its airspace": a party's carrier, firms, officials or goods banned by the verb's agent. */
export const BANNED_PARTY: Rule = {
  id: 'commitment.banned-party',
  example: 'Norland on Monday banned Ostmarkian airline Skyra from landing at its airports.',
  reason: 'A country that bans or bars another country, or that country\'s airline, firms, officials, ships or goods (a demonym before them), takes a sanctions measure against it; a party banned in the passive is no agent.',
  pattern: /(?<!\b(?:was|were|been|being|is|are|be) (?:\w+ )?)\b(?:banned|barred|bans|bars)(?= (?:the |all |two |three |several )?\p{Lu})/gu,
};
/** After a demonym banned by BANNED_PARTY: the kind of holder that stands for its country (a carrier, firms, officials, ships, goods). */
export const BANNED_HOLDER = /^ (?:(?:state|national|flag|main|largest|top|senior|government) )?(?:airlines?|carriers?|airways|flights|aircraft|planes|ships|vessels|tankers|firms|companies|banks|entities|officials|diplomats|nationals|citizens|media|broadcasters?|news (?:agency|agencies)|imports|exports|goods|products|oil|gas|steel)\b/i;
/** "threatened Canada with tariffs", "hit China with sanctions": target the object before "with". */
export const PENALTY_WITH: Rule = {
  id: 'commitment.penalty-with',
  example: 'Trump threatened Canada with 35% tariffs.',
  reason: 'A party threatened or hit with a penalty is its target, the subject its author.',
  pattern: /\b(?:threaten(?:s|ed|ing)?|hit(?:s|ting)?|slap(?:s|ped|ping)?|punish(?:es|ed|ing)?|target(?:s|ed|ing)?)(?= )/g,
};
/** After the object of PENALTY_WITH: the penalty. */
export const WITH_PENALTY = /^,? with (?:[^\s.;]+ ){0,4}?(?:tariffs?|sanctions|levies|duties|penalties|import tax(?:es)?|export controls)\b/;

/** Two parties who sign or reach an agreement: kind agreement, one item each way. */
export const SIGNED_PAIR: Rule = {
  id: 'commitment.signed-pair',
  example: 'On March 3, Chile and Peru signed a maritime border agreement; Ghana and Togo will sign a fisheries accord on Friday.',
  reason: 'An agreement signed or reached, or a joint statement adopted, between two parties is a commitment of each to the other (GUIDE.md: a joint commitment); two leaders who witness the signing of their agreement commit as much as those who sign it; so do two parties who will sign one, or are due, set or expected to sign it (the visit\'s programme), as a measure threatened counts as imposed.',
  pattern: /\b(?:have |has |had )?(?:signed|concluded|struck|sealed|reached|inked|exchanged|agreed on|agreed to|agreed|adopted|issued|(?:will|(?:is|are|was|were) (?:set |due |expected |scheduled )?to) (?:sign|ink|conclude)|(?:witnessed|observed|graced|attended|oversaw|presided over) the signing (?:ceremony )?of) (?:a |an |the |on |to )?(?:[\w-]+ ){0,4}?(?:agreement|deal|accord|treaty|pact|memorand(?:um|a)(?:s? of understanding)?|MoU|MOU|ceasefire|truce|contract|partnership|protocol|(?:bilateral |intergovernmental |cooperation |(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several|a number of|a package of) (?:new |bilateral |cooperation )?)documents|joint (?:statement|declaration|communiqu[eé])|declaration|understanding)s?\b/gi,
};
/** "They signed the Broad Partnership for Common Prosperity in the 21st Century agreement": an agreement named by a title. */
export const SIGNED_TITLED: Rule = {
  id: 'commitment.signed-titled',
  example: 'Norland and Ostmark signed the Joint Plan of Action for Coastal Fisheries in the Northern Sea agreement.',
  reason: 'An agreement named by a title in capitals (its small words "of", "for", "in", "the" between) is as much signed as one named by a few common words, however long the title.',
  pattern: /\b(?:have |has |had )?(?:signed|concluded|inked|sealed|adopted) (?:the |a |an )\p{Lu}[\p{L}\d-]* (?:(?:\p{Lu}[\p{L}\d-]*|of|for|on|in|and|the|\d+(?:st|nd|rd|th)) ){0,12}?(?:[Aa]greement|[Tt]reaty|[Aa]ccord|[Pp]act|[Dd]eclaration|[Mm]emorandum|[Cc]harter|[Pp]rotocol|[Cc]onvention)s?\b/gu,
};
/** "P and Q agreed to/on …": a joint undertaking of two parties, one item each way. */
export const AGREED_PAIR: Rule = {
  id: 'commitment.agreed-pair',
  example: 'Washington and Beijing agreed to a 90-day pause on tariffs.',
  reason: 'Two parties who agree to do something together commit to each other (GUIDE.md: a joint commitment).',
  pattern: /\b(?:have |has |had )?agreed(?: on \w+day| \w+day| yesterday| today| (?:last|this) (?:week|month)| in (?:early |mid-|late )?[A-Z][a-z]+(?: \d{4})?| in \d{4}| in principle"?)?,? (?:to|on|that)\b/g,
};
/** "The two ministers pledged to work closely …", "Both leaders vowed to set up a joint fund": a joint undertaking of two parties, one item each way. */
export const JOINT_PLEDGE: Rule = {
  id: 'commitment.joint-pledge',
  example: 'The two foreign ministers also pledged to set up a joint fisheries commission; Norland and Ostmark committed to speeding up the rail link; they pledged closer coordination on fisheries; both sides vowed that they would not deploy new missiles.',
  reason: 'Two parties (a coordinated or group subject) who pledge, vow or commit together to do something undertake it towards each other (GUIDE.md: a joint commitment), which talks alone do not; so do a pledge of closer cooperation or a reduction between them (a noun object of relation) and a pledge "that they would" do something; what the two pledge to do to or for a third party (support, send, impose …) is that party\'s commitment, read by other rules.',
  pattern: /\b(?:pledged|vowed|promised|committed themselves|resolved|undertook)(?: (?:on \w+day|during their \w+(?: in [A-Z]\w+)?(?: on \w+day)?|jointly|together))? to(?= (?!(?:support|back|help|assist|aid|provide|send|supply|give|deliver|impose|sanction|punish|hold|defend|protect|stand|respond|retaliate|not|never)\b)[a-z]+\b)|\bcommitted(?: themselves)? to(?= [a-z]+ing\b)|\b(?:pledged|vowed|promised)(?= (?:(?:closer|greater|stronger|deeper|enhanced|further|increased|more|joint|mutual|continued|sharp|deep|significant|substantial|a|an) ){1,3}(?:cooperation|coordination|collaboration|ties|partnership|reductions?|cuts)\b)|\b(?:pledged|vowed|promised) that(?= (?:they|both|the two [a-z]+) (?:would|will)\b)/g,
};
/** "P signed a deal with Q": the other party after "with". */
export const SIGNED_WITH: Rule = {
  id: 'commitment.signed-with',
  example: 'Brazil signed a trade agreement with China on Tuesday.',
  reason: 'A party that signs an agreement with another, or will or is due to sign one, commits to it, and the other to the first.',
  pattern: /\b(?:signed|concluded|struck|sealed|reached|inked|(?:will|(?:is|are|was|were) (?:set |due |expected |scheduled )?to) (?:sign|ink|conclude)) (?:a |an |the )?(?:[\w$€£.,-]+ ){0,5}?(?:agreement|deal|accord|treaty|pact|memorand(?:um|a)(?: of understanding)?|MoU|MOU|contract|joint (?:statement|declaration)|declaration)s?(?: (?:on|for|in|covering) [^.;,"]{1,40}?)? with\b/gi,
};
/** "a trade pact signed by P and Q": the two signatories after "by". */
export const SIGNED_BY_PAIR: Rule = {
  id: 'commitment.signed-by-pair',
  example: 'The fisheries accord signed by President Okoro and Prime Minister Valdis in 2019 expires next year.',
  reason: 'An agreement said to be signed by two parties of different countries binds each to the other, as when they are the subject of "signed".',
  pattern: /\b(?:agreement|deal|accord|treaty|pact|memorandum of understanding|MoU|MOU)s?,? (?:which (?:was|were) |was |were )?signed (?:in \d{4} |on \w+ |last \w+ )?by\b/gi,
};
/** "an agreement between P and Q" stated as existing. */
export const AGREEMENT_BETWEEN: Rule = {
  id: 'commitment.agreement-between',
  example: 'This meeting is part of a new political economy agreement between Brazil and China.',
  reason: 'An agreement said to exist between two parties binds each to the other.',
  pattern: /\b(?:agreement|deal|accord|treaty|pact|memorandum of understanding)s? (?:signed |reached |concluded )?between\b|\b(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|memorand(?:a|ums?)(?: of understanding)?|MoUs?|documents)\b[^.;"]{0,60}? (?:was|were|has been|have been|had been)(?: also| then| later| formally| officially)? (?:signed|reached|concluded|inked|struck|sealed|exchanged)(?: (?:on|in|at|last|this|during) [^.;",]{1,30}?)? between\b/gi,
};
/** "Four agreements were signed during the visit": a passive signing that names neither party. */
export const SIGNED_PASSIVE: Rule = {
  id: 'commitment.signed-passive',
  example: 'President Amara received Premier Lind of Norland in Vesta on Monday. Four agreements on fisheries and ports were signed after the talks.',
  reason: 'Agreements counted or new ("four agreements", "a deal", not "the deal" told before) said in the passive to be signed, with no party named ("were signed after the talks", not "between" or "by" anyone), are between the two countries of the contact told before them, when the sentence names no other country: one item each way.',
  pattern: /(?:^|\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|some|multiple|various|number of|series of|package of|total of|dozens? of|new) )(?:[\w-]+ ){0,3}?(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|memorand(?:a|ums?)(?: of understanding)?|MoUs?|documents|contracts|protocols)\b(?: [^\s.;"]+){0,8}? (?:was|were|has been|have been|had been)(?: also| then| later| formally| officially| subsequently)? (?:signed|inked|concluded|sealed|exchanged)\b(?! (?:between|by|with)\b)/gi,
};
/** "Kenya agreed with Rwanda to reopen the border": the subject and the party after "with" undertake it together. */
export const AGREED_WITH: Rule = {
  id: 'commitment.agreed-with',
  example: 'Chile agreed with Peru on Monday to open a second border crossing.',
  reason: 'A party that agrees with another to do something (an infinitive follows) makes a joint commitment with it; agreeing with a party\'s view does not.',
  pattern: /\bagreed with (?:the )?(?=[A-Z])/g,
};
/** After the party of AGREED_WITH: an undertaking ("to open …"), optionally after a time phrase. */
export const AGREED_WITH_AFTER = /^(?:,? (?:on \w+day|\w+day|last week|this week|in principle),?)? to [a-z]+/;
/** Words before an agreement that make it only sought, proposed or broken. */
export const AGREEMENT_BLOCKER = /\b(?:talks? (?:on|about|over)|negotiat(?!ors?\b)\w*|propos\w*|draft|would|could|may|might|hope\w*|plan\w*|seek\w*|sought|aim\w*|push\w* for|close to|near|failed|collaps\w*|scrap\w*|withdr\w*|violat\w*|not|no|never|without|whether|if|possible|potential|future)\b/i;
/** "China has promised to buy more Brazilian products": a purchase undertaken from a party's country. */
export const PURCHASE: Rule = {
  id: 'commitment.purchase',
  example: 'China has promised to buy more Brazilian products.',
  reason: 'A pledge to buy or import more from a country is a trade commitment towards it (GUIDE.md: agreement, a joint commitment such as a trade target).',
  pattern: /\b(?:promis(?:e|es|ed)|pledg(?:e|es|ed)|agree(?:s|d)?|commit(?:s|ted)|vow(?:s|ed)?) to (?:buy|purchase|import)(?: (?:more|additional|increased|large|larger))?(?: (?:quantities|amounts|volumes) of)?(?: (?:goods|products|exports|energy|oil|gas|soybeans|beef|grain|chips) from)?(?= (?:the )?[A-Z])/g,
};
/**
 * After "agreed": only to talk, meet, visit or keep in touch again, however the meeting is qualified ("to hold
 * further talks", "to regularly hold summit talks", "to prepare for the next round of strategic dialogue",
 * "to look forward to more high-level visits", "that we will hold the meeting soon", also quoted:
 * agreed to "keep in touch"; any adjective of kind or manner before the talks: "to hold intensive negotiations", "in-depth
 * consultations"), or on "the need for" or "the importance of" something, which is an opinion
 * ("the need to" act together is a joint undertaking). A meeting's day may stand before it ("agree on an
 * April 8-9 summit"). Read from the last word of the verb's match (talksOnlyAfter), so that "agreed that we will hold such a
 * meeting soon" is read from "that", as "agreed to hold talks" is from "to".
 */
export const TALKS_ONLY = /^\s?(?:to|on|that(?: (?:we|they|the two (?:sides|leaders|countries)) (?:will|would|should))?) "?(?:(?:the )?(?:need|importance|necessity) (?:for|of)\b|(?:look forward to |(?:frequently |regularly |further |also )?(?:hold|holding|have|continue|resume|keep up|maintain|step up|prepare (?:on|for)(?: holding)?|arrange|organi[sz]e|schedule|exchange|pursue) )?(?:(?:a|an|the|this|such|certain|further|more|regular|frequent|more frequent|close|closer|high-level|top-level|summit|strategic|working-level|diplomatic|bilateral|next|new|another|reciprocal|mutual|[A-Za-z][a-z]+ \d{1,2}(?:[-–]\d{1,2})?,?) ){0,4}(?:[a-z]+(?:ive|al|ic|ous|ful|-depth|-level|-term) )?(?:(?:rounds?|exchanges?|series) of (?:(?:high-level|top-level|summit|strategic|working-level|diplomatic|reciprocal|mutual|bilateral|regular|frequent) ){0,3})?(?:talks|discussions|conversations?|consultations|contacts?|dialogue|negotiations|visits|exchanges|meet(?:ing|ings)?(?: again)?|summits?|agenda|(?:stay|remain|keep) in (?:close |regular |constant |direct )?(?:touch|contact))\b)/;
/** TALKS_ONLY read from the start of the last word of a verb's match ("agreed to", "agreed that", "agree on"); also AGREED_VIEW. */
export function talksOnlyAfter(scan: string, at: number, match: string): boolean {
  const last = / ?\S+$/.exec(match);
  const from = at + match.length - (last ? last[0].length : 0);
  const after = scan.slice(from, from + 140);
  return TALKS_ONLY.test(after) || AGREED_VIEW.pattern.test(after);
}
/**
 * "Indonesia and Brunei agreed that the crisis should be taken up at ASEAN", "agreed that disputes at sea
 * should be settled jointly": "agreed that" with no "will", "would" or "shall" in the clause after it is a view the
 * two share, not an undertaking ("agreed that the fleet's flagship will be transferred to Russia" is one).
 */
export const AGREED_VIEW = {
  id: 'commitment.agreed-view',
  example: 'Chile and Peru agreed that the fisheries dispute should be settled at the regional forum.',
  reason: 'Agreeing that something is so, or should be, states a shared view; only an agreement that something will be done commits either party.',
  pattern: /^ ?that\b(?![^.;!?]{0,130}?(?:\b(?:will|would|shall|is to|are to)\b|'ll\b))/,
};
/** After a country inside a support phrase: it owns the support ("Turkey's support for …"), it does not receive it. */
export const POSSESSOR_OF_SUPPORT = /^['’]s (?:[a-z]+ )*(?:support|backing)\b/;
/** "The leaders reaffirmed their commitment to …": a joint undertaking renewed by two parties, one item each way. */
export const RENEWED_COMMITMENT: Rule = {
  id: 'commitment.renewed-commitment',
  example: 'The two presidents renewed their commitment to build the river port at Kessa.',
  reason: 'Two parties (a group subject, a coordinated pair) who reaffirm or renew their commitment to something undertake it together (GUIDE.md: a joint commitment); one party\'s "its commitment" is not read here.',
  pattern: /\b(?:reaffirm|renew|reiterat|restat)(?:ed|ing) (?:their |the )?(?:(?:strong|firm|full|shared|mutual|joint|common|continued) )?commitments? to\b/g,
};
/** A headline's agreement told in the present tense: "Norland, Ostmark sign fisheries accord", "Tarvian and Lomaran presidents agree to …". */
export const HEADLINE_PAIR: Rule = {
  id: 'commitment.headline-pair',
  example: 'Norland, Ostmark presidents sign fisheries accord',
  reason: 'A headline tells a past agreement in the present tense, its two parties coordinated by a comma or "and" before the verb: one item each way, as "signed" or "agreed" in the body gives.',
  pattern: /\b(?:agrees?(?= (?:to|on)\b)|(?:signs?|inks?|seals?|clinch(?:es)?) (?:a |an |the )?(?:[\w-]+ ){0,4}?(?:agreements?|deals?|accords?|treat(?:y|ies)|pacts?|memorand(?:um|a)s?|MoUs?|MOUs?|ceasefire|truce|contracts?|protocols?|documents|declarations?|joint statement)\b)/gi,
};
/** Between a headline's two parties: a comma, "and" or "&", then title words ("Presidents Kenyatta, Mnangagwa"). */
export const HEADLINE_GAP = /^(?:,| and| &) (?:\p{Lu}[\p{L}.]* ){0,2}$/u;
/** After the second party: role words and "both" ("Russian, Kazakh presidents sign", "both agree"). */
export const HEADLINE_AFTER = /^(?: (?:[Ff]oreign |[Pp]rime |[Dd]efen[cs]e |[Tt]rade )?(?:[Pp]residents?|[Ll]eaders?|[Mm]inisters?|[Pp]remiers?|PMs?|[Gg]overnments?|[Oo]fficials|[Nn]egotiators|[Ee]nvoys|[Ss]ides))?(?: both)? $/;
/** "the Chile-Peru trade deal", "the Turkish-Libyan maritime accord": an agreement named by its two parties joined by a hyphen. */
export const HYPHEN_PAIR: Rule = {
  id: 'commitment.hyphen-pair',
  example: 'Officials said the Chile-Peru trade deal is a historic step.',
  reason: 'An agreement named by two countries joined by a hyphen (names or demonyms) binds each to the other, one item each way, when it is told as existing ("the …", signed) and not as sought, proposed or talked about; a peace deal or ceasefire so named is mostly a goal, and is left out.',
  pattern: /(?<=\b(?:[Tt]he|[Tt]heir|signed|signs|inked|sealed) )\p{Lu}[\p{L}.]*-\p{Lu}[\p{L}.]* (?!peace )(?:[a-z-]+ ){0,3}?(?:agreement|deal|accord|pact|treaty)s?\b(?! (?:talks|negotiations|proposal|draft)\b)/gu,
};
