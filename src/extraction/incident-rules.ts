/**
 * Incident rules as data: a strike is a weapon or a force that hits, strikes or shells a place.
 * Casualty phrases give killed and injured counts.
 */
import type { Rule } from './extraction-types.js';

/** Armed forces and weapons that strike: the attacker is the state that qualifies them ("Iraqi warplanes", "Israeli helicopter gunships"). */
export const FORCE = '(?:armed forces|[Ff]orces|Defen[cs]e Forces|troops|soldiers|military|[Aa]rmy|[Aa]ir [Ff]orce|[Nn]avy|warplanes?|war planes|planes|aircraft|(?:fighter )?jets?|fighter-bombers|bombers|(?:helicopter )?gunships|helicopters|gunboats|warships?|tanks|artillery|mortars?|missiles?|rockets?|drones?)';

export const STRIKE: Rule = {
  id: 'incident.strike',
  example: "At least ten people were killed after a rocket hit Ukraine's second-biggest city Kharkiv on Tuesday. Warplanes dropped bombs on Rafah. Shelling across the border killed two farmers.",
  reason: 'A weapon or armed force hitting a named place, or a weapon that killed or wounded people there ("killed by Russian shelling in …"; a state\'s weapon that killed people where no place is named struck the other country of its paragraph), is a strike (a car, truck, roadside or suicide bomb is an attack: incident.bomb-attack).',
  pattern: /\b(?:missiles?|rockets?|drones?|shells?|(?<!\b(?:car|truck|roadside|suicide|pipe)[- ])bombs?|artillery|mortars?|air ?strikes?|airstrikes?|air raids?|(?:drone|missile|rocket) (?:strikes?|attacks?)|forces|troops|warplanes?|war planes|planes|warships?|jets?|aircraft|gunships|helicopters|gunboats|tanks|bombers)\b[^.;]{0,40}?\b(?:hit|struck|shelled|bombed|bombarded|targeted|slammed into|destroyed|pounded|attacked|raided|rocketed|strafed|fired on|dropped (?:[\w-]+ ){0,2}?(?:bombs?|munitions|explosives) (?:on|over))\b|\b(?:missiles?|rockets?|drones?|shells?|(?<!\b(?:car|truck|roadside|suicide|pipe)[- ])bombs?|(?<!\b(?:hunger|general|labou?r|workers'?|rail|transport|teachers'?|national|doctors'?|nurses'?) )strikes?|air ?strikes?|airstrikes?|air raids?|(?:drone|missile|rocket) (?:strikes?|attacks?)|shelling|(?<!\b(?:car|truck|roadside|suicide)[- ])bombing|bombardment)\b (?:\w+ |(?:across|along) [^.;,]{0,40}? )?(?:killed|killing|kills|wounded|wounding|injured|injuring) (?:at least |more than |over |nearly |some |about |around |up to )?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds|an? )|\b(?:shelling|(?<!\b(?:car|truck|roadside|suicide)[- ])bombing|bombardment|air ?strikes?|missile strikes?|drone strikes?) (?:of|on)\b(?= [A-Z])|\b(?:hit|struck) by (?:a |an )?(?:\w+ )?(?:missile|rocket|drone|shell|bomb|strike)\b|\b(?:killed|wounded|injured) by (?:an? )?(?:\w+ )?(?:shelling|bombing|bombardment|shells|(?:missile|rocket|drone|air) ?(?:strikes?|attacks?)|airstrikes?)\b/gi,
};

