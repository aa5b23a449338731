/**
 * Aid pledged, given or delivered, requests and assets frozen, in news wording, read from their
 * clause (find-pledges.ts): the giver is the verb's agent, the receiver the party after to/for/in
 * or right after the verb ("give Ukraine …"); the kind comes from what is given. Rules as data:
 * id, example, reason.
 */
import type { Rule } from './extraction-types.js';

/** A verb of giving, pledging or announcing aid; what follows it says what and to whom. */
export const AID_VERB: Rule = {
  id: 'commitment.aid-given',
  example: 'Japan pledged $50 million in aid to Sudan on Monday.',
  reason: 'Aid pledged, offered, approved, sent or delivered by a party to another is a commitment of the kind of what is given, by the verb\'s agent to the receiver.',
  pattern: /\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|offer(?:s|ed|ing)?|announc(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|provid(?:e|es|ed|ing)|send(?:s|ing)?|sent|deliver(?:s|ed|ing)?|donat(?:e|es|ed|ing)|give|gives|gave|given|giving|grant(?:s|ed|ing)?|allocat(?:e|es|ed|ing)|earmark(?:s|ed|ing)?|dispatch(?:es|ed|ing)?|airlift(?:s|ed|ing)?|extend(?:s|ed|ing)?|ship(?:s|ped|ping)?|suppl(?:y|ies|ied|ying)|unveil(?:s|ed|ing)?|transfer(?:s|red|ring)?|deposit(?:s|ed|ing)?|lend|lends|lent|lending|gift(?:s|ed|ing)?|sell|sells|sold|selling)\b/g,
};

export interface AidKind {
  id: string;
  kind: string;
  example: string;
  reason: string;
  pattern: RegExp;
}

/** What is given, by kind (GUIDE.md); the earliest in the object wins. */
export const AID_KINDS: readonly AidKind[] = [
  { id: 'aid.security', kind: 'security_assistance',
    example: 'The Netherlands will donate 18 F-16 jets to Ukraine.',
    reason: 'Weapons, military aid or troops sent to a country are security assistance.',
    pattern: /\b(?:military|security|defen[cs]e)(?: and [a-z]+)? (?:aid|assistance|support|equipment|hardware|package|training)\b|\b(?:weapons?|arms|ammunition|munitions|troops|soldiers|peacekeepers|missiles?|missile systems?|air[ -]defen[cs]e(?: systems?| batteries| missiles)?|Patriots?(?: systems?| batteries| missiles)?|tanks|(?:fighter )?jets|F-16s?|howitzers|artillery|drones|rockets|warships|helicopters|armou?red vehicles|fighter (?:planes|aircraft)|patrol (?:vessels|boats|ships|aircraft)|naval vessels|radars?)\b/i },
  { id: 'aid.humanitarian', kind: 'humanitarian_aid',
    example: 'India delivered 20 tonnes of food and medicines to Sri Lanka on Tuesday.',
    reason: 'Relief, food, medicine, rescuers or emergency aid sent to a country are humanitarian aid.',
    pattern: /\bhumanitarian (?:aid|assistance|supplies|relief|support|goods|convoys?)\b|\b(?:emergency|disaster|earthquake|flood) (?:aid|assistance|relief|supplies|funds|funding)\b|\brelief(?: supplies| goods| materials| aid| assistance| items| teams?)?\b|\bfood(?: aid| supplies| assistance)?\b|\bmedicines?\b|\bmedical (?:supplies|aid|teams?|equipment|assistance)\b|\btents\b|\bblankets\b|\b(?:rescue|search-and-rescue) teams?\b|\brescuers\b|\bvaccines?\b|\bvaccine doses\b|\baid (?:supplies|trucks|convoys?|shipments?|flights?)\b|\btrucks of aid\b|\btonnes of (?:grain|wheat|rice|maize|corn|flour|fertili[sz]ers?)\b/i },
  { id: 'aid.economic', kind: 'economic_aid',
    example: 'Saudi Arabia announced a $2 billion deposit in Pakistan\'s central bank.',
    reason: 'Loans, credit, grants, deposits, budget or reconstruction money given to a country are economic aid.',
    pattern: /\b(?:loans?|credits?(?: lines?)?|lines? of credit|grants?|budget(?:ary)? support|(?:financial|economic|development|reconstruction)(?: and [a-z]+)? (?:aid|assistance|support|package|funds|funding)|reconstruction|bail-?out|rescue package|deposits?|debt relief|balance[- ]of[- ]payments support|currency swap)\b/i },
];

/** "Kenya received 1 million vaccine doses from Britain": the giver after "from", the receiver the agent. */
export const AID_RECEIVED: Rule = {
  id: 'commitment.aid-received',
  example: 'Kenya received 1 million doses of vaccine from Britain.',
  reason: 'Aid a party received from another is aid given by that other, of the kind of what was received.',
  pattern: /\b(?:received|receives|receiving|has received|have received|secured|obtained|accepted)\b/g,
};
/** A quantity lent is a loan whatever is lent: economic aid (support, weight or a hand lent is none). */
export const LENT_QUANTITY = {
  id: 'commitment.lent-quantity',
  example: 'Norland has agreed to lend Ostmark five million barrels of crude oil.',
  reason: 'Lending a country a counted quantity of anything (money, oil, grain) is a loan, economic aid to it (GUIDE.md: financial support), though what is lent names no kind.',
  verb: /^(?:lend|lends|lent|lending)$/,
  object: /^\s*(?:(?:some|about|around|nearly|up to|more than|at least) )?(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a hundred|hundreds of|thousands of|millions of|a million|a billion)\b/i,
};
/** Selling arms is security assistance; selling anything else is trade, not aid. */
export const ARMS_SALE = /\b(?:sell|sells|sold|selling)\b/;

