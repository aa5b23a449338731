/**
 * Commitment rules as data (GUIDE.md kinds). A kind's pattern finds what is committed; a
 * commitment cue in the same clause says it was pledged, decided or delivered; a blocker just
 * before it says it was only discussed, needed, asked for or lifted. `strong` cues (first-person
 * "our support", "decision to allocate") outweigh blockers.
 */
import type { Rule } from './extraction-types.js';

export interface CommitmentRule extends Rule {
  kind: string;
  /** Whether the kind names a country acted against (target) or helped (beneficiary). */
  role: 'target' | 'beneficiary';
  /** The words themselves state the commitment ("his support for Turkey's position"): no cue needed, blockers do not apply. */
  selfCued?: boolean;
  /** The other party must be named inside the match ("recognised the State of Palestine"). */
  insideOnly?: boolean;
  /** A commitment of its own even when a joint one has the same parties ("Thailand undertakes to …"). */
  ownItem?: boolean;
}

/** The cues and blockers the fields above speak of, before the table of kinds that relies on them. */
export const COMMITMENT_CUE = /[$€£]\s?\d|\b(?:vow(?:s|ed)?|warn(?:s|ed)?|offer(?:s|ed|ing)?|suppl(?:y|ies|ied|ying)|give|gives|gave|dispatch(?:ed|es)?|airlift(?:ed)?|earmark(?:ed)?|unveil(?:ed|s)?|will|would|shall|'ll|pledge[sd]?|promise[sd]?|commit(?:s|ted)?|commitment|announced?|impos(?:e|ed|es|ing)|decid(?:e|ed)|decision|approv(?:e|ed)|allocat(?:e|ed|ion)|provid(?:e|ed|ing)|provision|deliver(?:ed|ing|s)?|continu(?:e|ed|es|ing)|reaffirm(?:ed|s)?|reiterat(?:e|ed|es)|affirm(?:ed|s)?|readiness|ready to|new sanctions|thank(?:ed|s|ing)?|grateful|gratitude|appreciat(?:e|ed|es)|undertakes?|agree[ds]?|signed|sen[dt]|sending|grant(?:ed)?|backed|our (?:\w+ )?sanctions)\b/i;
export const STRONG_CUE = /\bour (?:continued |ongoing |unwavering |steadfast )?(?:support|sanctions|assistance|aid)\b|\bdecision to allocate\b|\bprovision of\b/i;
export const COMMITMENT_BLOCKER = /\b(?:discuss(?:ed|es|ing|ion|ions)?|talk(?:ed)? about|spoke about|needs?|needed|ask(?:ed|s)?|call(?:ed|s)? (?:for|on)|urg(?:e|ed|es)|request(?:ed|s)?|lift(?:ing)?|eas(?:e|ing)|whether|critical|criticis(?:e|ed)|condemn(?:ed|s)?|demand(?:ed|s)?|requires?|due to|because of|in spite of|in the face of|(?:hit|affected|targeted) by|subject to|suffer\w*|pumping|despite|distanc\w+ (?:[\w.]+ ){0,4}?from|relief from|(?:in )?breach(?:es|ed|ing)?(?: of)?|evad(?:e|es|ed|ing)|evasion|circumvent\w*|fail(?:s|ed|ing)? to|vetoe?\w*|(?:question|issue) of|purchas(?:e|es|ed|ing) of)\b/i;
/** Words after a country that make it the party acted against ("Russia's escalation"). */
/** Right before a match: support or aid sought, not given ("Lula sought the backing of Germany for Brazil's bid"), whatever the rule. */
export const SOUGHT = /\b(?:sought|seeks?|seeking|asked for|asks for|asking for|requested|appealed for|lobbied for|pressed for|hopes? for|hoped for)(?: (?:the|a|an|his|her|their|its|more|further|continued|[A-Z][\p{L}]+(?:'s?)?))*\s+$/u;
export const ADVERSARY_AFTER = /^(?:'s?)? (?:\w+ )?(?:aggression|escalation|decision|invasion|forces|military|war|attacks?|strikes|actions|build-up|troops|recognition)\b/i;
/** Group subjects that stand for all parties of the contact ("The leaders", "The interlocutors"). */
export const GROUP_SUBJECT = /\b(?:the|both|two) (?:leaders|presidents|interlocutors|parties|sides|heads of state)\b|\bthey\b|\bboth of them\b/i;

/**
 * The generic sanctions rule reads a giver by proximity (commitment-giver.ts); these say the sanctions it found
 * are not imposed by that giver: sanctions told before ("the sanctions", "these sanctions"), sanctions that are
 * the subject of a prediction ("sanctions against Russia may lead to …", "the sanctions would cost …"), a body
 * that imposes them named in the clause before them ("the Security Council approved …", "the European
 * Commission will present new sanctions", "U.N. sanctions"), or sanctions refused or joined by others.
 */
export const SANCTIONS_NOT_GIVERS = {
  id: 'commitment.sanctions-not-givers',
  example: 'Rome said the Security Council backed the measures; the sanctions would cost Pyongyang $1 billion.',
  reason: 'Sanctions whose imposer is a body, a party told before, or no one (they are the subject of a prediction) are no measure of the country the proximity rule would give them to.',
  /** Right before the word: told before. */
  toldBefore: /\b(?:the|these|those|such|that|this)\s+$/i,
  /** In the clause before the word: a body imposes them, or a party refuses or joins them. */
  bodyBefore: /\b(?:(?:Security |European )?[Cc]ouncil|(?:European )?[Cc]ommission|European Union|EU|UN|U\.N\.|United Nations|G-?7|G-?20|NATO|member states|refus(?:e|es|ed|al|ing)|join(?:s|ed|ing)?)\b/,
  /** After the word: the sanctions are the subject of a prediction, not an object imposed. */
  asSubject: /^(?: (?:against|on) [^.;,]{1,40}?)? (?:will|would|may|might|could|can|are (?:expected|likely|set) to)\s+(?!be\b)[a-z]+/,
};

export const COMMITMENT_RULES: CommitmentRule[] = [
  { id: 'commitment.sanctions', kind: 'sanctions', role: 'target',
    example: 'The United States and our Allies will be imposing severe sanctions on Russia.',
    reason: 'Sanctions or economic penalties imposed, extended, pledged or threatened; a "sanctions regime" compared or described is the standing framework, no measure taken.',
    pattern: /\bsanctions?\b(?! regimes?\b)|\beconomic (?:and other )?(?:measures|costs|consequences|penalties)\b|\bexport controls\b|\bembargo\b/gi },
  { id: 'commitment.accountability', kind: 'accountability', role: 'target',
    example: 'We will hold Russia accountable.',
    reason: 'A promise to hold a country to account.',
    pattern: /\bhold (?:[\w']+ ){0,3}accountable\b|\bbe held accountable\b/gi },
  { id: 'commitment.security', kind: 'security_assistance', role: 'beneficiary',
    example: 'The United States would continue providing security assistance and macroeconomic support to Ukraine.',
    reason: 'Military, defence or security aid, weapons or training; weapons of mass destruction (nuclear, chemical, strategic) are what arms control limits, never aid given.',
    pattern: /\bsecurity (?:assistance|support|aid)\b|\bdefen[cs]e (?:assistance|aid|support)\b|\bmilitary (?:aid|assistance|support|equipment)\b|(?<!\b(?:nuclear|chemical|biological|atomic|strategic|thermonuclear|mass-destruction)(?: and [a-z]+)? )\bweapons\b(?! of mass)|\barms supplies\b|\bair defen[cs]e systems?\b|\b(?:military|security|defen[cs]e|weapons|arms) (?:aid |assistance )?package\b|\bpackage of (?:military|security|defen[cs]e) (?:assistance|aid)\b|\bammunition\b/gi },
  { id: 'commitment.weapons-delivered', kind: 'security_assistance', role: 'beneficiary',
    example: 'Washington agreed to supply Patriot missiles to Ukraine.',
    reason: 'Weapons supplied, sent or delivered to a country are security assistance (weapons fired at one are an attack, not aid).',
    pattern: /\b(?:suppl(?:y|ies|ied|ying)|send(?:s|ing)?|sent|deliver(?:s|ed|ing)?|provid(?:e|es|ed|ing)|give|gives|gave|giving|transfer(?:s|red|ring)?|ship(?:s|ped|ping)?|donat(?:e|es|ed|ing))\b(?: [\w$€£,.-]+){0,6}? (?:missiles?|missile systems?|tanks|fighter jets|jets|F-16s?|howitzers|artillery|drones|munitions|shells|rockets|armou?red vehicles)\b/gi },
  { id: 'commitment.humanitarian', kind: 'humanitarian_aid', role: 'beneficiary',
    example: 'The decision to allocate USD 225 million for the purpose of humanitarian aid.',
    reason: 'Humanitarian aid, relief or evacuation help.',
    pattern: /\bhumanitarian (?:aid|assistance|support|relief)\b|\brelief (?:supplies|materials|goods|aid|assistance|items|teams?)\b|\bemergency (?:aid|assistance|relief|supplies)\b|\b(?:food|medical) (?:aid|supplies|assistance)\b|\bdisaster relief\b|\baid supplies\b/gi },
  { id: 'commitment.economic', kind: 'economic_aid', role: 'beneficiary',
    example: 'We also appreciate the significant financial and macroeconomic support for Ukraine from the United States.',
    reason: 'Financial, macroeconomic, budget or reconstruction support.',
    pattern: /\b(?:macro-?economic|financial|budget(?:ary)?|reconstruction)(?: and [\w-]+)? (?:support|aid|assistance)\b|\beconomic (?:support|aid|assistance)\b|\bloan guarantees?\b|\b(?:financial )?lifeline\b|\bbail-?out\b|\brescue package\b|\b(?:currency|dollar) swap(?: line)?\b|\b(?:soft |concessional )?loans?\b(?= (?:to|for) )|\b(?:credit lines?|lines? of credit)\b/gi },
  { id: 'commitment.diplomatic', kind: 'diplomatic_support', role: 'beneficiary',
    example: "President Biden reiterated his support for Ukraine's sovereignty and territorial integrity.",
    reason: 'Political backing of a country: its sovereignty, integrity, independence or membership bid.',
    pattern: /\b(?:support|commitment) (?:for|to) (?:the )?[A-Z][\p{L} ]*?'s? (?:sovereignty|territorial integrity|independence|membership|accession|bid|aspirations)\b/gu },
  { id: 'commitment.sovereignty-of', kind: 'diplomatic_support', role: 'beneficiary', selfCued: true, insideOnly: true,
    example: 'The two presidents stressed their respect for the independence and sovereignty of Libya.',
    reason: "Support for, respect for or commitment to a country's sovereignty, integrity or independence, the country named after \"of\" (or as \"this country\"), is political backing of it; a lack of respect or a violation is not.",
    pattern: /(?<!\b(?:lack of|no|without|disregard(?: for)?|violat\w*|undermin\w*|threat to) (?:\w+ )?)\b(?:support|respect|backing|commitment|adherence) (?:for|to) (?:the )?(?:sovereignty|territorial integrity|independence|unity)(?:(?:,| and|, and) (?:the )?(?:sovereignty|territorial integrity|independence|unity|security|stability))* of (?:the )?(?:(?:this|that) (?:country|nation|state|republic|kingdom)\b|(?:[a-z-]+ )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,2})/gu },
  { id: 'commitment.backing', kind: 'diplomatic_support', role: 'beneficiary', selfCued: true,
    example: "The US president, Donald Trump, this week voiced his support for Turkey's position on the Kurdish militias.",
    reason: "Backing stated for a country's position, bid, accession or government is political support, whatever verb reports it.",
    pattern: /\b(?:support|backing|endorsement|backers?|supporters?|champions?|advocates?) (?:for|of) (?:the )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3}(?:'s?)? (?:position|stance|accession|membership|bid|candidacy|aspirations|government|leadership|sovereignty|territorial integrity|independence|right to|efforts|reforms|(?:peaceful |national )?(?:re)?unification)\b/gu },
  { id: 'commitment.backing-membership', kind: 'diplomatic_support', role: 'beneficiary', selfCued: true,
    example: 'I would like to thank you for supporting the Islamic Republic of Iran in becoming a full member of the Shanghai Cooperation Organisation.',
    reason: 'Supporting a country in joining an organisation backs its membership bid.',
    pattern: /(?<!\b(?:not|never|n't|no longer) )\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)) (?:the )?[A-Z][\p{L}]+(?: (?:of )?(?:the )?[A-Z][\p{L}]+){0,4}(?:'s)? (?:in (?:becoming|joining|its bid)|bid (?:to|for)|accession|membership|candidacy)\b/gu },
  { id: 'commitment.pledged-support', kind: 'diplomatic_support', role: 'beneficiary', selfCued: true,
    example: 'China pledged its firm support for Pakistan on Monday.',
    reason: 'Support pledged, reaffirmed or assured for a country (also a country\'s support a leader pledges: "Erdogan pledged Turkey\'s support for …"), with no kind of aid named, is political backing.',
    pattern: /(?<!\b(?:not|never|n't|no longer|withdr\w*|end\w*|cut) )\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|vow(?:s|ed)?|reaffirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|assur(?:e|es|ed|ing)|express(?:es|ed)?|declar(?:e|es|ed)|offer(?:s|ed)?|convey(?:s|ed)?|extend(?:s|ed)?|affirm(?:s|ed)?)\b(?: (?:the )?(?:[A-Z][\w.-]*(?: [A-Z][\w.-]*)?['’]s))?(?: (?:its|his|her|their|full|strong|unwavering|continued|continuing|firm|steadfast|unconditional|total|political|diplomatic))* (?:support|backing) (?:for|to) (?:the )?(?=[A-Z])/g },
  { id: 'commitment.committed-to', kind: 'diplomatic_support', role: 'beneficiary', selfCued: true, insideOnly: true,
    example: "Biden reaffirmed America's ironclad commitment to the Philippines.",
    reason: 'A commitment stated to a country itself (an ally), not to a policy, deal or process, is political backing of it.',
    pattern: /(?<!\b(?:not|never|n't|no longer) )\b(?:(?:ironclad|unwavering|steadfast|firm|strong|enduring|unshakable|unshakeable|continued|full) commitment to|(?:remains?|stays?) (?:fully |firmly |deeply |strongly )?committed to) (?:the )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,2}\b(?!['’]| [A-Z]| (?:[a-z-]+ )?(?:policy|agreement|deal|principle|process|plan|accord|treaty|framework|charter|initiative)\b)/gu },
  { id: 'commitment.supports-stance', kind: 'diplomatic_support', role: 'beneficiary', selfCued: true, insideOnly: true,
    example: "Japan supports Ukraine's efforts to restore peace.",
    reason: "Supporting or backing a country's position, sovereignty, efforts or rights, said with the verb, is political backing as the noun is (commitment.backing).",
    pattern: /(?<!\b(?:not|never|n't|no longer) )\b(?:support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)) (?:the )?[A-Z][\p{L}]+(?: [A-Z][\p{L}]+){0,3}['’]s? (?:position|stance|sovereignty|territorial integrity|independence|efforts|right to|reforms|(?:peaceful |national )?(?:re)?unification)\b/gu },
  { id: 'commitment.in-support-of', kind: 'diplomatic_support', role: 'beneficiary', selfCued: true, insideOnly: true,
    example: 'Scholz and Tusk agreed to show a united front in support of Moldova; Spain promised to vouch for the reliability of Chile.',
    reason: 'Pledging to show, voice or keep up something "in support of" a country, or to vouch for it, is political backing of it (the lookahead first, so the lookbehind runs only there).',
    pattern: /(?=in support of )(?<=(?<!\b(?:not|never|n't) )\b(?:pledg|promis|vow|agre|commit|decid)\w*(?: on \w+day)? to (?:show|express|voice|demonstrate|maintain|continue|keep up|stand|work|act|speak)(?: [^\s.;]+){0,5}? )in support of (?:the )?(?:people of )?[A-Z][\p{L}]+|(?<!\b(?:not|never|n't|refused to|declined to) )\bvouch(?:es|ed|ing)? for (?:the )?(?:[^\s.;]+ of )?(?:the )?[A-Z][\p{L}]+/gu },
  { id: 'commitment.stands-by', kind: 'diplomatic_support', role: 'beneficiary', selfCued: true, insideOnly: true,
    example: 'Macron said France stands by Ukraine; China firmly supports Pakistan.',
    reason: 'A country said to stand by, with or behind another, or to support or back it (present tense: a stance, not a past act), backs it politically.',
    pattern: /(?<!\b(?:not|never|n't|no longer) (?:\w+ )?)\b(?:(?:stands|standing|stood) (?:firmly |fully |resolutely |shoulder to shoulder )?(?:by|with|behind)|(?:firmly |fully |strongly |staunchly |resolutely )?(?:supports|backs)) (?:the )?(?:people of )?[A-Z][\p{L}]+/gu },
  { id: 'commitment.recognition', kind: 'diplomatic_support', role: 'beneficiary', selfCued: true, insideOnly: true,
    example: 'Spain formally recognised the State of Palestine on Tuesday.',
    reason: 'Recognising a state is political backing of it (refusing to recognise it is not).',
    pattern: /(?<!\b(?:not|never|n't|refused to|refuses to|declined to|refusal to|won't|would not|will not) (?:formally |officially )?)\brecogni[sz](?:e|es|ed|ing)\b(?: (?:formally|officially))? (?:the )?(?:(?:State|state|independence|sovereignty) of )?[A-Z][\p{L}]+/gu },
  { id: 'commitment.one-china', kind: 'diplomatic_support', role: 'beneficiary', selfCued: true, insideOnly: true,
    example: 'Pakistan reaffirmed its firm commitment to the one-China policy.',
    reason: "Supporting, upholding or adhering to the one-China policy or principle backs China's position on Taiwan, as readouts of the Asian press state it.",
    pattern: /(?<!\b(?:not|never|n't|no longer) )\b(?:support(?:s|ed|ing)?|commitment|committed|adherence|adher(?:e|es|ed|ing)|abid(?:e|es|ed|ing) by|uph(?:old|olds|eld|olding)|respect(?:s|ed|ing)?)(?: (?:to|for|by|its|his|their|the|firm|unwavering|steadfast|full|commitment to|adherence to))* one-China (?:policy|principle)\b/g },
  { id: 'commitment.favour-accession', kind: 'diplomatic_support', role: 'beneficiary', selfCued: true,
    example: "Germany and Italy both favour a quick opening of Turkey's accession negotiations.",
    reason: "Favouring or backing a country's accession, membership or bid, however the phrase runs, is political support.",
    pattern: /(?<!\b(?:not|never|n't|no longer) )\b(?:favou?r(?:s|ed|ing)?|support(?:s|ed|ing)?|back(?:s|ed|ing)?|endors(?:e|es|ed|ing)|champion(?:s|ed|ing)?)\b(?: [\w-]+){0,5}? [A-Z][\p{L}]+(?:'s?)? (?:accession|membership|EU membership|NATO membership|bid|candidacy)\b/gu },
  { id: 'commitment.retaliation', kind: 'accountability', role: 'target',
    example: "A senior Iranian commander on Wednesday described the American raid on a Gulf platform as reckless and promised retaliation.",
    reason: 'Retaliation or consequences vowed against the attacker hold it to account.',
    pattern: /\b(?:vow(?:s|ed)?|promis(?:es|ed)|pledg(?:es|ed)|threaten(?:s|ed)?|warn(?:s|ed)?(?: [A-Z][\p{L}]+(?: [A-Z][\p{L}]+)?)? of) (?:to )?(?:a |an )?(?:swift |harsh |strong |severe |decisive |tough |crushing |firm |befitting |appropriate |serious |grave )?(?:retaliat(?:e|ion)|revenge|avenge|punish(?:ment)?|consequences|response|respond)\b/giu },
  { id: 'commitment.agreement-joint', kind: 'agreement', role: 'target',
    example: 'We agree to the following steps to ensure the full and effective implementation of the ceasefire.',
    reason: 'Signatories who agree, sign or commit together make a joint commitment to each other.',
    // "We agree who started this war" states an opinion: agreeing commits only to something ("to", "on", "that", a colon);
    // agreeing "with" someone "that" something is so ("We agree with Paris that the priority is …") is an opinion too.
    pattern: /\b(?:we|both sides|the two sides|both governments) (?:\w+ )?(?:agreed?(?= (?:to|on|upon|that|in)\b|[:,]| with(?![^.;:]{0,60}? that\b))|signed|committed|undertake|reaffirm)\b/gi },
  { id: 'commitment.agreement-undertaking', kind: 'agreement', role: 'target', ownItem: true,
    example: "Thailand undertakes to promptly release the prisoners of war.",
    reason: 'One country undertaking something towards the other party is a commitment of its own.',
    pattern: /\b[A-Z][\p{L}]+ undertakes? to\b/gu },
];
