/**
 * Topic rules as data: the subjects diplomatic contacts are reported to cover, each a normalised
 * name and the phrasings that denote it. Topics are read from a call's own sentences, from the
 * sentences that go on to report the same conversation ("Both leaders discussed …"), and from
 * the posts about the call.
 */
import type { Rule } from './extraction-types.js';

export interface TopicRule extends Rule {
  topic: string;
}

const topic = (name: string, pattern: RegExp, example: string): TopicRule => ({
  id: `topic.${name.replace(/[^a-z]+/g, '-')}`,
  topic: name,
  pattern,
  example,
  reason: `Names ${name} as a subject of the contact.`,
});

export const TOPIC_RULES: TopicRule[] = [
  topic('sanctions', /\bsanctions?\b|\beconomic (?:measures|penalties|consequences)\b/i, 'They discussed imposing anti-Russian sanctions on Moscow.'),
  topic('security assistance', /\bsecurity (?:assistance|aid|support|guarantees)\b/i, 'Our continued support for Ukraine, including security assistance.'),
  topic('defence assistance', /\bdefen[cs]e (?:assistance|aid|support|cooperation|capabilities)\b/i, 'Defence assistance to Ukraine was discussed.'),
  topic('military aid', /\b(?:military (?:aid|assistance|support|supplies)|weapons? (?:deliveries|supplies|shipments)|arms (?:deliveries|supplies))\b/i, 'They discussed further military aid.'),
  topic('humanitarian aid', /\bhumanitarian (?:aid|assistance|support|corridors?|situation|relief)\b/i, 'Security assistance and humanitarian aid.'),
  topic('economic support', /\b(?:economic|financial|macro-?(?:economic|financial)|budget(?:ary)?) (?:support|assistance|aid)\b/i, 'Continued macroeconomic support for Ukraine.'),
  topic('energy security', /\benergy (?:security|supplies|prices|crisis|cooperation)\b|\bgas (?:supplies|transit)\b|\boil prices\b/i, 'They discussed energy security in Europe.'),
  topic('food security', /\bfood (?:security|crisis|supplies)\b|\bgrain (?:exports?|shipments?|deal|corridor)\b/i, 'The leaders discussed food security and grain exports.'),
  topic('trade', /\btrade\b|\btariffs?\b/i, 'They discussed expanding trade.'),
  topic('investment', /\binvestments?\b/i, 'Trade and investment cooperation.'),
  topic('eu accession', /\b(?:accession to the #?(?:EU|European Union)|#?EU (?:membership|accession|candidate status)|European Union membership|join(?:ing)? the #?(?:EU|European Union))\b/i, "The work on Ukraine's accession to the #EU needs to be accelerated."),
  topic('nato membership', /\b(?:NATO (?:membership|accession)|join(?:ing)? NATO|accession to NATO)\b/i, "Ukraine's NATO membership prospects."),
  topic('closing the sky', /\b(?:clos(?:e|ing) the sky|no-fly zone|air defen[cs]e)\b/i, 'Emphasized the need to close the sky over Ukraine.'),
  topic('shelling of civilians', /\b(?:shelling|bombing|bombardment) of (?:residential|civilian)\b|\bstrikes? on civilians\b/i, "Spoke about Russia's shelling of residential neighbourhoods."),
  topic('peace talks', /\b(?:peace (?:talks|negotiations|process|settlement|plan|efforts)|negotiations with)\b/i, 'They discussed the peace talks.'),
  topic('ceasefire', /\bcease-?fire\b|\btruce\b/i, 'The leaders called for a ceasefire.'),
  topic('de-escalation', /\bde-?escalat\w*\b/i, 'The importance of de-escalation and diplomacy.'),
  topic('nuclear issues', /\bnuclear\b/i, 'Iran’s nuclear programme.'),
  topic('strategic stability', /\bstrategic stability\b|\barms control\b/i, 'Strategic stability and arms control.'),
  topic('cybersecurity', /\bcyber\w*\b|\bransomware\b/i, 'They discussed ransomware.'),
  topic('climate', /\bclimate\b/i, 'Cooperation on climate change.'),
  topic('health', /\b(?:COVID(?:-19)?|pandemic|vaccines?)\b/i, 'The fight against the COVID-19 pandemic.'),
  topic('migration', /\b(?:migration|migrants|refugees)\b/i, 'The situation of refugees.'),
  topic('terrorism', /\b(?:terrorism|terrorist|counter-?terror\w*)\b/i, 'Cooperation against terrorism.'),
  topic('prisoner exchange', /\b(?:prisoners? (?:exchange|swap)|exchange of prisoners|hostages?)\b/i, 'The exchange of prisoners of war.'),
  topic('elections', /\belections?\b/i, 'The upcoming elections.'),
];

/** A sentence that goes on to report what the parties of the call just reported discussed. */
export const CONTINUATION: Rule = {
  id: 'topic.continuation',
  example: 'Zelenskyy spoke to Joe Biden. Both leaders discussed defence assistance to Ukraine.',
  reason: 'A following sentence whose subject is the parties and whose verb is a discussion verb reports the same conversation.',
  pattern: /\b(?:both(?: the)? (?:leaders|sides|presidents|parties)|the (?:two )?(?:leaders|sides|presidents|parties|interlocutors)|they|the two|the conversation|the call|the talks|the meeting|they also)\b[^.]{0,40}\b(?:discuss\w*|spoke about|talked about|exchanged views|focused on|touched (?:up)?on|addressed|reviewed|covered|agreed)\b/i,
};