/** A country that bombs or shells: the subject is a country (name, demonym + force, capital). */
export const COUNTRY_STRIKES: Rule = {
  id: 'incident.country-strikes',
  example: 'Turkey bombed two Iraqi border posts in April. Iran carried out the strike at Erbil airport. Syria fired rockets targeting Israeli positions. Velora launched a barrage on the Corvana region, in turn firing rockets at its port.',
  reason: 'A state as the subject of bombing, shelling, striking or attacking, of carrying out a (or the) strike on or at a place, or of firing weapons at or targeting something, is the perpetrator of a strike on the place it names (striking a deal is none); a barrage or bombardment launched is a strike as an attack launched is, and the participle ("launching", "firing") as the finite verb.',
  pattern: /\b(?:bombed|shelled|air-?struck|(?:struck|striking|attacked|attacking|pounded|pounding|raided)(?! (?:a |an |the )?(?:deal|agreement|accord|pact|bargain|compromise|balance|tone|note|chord|back|out)\b)|(?:launch(?:ed|ing)|carr(?:ied|ying) out|conduct(?:ed|ing)) (?:a |an |the )?(?:new |fresh )?(?:wave of |series of )?(?:\w+ ){0,2}(?:air ?|air-)?(?:strikes?|attacks?|raids?|barrages?|bombardments?) (?:on|against|in|inside|across|at|near)|(?:fir(?:ed|ing)|launch(?:ed|ing)|lobb(?:ed|ing)) (?:[\w,-]+ ){0,3}?(?:missiles?|rockets?|drones?|shells|mortars|mortar rounds)(?: and (?:[\w,-]+ ){0,2}?(?:missiles|rockets|drones|shells))? (?:at|into|on|against|toward|towards|targeting|aimed at))\b/gi,
};

/** "An Iranian missile attack on the tanker …": an attack named as a noun with what it hit. */
export const ATTACK_ON: Rule = {
  id: 'incident.attack-on',
  example: 'The raid answered a Houthi drone attack on the Greek freighter Aegean Star off Yemen last Sunday.',
  reason: 'A missile, drone, air or artillery attack on a named place or vessel is a strike, its qualifier the attacker (a bomb attack is left to incident.bomb-attack: bombs planted or thrown are attacks, not strikes).',
  pattern: /\b(?:missile|rocket|drone|air|artillery|mortar|naval)s?(?: and (?:missile|rocket|drone|artillery)s?)? (?:attacks?|strikes?|raids?|barrages?|assaults?)(?= (?:on|against|in)\b)/gi,
};

/** "A missile and drone assault on Lutsk by Russian forces": the attacker named after the place, as the agent of the noun. */
export const AGENT_AFTER: Rule = {
  id: 'incident.agent-after',
  example: 'A missile and drone assault on Lutsk by Russian forces killed six people overnight.',
  reason: 'An attack named as a noun takes its attacker from "by" after what it hit, when no state stands before it.',
  pattern: /\bby (?:the )?$/,
};

/** "An Israeli strike on a school in Gaza City": a strike or attack named as a noun, kept only with a named attacker. */
export const NAMED_ATTACK: Rule = {
  id: 'incident.named-attack',
  example: 'An Israeli strike on a school in Gaza City killed 25 people on Saturday.',
  reason: 'A strike, raid or attack on a place is an incident when a state or its forces are named as making it (a strike by workers or an attack in words names none).',
  pattern: /\b(?:strikes?|attacks?|raids?|bombardment|shelling|offensive) (?:on|against)\b/gi,
};

/** "Sanctions on Russia for its attack on Ukraine": an attack named as a noun on a whole country, with no day of its own. */
export const WHOLE_COUNTRY_ATTACK: Rule = {
  id: 'incident.whole-country-attack',
  example: 'Armenia housed 3,000 families driven out by the Azerbaijani attack on Armenia, officials said on Friday.',
  reason: 'An attack named as a noun whose object is a whole country, not a town or a site in it, and whose clause gives it no day or that a definite determiner names ("the Azerbaijani attack on Armenia", "their attack on"), names a war or a campaign that the story mentions, not one incident (a dated report of an attack on a country, "an Iranian missile attack on Israel on Saturday", is kept).',
  /** The struck place as `struck` reads it: a name alone, which must also be the victim country's mention. */
  pattern: /^[A-Z][\p{L}'-]+(?: [A-Z][\p{L}'-]+)?$/u,
};

/** "A suicide bombing at a market in Lorenville killed four": a bombing or terrorist attack, by no state, in a place. */
export const BOMB_ATTACK: Rule = {
  id: 'incident.bomb-attack',
  example: 'Three people were killed in a suicide bombing at a bus station in Quetta on Friday.',
  reason: 'A suicide, bomb, grenade or terrorist attack (or bombing, blast), or a car, truck or roadside bomb, or a suicide bomber who blew up, detonated or killed, or a bomb that exploded or went off, or a blast that tore through a place, in a named place or country is an attack incident, its perpetrator unnamed when no state is ("the bombings", told again, are none).',
  pattern: /\b(?:(?:suicide|terrorist|terror|bomb|car[- ]bomb|grenade|gun|militant|coordinated(?: bomb)?|twin|double|serial) (?:attacks?|bombings?|blasts?|explosions)|(?:car|truck|roadside)[- ]bomb(?:s|ings?)?|(?<!\b(?:the|these|those|both) )bombings|\b(?:an?|another) (?:[\w-]+ )?bombing (?=(?:in|at|near|outside)\b)|suicide bombers?(?: [^,.;]{0,40}?)? (?:blew|blows|detonated|detonates|killed|kills|attacked|struck|strikes|rammed|targeted)|(?:bomb|explosive device|IED|explosives) (?:exploded|went off|detonated|ripped through|tore through)|(?:blast|explosion) (?:ripped|tore) through)\b/gi,
};

