/**
 * "Starmer and Macron pledged …": the people joined by "and" that open a clause right before its verb
 * group each make the commitment, not only the first named.
 */
import type { Sentence } from './extraction-types.js';
import type { Party, PartyIndex } from './clause-parties.js';

/** The coordinate list starting at `from` that is the agent of the verb at `at`, when it holds two or more parties. */
export function coordinatedSubject(parties: PartyIndex, scan: string, s: Sentence, from: number, at: number): Party[] | undefined {
  const list = parties.listAfter(from, at).filter((p) => !p.body);
  if (list.length < 2) return undefined;
  const [prev, last] = list.slice(-2);
  return parties.agentBefore(s, at) === last && /^,? and (?:the )?$/.test(scan.slice(prev.end, last.start)) ? list : undefined;
}