/** In the object: what is given is a ban or a halt, not aid ("a ban on arms sales to Argentina"). */
export const NOT_GIVEN = /\b(?:ban|bans|embargo|embargoes|halt|suspension|freeze|cut|cuts|end|moratorium|restrictions?|sale[s]? ban)\b/i;

/** Aid or money with no kind named: its kind is read from the sentence (AID_CONTEXT). */
export const BARE_AID = /\b(?:aid|assistance)\b|[$€£¥]\s?\d|\b(?:US\$|USD|EUR|Rs\.?)\s?\d|\b\d[\d.,]* ?(?:million|billion|mln|bln|bn|m) (?:US )?(?:dollars|dlrs|euros|pounds|yuan|yen|rupees|riyals|dirhams|won|marks|francs)\b/i;
/** The sentence around bare aid: a disaster or crisis makes it humanitarian, arms make it security, else economic. */
export const AID_CONTEXT = {
  humanitarian: /humanitarian|relief|refugee|displaced|famine|hunger|starv|earthquake|quake|flood|cyclone|typhoon|hurricane|tsunami|drought|disaster|victims|epidemic|outbreak|cholera|ebola|pandemic/i,
  security: /\b(?:military|defen[cs]e|weapons|arms|army|armed forces)\b/i,
};

/** Before a receiver: to/for/in, a purpose ("to help"), "the people of", a compound adjective ("in war-ravaged Afghanistan", "to cash-strapped Pakistan"). */
export const RECEIVER_BEFORE = /\b(?:to|for|into|in|towards)(?: the)?(?: (?:help|support|assist|rebuild|stabili[sz]e|aid|boost))?(?: the)?(?: (?:people|government|victims|citizens|reconstruction|rebuilding|recovery|development) of)?(?: the)?(?: [a-z]+-[a-z]+(?:-[a-z]+)?)? $/;
/** In the object before the receiver: another receiver, named or a group ("to the Contra rebels"). */
export const OTHER_RECEIVER = /\b(?:to|for|into)(?: the| a| an)? (?:[A-Z]|(?:\w+ )?(?:rebels|militants|fighters|insurgents|groups?|opposition|militias?|agenc(?:y|ies)|organi[sz]ations?|charit(?:y|ies)|companies|firms)\b)/;
/** A demonym receiver stands for its country before one of these ("for Syrian refugees"). */
export const DEMONYM_RECEIVER = /^ (?:people|army|armed forces|forces|military|government|refugees|civilians|troops|soldiers|authorities|victims)\b/;
/** Words before the verb that make the aid refused, halted, asked for or only possible. */
/** After "send": a signal or message sent is no aid ("we wish to send a message today that …"). */
export const SENT_SIGNAL = /^(?:s|ing)? (?:a |an |the )?(?:\w+ )?(?:signals?|messages?)\b/;

export const AID_BLOCKER = /\b(?:not|never|no longer|n't|refus\w*|declin\w*|halt\w*|suspend\w*|stop\w*|cut|cuts|withh[eo]ld\w*|block\w*|call\w* (?:on|for)|urg\w*|ask\w*|request\w*|demand\w*|seek\w*|sought|appeal\w*|if|whether|unless|could|might|may|hop\w*|want\w*|wish\w*|need\w*|reject\w*|accus\w*|den(?:y|ied|ies))\b[^,;]{0,60}$/i;

/** "called on Germany to …", "urged India to …", "asked Washington for …": a request to the party asked. */
export const REQUEST: Rule = {
  id: 'commitment.request',
  example: 'Zelensky called on Germany to send more air defence systems.',
  reason: 'One side asking another to do or give something is a request to it (GUIDE.md; optional in the gold). What is asked for is no commitment of the asker.',
  pattern: /\b(?:call(?:s|ed|ing)? on|urg(?:e|es|ed|ing)|ask(?:s|ed|ing)?|press(?:es|ed|ing)?|appeal(?:s|ed|ing)? to|request(?:s|ed|ing)?|implor(?:e|es|ed|ing))(?= )/g,
};
/** After the party asked: what it is asked to do or give. */
export const REQUEST_AFTER = /^,? (?:to|for)\b/;

/** "froze the assets of X", "froze X's assets", "seized Russian assets": sanctions against X. */
export const ASSETS_FROZEN: Rule = {
  id: 'commitment.assets-frozen',
  example: 'Canada froze the assets of three Russian oligarchs.',
  reason: 'Freezing or seizing the assets of a country, its officials or its firms is a sanctions measure against that country.',
  pattern: /\b(?:froze|freez(?:e|es|ing)|(?:has|have|had) frozen|seiz(?:e|es|ed|ing)|confiscat(?:e|es|ed|ing)|impound(?:s|ed|ing)?)\b(?= )/g,
};
/** Between the verb and a country owning the assets: "the assets of", "billions of dollars of". */
export const ASSETS_OF = /^ (?:the |all |some |more |further )?(?:[\w$.,]+ ){0,3}?(?:assets|funds|accounts|property|reserves) (?:of|belonging to|held by|owned by) (?:the )?(?:[\d,]+ |one |two |three |four |five |several |dozens of |top |senior |\w+ )?$/;
/** After an owner: the assets ("Venezuela's central bank assets", "Russian state assets"). */
export const OWNER_ASSETS = /^(?:'s?)? (?:[\w-]+ ){0,3}?(?:assets|funds|accounts|reserves)\b/;
