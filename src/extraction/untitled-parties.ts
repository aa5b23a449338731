/**
 * Parties of a contact whom the gazetteer does not know and the text names without a title
 * (untitled-person.ts reads the names), in every place a party stands:
 *  - objects: "met Karl Tanner", "talks with Karl Tanner and Putin", "between Karl Tanner and Putin";
 *  - subject: "Karl Tanner met", "Karl Tanner was received by", "Karl Tanner's talks with";
 *  - coordinated with a known subject: "Putin and Karl Tanner met", "Karl Tanner and Putin met".
 * `add` registers the name as an actor of the article and returns its mention, or null when the
 * article calls that person a private citizen.
 *
 * Every look is a bounded window after or before one offset.
 */
import type { Mention } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { objectsAfter } from './contact-parties.js';
import { spansBetween } from './span-index.js';
import { untitledPersonAfter, untitledPersonBefore } from './untitled-person.js';

/** Registers a name as a party; null for a person who is none (a private citizen: private-persons.ts). */
type Add = (name: string, start: number, end: number) => Mention | null;
/** Whether a known mention overlaps the span: mentions are sorted by start and end within a word or two of it. */
const overlaps = (pool: Mention[], p: { start: number; end: number }) => spansBetween(pool, p.start - 80, p.end).some((m) => m.end > p.start);
/** What joins the items of a list of parties. */
const JOINT = /^(?:,? and|,? as well as|,)(?= )/;
/** A possessive and up to three modifiers before a contact noun: "Karl Tanner's two-hour meeting". */
const POSSESSIVE_BEFORE = /['’]s(?: [\w-]+){0,3} $/;
/** " and " right after a subject or right before it. */
const AND_AFTER = /^\s+and(?=\s)/;
const AND_BEFORE = /\s+and\s+$/;

/** The untitled objects right after `from` with the known ones listed among them, or null. */
export function untitledObjects(scan: string, from: number, clauseEnd: number, pool: Mention[], gazetteer: GazetteerView, add: Add): { group: Mention[]; end: number } | null {
  const first = untitledPersonAfter(scan, from, clauseEnd, gazetteer);
  const added = first && !overlaps(pool, first) ? add(first.name, first.start, first.end) : null;
  if (!first || !added) return null;
  const group = [added];
  let end = first.end;
  for (let k = 0; k < 4; k++) {
    const joint = JOINT.exec(scan.slice(end, end + 14));
    if (!joint) break;
    const next = untitledPersonAfter(scan, end + joint[0].length, clauseEnd, gazetteer);
    if (next && !overlaps(pool, next)) {
      const added = add(next.name, next.start, next.end);
      if (!added) break;
      group.push(added);
      end = next.end;
      continue;
    }
    const known = objectsAfter(scan, end + joint[0].length, pool, clauseEnd).groups[0];
    if (!known?.length) break;
    group.push(...known);
    end = known[known.length - 1].end;
  }
  return { group, end };
}

/** The untitled subject of a trigger at `at` (its possessor for a noun), or null. */
export function untitledSubject(scan: string, clauseStart: number, at: number, isNoun: boolean, gazetteer: GazetteerView, add: Add): Mention | null {
  let before = at;
  if (isNoun) {
    const poss = POSSESSIVE_BEFORE.exec(scan.slice(Math.max(clauseStart, at - 40), at));
    if (!poss) return null;
    before = at - poss[0].length;
  }
  const person = untitledPersonBefore(scan, clauseStart, before, gazetteer);
  return person ? add(person.name, person.start, person.end) : null;
}

/** A known subject with an untitled person coordinated to it: "Putin and Karl Tanner met", "Karl Tanner and Putin met". */
export function withUntitledPartner(scan: string, clauseStart: number, at: number, subject: Mention[], pool: Mention[], gazetteer: GazetteerView, add: Add): Mention[] {
  if (!subject.length) return subject;
  const last = subject[subject.length - 1];
  const and = AND_AFTER.exec(scan.slice(last.end, at));
  if (and) {
    const person = untitledPersonBefore(scan, last.end + and[0].length, at, gazetteer);
    const added = person && person.start > last.end && !overlaps(pool, person) ? add(person.name, person.start, person.end) : null;
    return added ? [...subject, added] : subject;
  }
  const head = subject[0];
  const joint = AND_BEFORE.exec(scan.slice(Math.max(clauseStart, head.start - 12), head.start));
  if (!joint) return subject;
  const person = untitledPersonBefore(scan, clauseStart, head.start - joint[0].length, gazetteer);
  const added = person && !overlaps(pool, person) ? add(person.name, person.start, person.end) : null;
  return added ? [added, ...subject] : subject;
}