// A bomb attack's kind is `attack` however the story names it (a blast, a suicide bombing, a car bomb): the
// kind the corpus's gold gives it (news 114: "last Friday's suicide bombing in … Tel Aviv"). Session 21 tried the
// story's own word (`bombing`, `suicide bombing`) after two annotators of its evaluation sets used them, and took
// it back: the scorer needs the kind exact, and the judges' convention is the corpus's.

/**
 * "The mayor was stabbed on stage in Gdansk last night": a stabbing or a knife attack is an attack incident where it
 * happened (being stabbed in the back, said of a betrayal, and "the stabbing" told again are none).
 */
export const STABBING: Rule = {
  id: 'incident.stabbing',
  example: 'A man grabbed a knife and began to stab shoppers in Corvana on Sunday. The councillor was stabbed at a rally last night.',
  reason: 'A person stabbed, a man who stabs people, a stabbing or a knife attack reports an attack with no state as its perpetrator; the country is where it happened, else the first of its paragraph.',
  pattern: /(?<!\b(?:the|this|that) )\b(?:(?:mass |fatal |deadly )?stabbings?|stabbed|(?:began|started|tried|went on) to stab|(?:knife|machete|axe) (?:attacks?|assaults?))\b(?! (?:\w+ )?in the back\b)/gi,
};

/** "Twelve people were killed in an attack on a guest house in Korvale": people killed in an attack no state is named as making. */
export const KILLED_IN_ATTACK: Rule = {
  id: 'incident.killed-in-attack',
  example: 'Twelve people were killed in an attack on a guest house in Kandahar on Tuesday.',
  reason: 'People killed or wounded in an attack, assault or ambush (not one called "the attack", which retells one, nor a heart or animal attack) report an attack incident where it happened; a state named in the phrase makes it a strike, left to the strike rules.',
  pattern: /\b(?:killed|wounded|injured|died|martyred) (?:in|during) (?:an?|another|a separate) (?!(?:heart|shark|bear|dog|animal|panic|asthma)\b)(?:[\w-]+ ){0,2}?(?:attacks?|assaults?|ambush(?:es)?)\b/gi,
};

/**
 * "A truck attack on Tuesday that killed eight people in Corvana": an attack, bombing, assault, ambush or massacre that its
 * own clause says killed or wounded people (a count, or a person named) is an attack incident where it happened, with no
 * state named as making it (a state's attack is left to the strike rules; a heart attack is none; a blast or an explosion
 * may be an accident, and a shooting a police one). A year before the noun ("the 2015 Paris attacks that killed …") is history.
 */
export const ATTACK_KILLED: Rule = {
  id: 'incident.attack-killed',
  example: 'A bombing was reported on Monday to have killed a local reporter in the port town of Corvana. A truck attack that killed eight cyclists in Lorenville shocked the city.',
  reason: 'The dead or wounded an attack is said to have caused make it reported news, however many words stand between the attack and the verb.',
  pattern: new RegExp(`(?<!\\b(?:heart|panic|asthma|shark|dog|verbal|cyber|personal) )\\b(?:attack|bombing|assault|ambush|massacre)s?\\b(?=[^.;:"]{0,60}?\\b(?:killed|killing|kills|wounded|wounding|injured|injuring) (?:at least |more than |over |nearly |some |about |around |up to )?(?:\\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|an? |[A-Z]))`, 'gi'),
};

