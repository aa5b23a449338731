/**
 * Who signs or agrees when the verb's subject is a group read from its clause, in the forms
 * group-pair.ts does not read: a verb joined by "and" to the clause's first verb ("they toured the
 * port and agreed to …", "The two leaders exchanged views on … and agreed to …": the verb shares the
 * subject that opens the clause), a group after a fronted phrase or a verb of saying ("In the talks
 * both the sides agreed", "The minister said the sides agreed on …"). The group stands for the
 * two countries of the contact told last before the verb, in its paragraph or the one before.
 * Linear: the contacts are indexed once per article, each look-up is a binary search, and the clause is
 * read in a bounded window before the verb.
 */
import type { Article, Sentence } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';
import { spansBetween } from './span-index.js';
import { GROUP_PAIR } from './group-pair.js';
import { lastToldCountries } from './told-contact-countries.js';

/** A group that says it is the parties of a contact. */
const GROUP = String.raw`(?:[Tt]hey|[Bb]oth (?:the )?(?:sides|parties|countries|leaders|governments|delegations)|[Tt]he (?:two )?(?:sides|parties|leaders|delegations)|[Tt]he two (?:countries|nations|governments|ministers|presidents|prime ministers|men|heads of state|foreign ministers|neighbou?rs))`;

export const CLAUSE_GROUP = {
  id: 'commitment.clause-group',
  example: 'Minister Oduya met her Tarvian counterpart in Lomara on Friday, and they toured the new port and agreed to expand fisheries cooperation.',
  reason: 'A verb joined by "and" to the first verb of its clause shares that verb\'s subject; a group subject ("they", "the two leaders", "both the sides", also after a fronted phrase or "said") stands for the two countries of the contact told last before it, as when it stands right before the verb.',
  /**
   * Before the verb: where the clause opens (sentence start, a comma or semicolon with "and"/"but", a
   * verb of saying, a fronted phrase of time or occasion), the group, its auxiliaries, and optionally
   * the first verb's phrase closed by "and" (no comma, semicolon or quote inside it).
   */
  pattern: new RegExp(String.raw`(?:^|[;:,] (?:and |but )?|\b(?:said|says|stated|added|noted|announced|confirmed)(?: that)? |^(?:During|At|After|In|On|Following) [^,;]{1,40}? )(${GROUP}(?: (?:have|had|also|then|later|further|jointly|formally))*)(?: ([^,;"“”]{1,160}?) and(?: also| then| later| further| jointly)?)? $`),
};

/** How far before the verb the clause may open. */
const REACH = 240;


/**
 * The words that may make the agreement only planned or refused: the group and its auxiliaries and
 * the first two words of the verb phrase it shares ("would tour …"), not the rest of that phrase
 * ("held talks on trade and agreed …": the talks are another verb's object).
 */
export function sharedLead(group: RegExpExecArray): string {
  return group[2] ? `${group[1]} ${group[2].split(' ').slice(0, 2).join(' ')}` : group[1];
}

/** The two parties a group subject of the verb at `at` stands for, and the words that may block it, or undefined. */
export function clauseGroupPair(article: Article, parties: PartyIndex, s: Sentence, at: number): { pair: [Party, Party]; lead: string } | undefined {
  const from = Math.max(s.start, at - REACH);
  // A window that does not reach the sentence's start cannot tell where the sentence opens.
  const lead = (from > s.start ? '\u0000' : '') + article.scan.slice(from, at);
  const group = CLAUSE_GROUP.pattern.exec(lead);
  // A group right before the verb in group-pair.ts's forms was read there (and left when its contacts disagree).
  if (!group || GROUP_PAIR.before.test(lead) || GROUP_PAIR.weak.test(lead)) return undefined;
  const party = (code: string): Party => ({ start: at, end: at, code, actor: null, demonym: false });
  const told = lastToldCountries(article, s, at);
  if (told) return told.length === 2 ? { pair: [party(told[0]), party(told[1])], lead: sharedLead(group) } : undefined;
  // No contact told near: a group that says it is two ("both the sides", "the two leaders") stands for
  // the only two countries named from the paragraph before up to it.
  if (!SAYS_TWO.test(group[0])) return undefined;
  let first = s;
  for (let k = s.index - 1; k >= 0 && article.sentences[k].paragraph >= s.paragraph - 1 && k > s.index - 8; k--) first = article.sentences[k];
  const codes = [...new Set(spansBetween(parties.all, first.start, at).slice(0, 40).filter((p) => !p.body).map((p) => p.code))];
  return codes.length === 2 ? { pair: [party(codes[0]), party(codes[1])], lead: sharedLead(group) } : undefined;
}

/** A group that says there are two of them. */
const SAYS_TWO = /\b(?:[Bb]oth|[Tt]wo)\b/;