/** "Deadly clashes between Thailand and Cambodia left 12 dead": fighting between two states' forces, with its dead. */
export const CLASH: Rule = {
  id: 'incident.clash',
  example: 'Two Peruvian soldiers died in border clashes with Ecuadorian troops on Monday.',
  reason: 'A clash on a border or between two named states that killed people is a clash incident; it lies in neither state alone, so it has no country (clashes inside one country, with police or protesters, are none).',
  pattern: /\b(?:border |armed |deadly |fierce |heavy |cross-border )?clash(?:es)?\b/gi,
};

/** After a demonym next to what was hit: where a ship or plane is flagged, registered or owned, which says nothing of where it was hit. */
export const FLAG_NOT_PLACE: Rule = {
  id: 'incident.flag-not-place',
  example: 'A missile struck the Panamanian-registered tanker Blue Gull in Omani waters on Friday. Gunmen stormed the Dutch embassy compound in the capital. Rockets hit the United States Embassy in Baghdad.',
  reason: "A vessel's flag, registry or owner names another country than the waters or port it was hit in; so does the state whose embassy or consulate was hit.",
  pattern: /^(?:-(?:flagged|registered|owned|operated|chartered)\b|\s+(?:[Ee]mbassy|[Cc]onsulate|[Dd]iplomatic [Mm]ission)\b)/,
};

/** "Russia pummelled Kyiv with drones": a verb of hitting that is a strike only with a weapon as its instrument (tariffs or words are none). */
export const HIT_WITH_WEAPON: Rule = {
  id: 'incident.hit-with-weapon',
  example: 'Russia pummelled Odesa with the largest missile barrage in weeks.',
  reason: 'Verbs such as pummel, hammer, batter or bombard say a strike when what the state hits the place with is a weapon or an attack.',
  pattern: /\b(?:pummell?(?:ed|ing)|hammer(?:ed|ing)|batter(?:ed|ing)|bombard(?:ed|ing)|blitz(?:ed|ing))(?= (?:the )?[A-Z][^.;]{0,60}? with (?:[\w-]+ ){0,5}?(?:missiles?|rockets?|drones?|shells|bombs|artillery|mortars?|(?:air ?|missile |drone |rocket )?(?:strikes|attacks?|barrages?|raids)|airstrikes)\b)/gi,
};

/** Right before a strike named as a noun: it is told again, not reported ("Israel's recent attack on Doha"). */
export const RETOLD: Rule = {
  id: 'incident.retold',
  example: "Israel's recent raid on Beirut harmed the ceasefire talks, the minister said on Monday.",
  reason: 'A strike called recent, earlier or previous is one told before; the day of its sentence dates the telling, so it takes no day and joins the strike the story dates.',
  pattern: /\b(?:recent|earlier|previous|past)\s+(?:[\w-]+\s+){0,2}$/i,
};

/** Right before a strike named as a noun: another event answers it or follows it, so it is told as a cause, not reported. */
export const CAUSE_RETOLD: Rule = {
  id: 'incident.cause-retold',
  example: 'The raid follows rocket attacks on the Dutch embassy in Bamako. Jets struck in response to the Syrian missile strike on Haifa.',
  reason: 'A strike that something "follows", that a side "responded to" or "retaliated for", or that comes "in response to", "in retaliation for" or "in revenge for" it is an earlier one the story tells as the cause of its own; the day of the sentence dates the answer, so it takes only a day its own clause gives ("… on the ferry last Monday"), else none, and joins the strike the story dates.',
  pattern: /\b(?:follow(?:s|ed)|respond(?:ed|ing) to|retaliat(?:ed|ing) for|aveng(?:ed|ing)|(?:in )?(?:response|retaliation|revenge|reprisal) (?:to|for))\s+(?:(?:the|a|an|its|their|his|her|last|this|that|these|those)\s+)?(?:[\w'’-]+\s+){0,3}$/i,
};

/**
 * An armed group that is no state as the subject of attacking, ambushing, raiding or storming a place: an attack with
 * no perpetrator country ("Rebels attacked an army post near Goma on Sunday").
 */
export const GROUP_ASSAULT: Rule = {
  id: 'incident.group-assault',
  example: 'Insurgents ambushed a police convoy in the Kunar province of Afghanistan on Saturday.',
  reason: 'Rebels, militants, insurgents, guerrillas, gunmen or a named armed movement that attack, ambush, raid, storm, overrun or open fire on something make an attack incident where it happened (the verb right after the group, or after "and" in the same clause; a group\'s words about a policy name no place and are dropped).',
  pattern: /\b(?:Houthis?|Hezbollah|Hamas|[Aa]l-Shabaab?|Islamic State|ISIS|Taliban|Rapid Support Forces|RSF|M23|Boko Haram|[Rr]ebels|[Mm]ilitants|[Ii]nsurgents|[Mm]ilitias?|[Jj]ihadists|[Gg]uerrill?as|[Gg]unmen|[Aa]ssailants|(?:[Jj]ihadist|[Ii]slamist|[Rr]ebel|[Mm]ilitant|[Ii]nsurgent|[Aa]rmed|[Ss]eparatist) (?:fighters|gunmen|militants|groups?))(?: (?:fighters|gunmen))?(?: \w+ly)?(?: (?:have|had))?(?: [a-z]+(?: [a-z]+){0,4}? and)? (?:attacked|ambushed|raided|stormed|overran|assaulted|besieged|opened fire (?:on|at))\b/g,
};

/**
 * The kind of an attack follows who made it: a state or its forces strike (`strike`); an armed group
 * that is no state attacks (`attack`), whatever the weapon.
 */
export const GROUP_ATTACK: Rule = {
  id: 'incident.group-attack',
  example: 'Houthi forces launched a drone at the port city of Eilat late on Sunday.',
  reason: "A missile, drone or rocket fired by an armed group (rebels, militants, a named movement) is that group's attack, not a state's strike; no state is its perpetrator.",
  pattern: /\b(?:Houthis?|Hezbollah|Hamas|[Aa]l-Shabaab?|Islamic State|ISIS|Taliban|Rapid Support Forces|RSF|M23|Boko Haram|(?:\p{Lu}[\p{L}-]+ )?(?:rebels|militants|insurgents|militia|militias|jihadists|guerrillas))\b[^.;,]{0,30}$/u,
};

/**
 * The strike's own clause ends where a trailing attribution begins: in "a missile hit the town, the
 * council said late Friday" the day dates the saying, not the strike.
 */
export const ATTRIBUTION_DATE: Rule = {
  id: 'incident.attribution-date',
  example: 'Nine people died when a missile hit a depot in Sumy, the governor said on Friday. The missile struck before dawn on Thursday.',
  reason: 'A day in the attribution after the strike dates the report; the strike takes a day of its own clause, else of a sentence that retells it ("The missiles struck on Thursday"), and the report\'s day only when neither names one.',
  pattern: /,\s+(?:according to\b|(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}'’.-]+\s+){0,6}?(?:said|says|announced|reported|confirmed|added|told|claimed|stated)\b)/u,
};

/**
 * "Velora's missiles hit Corvana on Thursday, with Corvana in turn striking Velora on Friday": two strikes in one sentence,
 * each in its own clause; the later one is dated by the day of its own clause, not by the first clause's.
 */
export const LATER_CLAUSE_DAY: Rule = {
  id: 'incident.later-clause-day',
  example: 'Velorian rockets hit the port of Corvana on Thursday, with Corvana in turn striking army depots inside Velora on Friday.',
  reason: 'A clause opened by ", with", ", while", ", and" or ", in turn" tells its own event; a day it gives dates the strike it tells, before any day of the sentence\'s first clause.',
  pattern: /[,;]\s+(?:with|while|whereas|and|but|in turn)\b/g,
};

/** Right after the verb of a strike whose attacker is named: an object owned by "its" or "their" (group 1), up to the next phrase. */
export const POSSESSED_OBJECT: Rule = {
  id: 'incident.possessed-object',
  example: 'Corvana said Velorian jets bombed its runways on Friday morning.',
  reason: 'With no place or country named, "its runways" or "their positions" names what was hit and, by the possessive, a country other than the attacker: the paragraph\'s other country.',
  pattern: /^\s*((?:its|their) (?:[\w-]+ ){0,3}?[\w-]+)(?= (?:in|on|at|near|last|this|early|late|overnight|before|after|killing|with|and)\b|[,.;]|$)/,
};

/**
 * SECOND_STRIKE: after a strike, the same sentence tells another only when that one's own clause names its attacker and
 * it hits another country (an answer in kind, "…, with Corvana in turn striking Velora"); a second weapon or verb for the
 * same attack on the same country adds nothing.
 */
export const SECOND_STRIKE = {
  id: 'incident.second-strike',
  example: 'Velorian rockets hit the port of Corvana on Thursday, with Corvana in turn striking army depots inside Velora on Friday.',
  reason: 'Retaliation is often told in the clause after the strike it answers; each side\'s strike is an incident of its own.',
};

/**
 * "On Monday, the mayor said nine people were killed after rockets hit the city": a day that opens the sentence
 * before its verb of saying dates the report the strike is told in; with no day of its own clause or of a
 * retelling, the strike takes that report's day, not an earlier sentence's.
 */
export const REPORT_DAY: Rule = {
  id: 'incident.report-day',
  example: 'On Thursday, the governor of Velora said six people died after rockets hit the port of Velora.',
  reason: 'With no day of its own, a strike is of the day of the report that tells it: the day its own sentence gives before the verb of saying comes before a day of an earlier sentence or of the story.',
  pattern: /\b(?:said|says|told|announced|confirmed|reported|stated)\b/,
};

/** The same trailing attribution names the source's country, not where the strike was (ATTRIBUTION_DATE's pattern cuts it). */
export const ATTRIBUTION_PLACE: Rule = {
  id: 'incident.attribution-place',
  example: 'A rebel drone attack on a grain carrier in the Gulf of Aden on Friday set its deck on fire, the paper reported, citing British officials.',
  reason: 'A country named after ", X reported" or ", citing …" is who told of the strike; the struck country comes from the strike\'s own clause or its paragraph outside that attribution.',
  pattern: ATTRIBUTION_DATE.pattern,
};

/** An attack the headline or the lead reports with no day anywhere before it: the news of the story's day. */
export const LEAD_DAY: Rule = {
  id: 'incident.lead-day',
  example: 'Velora has carried out a wave of strikes on Corvana, killing at least nine people.',
  reason: 'A story leads with the news of its day: an attack its headline or first paragraph tells in the present perfect ("has carried out", "have killed"), that no sentence dates and no dated report of the same country retells, happened on the day the story was published (told in the past tense, or in another paragraph, it keeps no day: "bombed two depots in April").',
  pattern: /\b(?:has|have)\s+(?:[a-z]+ly\s+)?(?:been\s+)?(?:[a-z]+ed|hit|struck|shot|[a-z]+en)\b/,
};

/**
 * "Russia's strikes on energy infrastructure": strikes named as a plural noun on no named place, with no day of their
 * own clause and no dead, are a campaign the story mentions, not one incident (the day of the sentence dates the telling).
 */
export const CAMPAIGN: Rule = {
  id: 'incident.campaign',
  example: 'The minister briefed his guest on Velorian strikes on power plants, the ministry said on Friday.',
  reason: 'One incident has a place or a day or a toll; strikes in the plural on things left unnamed, undated and with no dead are a campaign, told in passing.',
  pattern: /\b(?:strikes|attacks|raids|barrages|assaults|bombardments)\b/i,
};

/**
 * "The first bomb exploded near the gate": an attack told by a definite noun ("the bomb", "the first blast") after the story
 * has told an attack is that attack again, not another one; it adds no incident (its sentence's day and country are
 * the retelling's, not the attack's).
 */
export const DEFINITE_RETOLD: Rule = {
  id: 'incident.definite-retold',
  example: 'Two bombs struck a market in Corvana on Sunday, killing nine. The first bomb went off near the fish stalls.',
  reason: 'A definite noun names an attack the reader already knows: the story told it before.',
  pattern: /\b(?:[Tt]he|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?:[\w-]+\s+){0,2}$/,
};

/**
 * "She warns that a cyber attack is the gravest risk": an attack with no place, no day and no dead or wounded is
 * no reported incident (a danger, a kind of attack, a figure of speech); a reported one gives at least one of them.
 */
export const UNPLACED = {
  id: 'incident.unplaced',
  example: 'The report calls a terrorist attack the gravest risk to many capitals.',
  reason: 'News of an incident places it, dates it or counts its victims; an attack that has none of these is talked about, not reported.',
};

/** A later sentence that tells the same strike again by a definite noun and says when it happened. */
export const RETELLING: Rule = {
  id: 'incident.retelling',
  example: 'A suicide attack killed nine guards, police said on Wednesday. The suicide blast occurred on Tuesday.',
  reason: 'One attack reported several times is one incident; the sentence that says when "the blast occurred", "the missiles struck" or "it happened" (also in a witness\'s words) dates it.',
  pattern: /^["“]?(?:(?:The|That|This)\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|airstrikes?|air strikes?|blasts?|bombings?|explosions?|missiles?|rockets?|drones?|raids?|shelling|bombardment)\s+(?:\w+\s+)?(?:occurred|happened|took place|struck|hit|landed|exploded|began|started|was carried out|were carried out|were fired|was launched|were launched)|(?:This|That|It) (?:happened|occurred|took place))\b/,
};

/** A country that borders the place of a strike, or from which a weapon was launched, is not where it struck. */
export const NOT_STRUCK_BEFORE = /\b(?:bordering|borders|border with|from|near the)\s+$/;
export const NOT_STRUCK_AFTER = /^(?:'s)?\s*(?:-\s*)?border\b/;

/** A strike dated to a year before the article's is history, not news ("the bombing of Hiroshima in 1945"); "the worst since 2022" is no date. */
/** PAST_YEAR too: an attack the sentence places "last year" or years ago is history the story recalls, not its news. */
export const YEARS_AGO = /\b(?:last year|(?:a|one|two|three|four|five|several|many|\d+) years? (?:ago|earlier|before))\b/i;
export const PAST_YEAR = /\b(?:in|of) (?:(?:early|late|mid-?)\s?)?(?:[A-Z][a-z]+ )?(?:\d{1,2},? )?(1[89]\d\d|20\d\d)\b/;

/** Words before a strike that make it threatened, planned, expected, feared, possible or avoided rather than done (incident.discussed: a strike talked about or discussed did happen). */
export const STRIKE_BLOCKER = /\b(?:threat\w*|would|could|might|may|plan\w*|warn\w*|possib\w*|potential|vow\w*|prepar\w*|if|avoid\w*|prevent\w*|deter\w*|consider\w*|expect\w*|fear\w*|ready to|any future|no)\b[^.;]{0,30}$/i;

/**
 * When the strike sentence names no attacker ("a rocket hit Kharkiv"), the attacker is the side
 * whose forces the same or the previous paragraph names as fighting in that country, or the
 * attacker of an earlier strike on that country in the article.
 */
export const PERPETRATOR_CONTEXT: Rule = {
  id: 'incident.perpetrator-context',
  example: 'The country has been witnessing a full-scale invasion of Russian forces since February 24. At least ten people were killed after a rocket hit Kharkiv.',
  reason: 'Reports of a strike lean on the surrounding account of who is attacking whom.',
  pattern: /^(?:'s)? (?:\w+ )?(?:forces|troops|military|army|invasion|aggression|shelling|missiles?|drones?|strikes?)\b/,
};

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100 };
export const NUMBER = `(\\d[\\d,]*|${Object.keys(NUMBER_WORDS).join('|')})`;

export const KILLED = new RegExp(`\\b${NUMBER} (?:\\w+ ){0,2}?(?:including (?:\\w+ ){1,3}?)?(?:were |was |have been |had been |are )?(?:killed|dead|died)\\b|\\bkill(?:ing|ed|s)? (?:of )?(?:at least |more than |over |nearly |almost |some |about |around |up to )?${NUMBER}(?! (?:years?|months?|days?|hours?|times|per ?cent|%)\\b)(?= [\\w-]+)`, 'i');
/**
 * CASUALTIES_APART: "killed four and wounded 30" counts 30 injured, not four: the words between a count
 * and "wounded" may not be a conjunction or another casualty verb, and "wounded 30" counts after the verb.
 */
export const CASUALTIES_APART: Rule = {
  id: 'incident.casualties-apart',
  example: 'The blast in Corvana killed four and wounded 30 on Monday.',
  reason: 'Each count belongs to the verb next to it; "and" separates the dead from the injured.',
  pattern: /\b(?:wounded|injured|hurt)\b/gi,
};
export const INJURED = new RegExp(`\\b${NUMBER} (?:(?!and |or |killed |dead |died )\\w+ ){0,2}?(?:were |was |have been |had been |are )?(?:injured|wounded|hurt)\\b|\\b(?:injur|wound)(?:ing|ed) (?:at least |more than |over |nearly |about |around |another |some )?${NUMBER}\\b`, 'i');

export function toNumber(word: string | undefined): number | null {
  if (!word) return null;
  const lower = word.toLowerCase();
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
  const n = Number(lower.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}
