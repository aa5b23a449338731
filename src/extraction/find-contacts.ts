/**
 * Stage 6 — contacts. Applies the contact rules (contact-rules.ts) sentence by sentence, reads the
 * parties around each trigger (contact-parties.ts), keeps only contacts that happened (contact-modality.ts),
 * that cross a border or involve an international body, and that have a leader or minister among them,
 * and folds repeated reports of one contact into one call (merge-calls.ts). Linear in the text: each
 * rule scans each sentence once; each trigger looks only at bounded windows and its sentence's mentions.
 */
import { actorId } from '../facts/fact-ids.js';
import type { ActorRecord, Article, Mention, Quote, Sentence } from './extraction-types.js';
import type { GazetteerView } from './gazetteer-view.js';
import { COMPOUND_HINT, TRIGGER_HINT, type ContactRule } from './contact-rules.js';
import { contactHits } from './contact-hits.js';
import { mediumFor } from './contact-medium.js';
import { INSERTED_DAY_AT } from './contact-words.js';
import { isDiplomatic } from './diplomatic-contact.js';
import { clauseStartBefore, nounHappened, verbHappened } from './contact-modality.js';
import { firstAtOrAfter, frontedObjects, groupBefore, objectsAfter, possessorOrSubject, subjectAndObject, subjectBefore } from './contact-parties.js';
import { lastStartingBy, spansBetween } from './span-index.js';
import { dateForSentence, presentReportDay } from './date-for-sentence.js';
import { DASH_APPOSITION, FINITE_PASSIVE_SUBJECT, ONLY_ADVERBIALS, PLURAL_CUE, PLURAL_TRIGGER, pluralAround, PLURAL_TITLE_EACH, SPOKE_WITH_EACH, TOGETHER_CUE, TOOK_PLACE } from './contact-cues.js';
import { ACCOMPANIED_BY, ATTENDEES_PRESENT, COORDINATED_CONTACT_NOUN, EMBEDDED_CONTACT, JOINED_BY, PAST_RELATIVE, REDUCED_RELATIVE, THIRD_PERSON_IN_QUOTE, TWO_HEADS_EACH, TWO_OF_KIND, ONE_DELEGATION } from './contact-party-steps.js';
import { groupOf } from './contact-group.js';
import { mergeCalls, type ContactDraft } from './merge-calls.js';
import { isPriorContact, laterContactCounted } from './prior-contact.js';
import { untitledObjects, untitledSubject, withUntitledPartner } from './untitled-parties.js';
import { privatePersons } from './private-persons.js';
import { joinParticipantList } from './join-participant-list.js';

/** The contact reported last, passing over one told only as the topic of another (EMBEDDED_CONTACT): "the two leaders" are the main contact's. */
function lastTold(drafts: ContactDraft[]): ContactDraft | undefined {
  for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 4; k--) if (!drafts[k].embedded) return drafts[k];
  return drafts[drafts.length - 1];
}

/** OTHER_CONTACT_BEFORE_WITH: where a trigger's search for "with" stops — a phrase of time governing another contact noun. */
export const OTHER_CONTACT_BEFORE_WITH = {
  id: 'contact.parties.other-contact-before-with',
  example: 'Berg and Lind held a meeting on Monday before their separate talks with Dahl.',
  reason: 'The "with" belongs to the later (or earlier) talks the phrase names; the parties of the meeting are the coordinated subject alone.',
  pattern: /\b(?:before|after|ahead of|following|prior to)\s+(?:(?:their|his|her|its|the)\s+)?(?:[a-z-]+\s+){0,2}(?:talks|meetings?|discussions|summit|calls?|conversations?|visit)\b/,
};

export function findContacts(article: Article, gazetteer: GazetteerView): Article {
  const { scan, sentences, quotes } = article;
  const actors = [...article.actors];
  const mentions = [...article.mentions];
  const byId = new Map(actors.map((a) => [a.id, a]));
  const bySentence = new Map<number, Mention[]>();
  for (const m of mentions) if (byId.has(m.actor)) (bySentence.get(m.sentence) ?? bySentence.set(m.sentence, []).get(m.sentence)!).push(m);
  const quotesBySentence = new Map<number, Quote[]>();
  for (const q of quotes) (quotesBySentence.get(q.sentence) ?? quotesBySentence.set(q.sentence, []).get(q.sentence)!).push(q);

  const drafts: ContactDraft[] = [];
  let privates: Set<string> | undefined;
  const laterCounted = laterContactCounted(scan);
  let lastTrigger = -10;
  for (const s of sentences) {
    const text = scan.slice(s.start, s.end);
    if (!TRIGGER_HINT.test(text) && !COMPOUND_HINT.test(text)) continue;
    const own = [...(quotesBySentence.get(s.index) ?? [])].sort((a, b) => a.start - b.start);
    const all = bySentence.get(s.index) ?? [];
    // The mentions outside quotes, and those of each quote: a trigger's parties come from its side.
    const outside = all.filter((x) => { const i = lastStartingBy(own, x.start); return i < 0 || x.start >= own[i].end; });
    const hits = contactHits(text, s.start);
    // "Modi met Biden in Apulia. The meeting took place on Thursday.": the day of the contact just reported
    // (one with two parties: a lone party kept for a participant list is no contact yet).
    let last = drafts[drafts.length - 1];
    for (let k = drafts.length - 1; k >= 0 && drafts[k].sentence >= s.index - 2 && new Set(drafts[k].participants).size < 2; k--) last = drafts[k - 1];
    const draftsBefore = drafts.length;
    // The subject and objects of the contact told last in this sentence (COORDINATED_CONTACT_NOUN).
    let told: { subject: Mention[]; objects: Mention[] } | undefined;
    for (const hit of hits) {
      const { rule } = hit;
      const qi = lastStartingBy(own, hit.start);
      const quote = qi >= 0 && hit.start < own[qi].end ? own[qi] : undefined;
      const pool = quote ? spansBetween(all, quote.start, quote.end).filter((x) => x.end <= quote.end) : outside;
      const clauseStart = Math.max(clauseStartBefore(scan, s.start, hit.start), quote?.start ?? s.start);
      const clauseEnd = quote?.end ?? s.end;
      const evidence = { start: hit.start, end: hit.end, rule: rule.id, sentence: s.index };
      const previousTrigger = lastTrigger;
      lastTrigger = s.index;

      // INSERTED_DAY_AT: "received on Tuesday the minister": the objects come after the day.
      let objectFrom = rule.shape === 'verb' && !rule.seekWith ? hit.end + (INSERTED_DAY_AT.exec(scan.slice(hit.end, Math.min(clauseEnd, hit.end + 48)))?.[0].length ?? 0) : hit.end;
      if (rule.seekWith) {
        const window = scan.slice(hit.end, Math.min(clauseEnd, hit.end + (rule.reach ?? 90)));
        // OTHER_CONTACT_BEFORE_WITH: "A and B held a meeting on Tuesday before their talks with C": a "with" after a phrase of
        // time that governs another contact noun belongs to that contact, not to the trigger's.
        const other = OTHER_CONTACT_BEFORE_WITH.pattern.exec(window);
        const w = /^(?:[^;.]*?)\b(?:with|between)\b/.exec(other ? window.slice(0, other.index) : window);
        const nextMention = pool[firstAtOrAfter(pool, hit.end)];
        if (w && (!nextMention || nextMention.start >= hit.end + w[0].length || /\bwith\b/.test(scan.slice(hit.end, nextMention.start)))) objectFrom = hit.end + w[0].length;
        else objectFrom = -1;
      }
      let { groups, end: objectsEnd } = objectFrom >= 0 ? objectsAfter(scan, objectFrom, pool, clauseEnd) : { groups: [] as Mention[][], end: hit.end };
      // An untitled person as the object ("met Julius Nyerere"); what is visited is mostly a place,
      // and what is "called" X is often named X.
      const add = (name: string, start: number, end: number) => addPerson(name, start, end, s.index);
      const untitled = !groups.length && objectFrom >= 0 && (rule.shape === 'verb' || /\b(?:with|between|by)$/.test(hit.text)) && rule.id !== 'contact.visited' && rule.id !== 'contact.called' ? untitledObjects(scan, objectFrom, clauseEnd, pool, gazetteer, add) : null;
      if (untitled) { groups = [untitled.group]; objectsEnd = untitled.end; }
      // COMMA_NOT_LIST: "At his meeting with A, the premier said": the objects end at the fronted phrase's comma; who follows it is the main clause's subject.
      const fronted = untitled || s.isTitle || quote ? { groups, main: [] as Mention[] } : frontedObjects(scan, clauseStart, hit.start, groups);
      if (fronted.main.length) { groups = fronted.groups; const g = groups[groups.length - 1]; objectsEnd = g[g.length - 1].end; }

      // PAST_RELATIVE: "called X, whose …, a reliable partner": what follows the objects is read past a relative clause about them.
      if (rule.after) {
        const rest = scan.slice(objectsEnd, Math.min(clauseEnd, objectsEnd + 240));
        const relative = PAST_RELATIVE.pattern.exec(rest);
        if (!rule.after.test((relative ? rest.slice(relative[0].length) : rest).slice(0, 40))) continue;
      }
      // REDUCED_RELATIVE: "a report on the questions discussed at the summit": a participle after a noun a preposition governs reports no contact of the clause's subject.
      if (rule.shape === 'verb' && REDUCED_RELATIVE.pattern.test(scan.slice(Math.max(clauseStart, hit.start - 60), hit.start)) && /^(?:[a-z]+ed|met|held)\b/.test(hit.text)) continue;
      if (rule.shape === 'list') {
        // ACCOMPANIED_BY: "X, who was joined by Y, held talks with Z": Y came with this sentence's subject; he joins no earlier contact.
        if (ACCOMPANIED_BY.pattern.test(scan.slice(Math.max(s.start, hit.start - 12), hit.start))) continue;
        joinParticipantList({ scan, sentences, s, drafts, previousTrigger, newDraft: (p) => draftOf(p, hit, s, false, false) }, groups.flat().map((m) => m.actor), evidence);
        continue;
      }

      let subject: Mention[] = [];
      let group: string[] | null = null;
      const isNoun = rule.shape === 'noun' || rule.shape === 'group';
      if ((isNoun || rule.nounLed) && !nounHappened(scan, clauseStart, hit.start, objectsEnd, clauseEnd)) continue;
      if (rule.id === 'contact.after-talks') {
        // Only a coordinated subject names the parties of bare talks: before them, or after the
        // fronted phrase's comma ("After talks in Pyongyang, Putin and Kim signed …").
        const before = subjectBefore(scan, clauseStart, hit.start, pool);
        const comma = scan.indexOf(',', hit.end);
        // FRONTED_PHRASE_COMMA: the comma closes the phrase of the talks only when no one is named before it ("during the talks that were joined by envoy A, minister B and C": its comma stands inside a list).
        const after = comma >= 0 && comma < Math.min(clauseEnd, hit.end + 60) && !spansBetween(pool, hit.end, comma).length ? objectsAfter(scan, comma + 1, pool, clauseEnd).groups[0] ?? [] : [];
        const coordinated = before.length >= 2 ? before : after.length >= 2 ? after : subjectAndObject(scan, clauseStart, hit.start, pool);
        if (coordinated.length < 2) continue;
        // ATTENDEES_PRESENT: "During the meeting, A, B and C were present": who attended the contact reported, not a contact among them.
        if (after.length >= 2 && coordinated === after && ATTENDEES_PRESENT.pattern.test(scan.slice(after[after.length - 1].end, Math.min(clauseEnd, after[after.length - 1].end + 160)))) continue;
        group = coordinated.map((m) => m.actor);
      } else if (rule.shape === 'group' || groupBefore(scan, clauseStart, hit.start)) group = groupOf({ scan, sentences, s, pool, at: hit.start, isPerson: (m) => byId.get(m.actor)?.kind !== 'institution', last: lastTold(drafts), before: bySentence.get(s.index - 1) ?? [], mentionsIn: (k) => bySentence.get(k) ?? [], countryOf: (a) => byId.get(a)?.country, kindOf: (a) => byId.get(a)?.kind });
      if (!group && rule.shape === 'passive') {
        // "a reception held for him by X": the one it was held for is the other party.
        subject = spansBetween(pool, hit.start, hit.end).filter((m) => m.end <= hit.end);
      }
      // "… on Thursday, a day after meeting Macron": mid-sentence, the clause belongs to the sentence's subject.
      if (!group && (rule.trailing || (rule.fronted && /^[a-z]/.test(hit.text) && /,\s*(?:\S+\s+){0,3}$/.test(scan.slice(Math.max(s.start, hit.start - 30), hit.start))))) {
        const first = pool[firstAtOrAfter(pool, s.start)];
        if (first && first.end <= hit.start && byId.get(first.actor)?.kind !== 'institution') subject = [first];
      }
      if (!group && !subject.length) {
        subject = possessorOrSubject(scan, hit, rule.shape === 'noun', clauseStart, pool);
        const person = subject.length || rule.shape === 'group' ? null : untitledSubject(scan, clauseStart, hit.start, rule.shape === 'noun', gazetteer, add);
        subject = person ? [person] : rule.shape === 'verb' ? withUntitledPartner(scan, clauseStart, hit.start, subject, pool, gazetteer, add) : subject;
        // COORDINATED_CONTACT_NOUN: "held talks with A and a brief meeting with B": B was met by the subject of the talks, not by A.
        const lastObject = told?.objects[told.objects.length - 1];
        if (rule.shape === 'noun' && told?.subject.length && lastObject && subject.length === 1 && subject[0] === lastObject && lastObject.end <= hit.start && hit.start - lastObject.end <= 60 && COORDINATED_CONTACT_NOUN.pattern.test(scan.slice(lastObject.end, hit.start))) subject = told.subject;
      }
      if (!isNoun && !verbHappened(scan, clauseStart, subject[0] ? { start: subject[0].start, end: subject[subject.length - 1].end } : null, hit.start, { text: hit.text, clauseEnd })) continue;
      if (!group && !subject.length) {
        // A fronted participle or noun phrase: the main clause's subject comes after it.
        const from = firstAtOrAfter(pool, objectsEnd);
        const after = pool.slice(from, from + 4).find((m) => byId.get(m.actor)?.kind !== 'institution' && (/,/.test(scan.slice(objectsEnd, m.start)) || DASH_APPOSITION.pattern.test(scan.slice(objectsEnd, m.start))));
        // "Meeting in Kyiv on Saturday, Merz, Macron and Tusk urged …": without objects, the subjects listed met each other.
        const listed = after && rule.fronted && !groups.length ? objectsAfter(scan, after.start, pool, clauseEnd).groups[0] ?? [] : [];
        if (listed.length >= 2) group = listed.map((m) => m.actor);
        // FINITE_PASSIVE_SUBJECT (contact-cues.ts): "The banquet was hosted by the king, and X said …": a finite passive's subject stands before it; who follows is another clause's.
        else if (after && (rule.fronted || isNoun || (rule.shape === 'passive' && (rule.nounLed || !FINITE_PASSIVE_SUBJECT.pattern.test(hit.text))))) subject = [after];
        // THIRD_PERSON_IN_QUOTE: "'Both ministers went over …,' an aide said": the one quoted reports the contact, he is no party of it.
        else if (quote?.speaker && !THIRD_PERSON_IN_QUOTE.pattern.test(scan.slice(clauseStart, hit.start))) subject = [{ start: hit.start, end: hit.start, actor: quote.speaker, sentence: s.index, rule: 'coref.quote-speaker', reference: true }];
        else if (article.authors[0] && rule.shape !== 'group' && ONLY_ADVERBIALS.test(scan.slice(clauseStart, hit.start))) subject = [{ start: hit.start, end: hit.start, actor: article.authors[0], sentence: s.index, rule: 'coref.author', reference: true }];
      }
      // JOINED_BY: "Their meeting was attended by A and B": the people who joined a contact told by a plural take part in it.
      const joined = group && isNoun ? JOINED_BY.pattern.exec(scan.slice(objectsEnd, Math.min(clauseEnd, objectsEnd + 40))) : null;
      if (joined) {
        const attendees = (objectsAfter(scan, objectsEnd + joined[0].length, pool, clauseEnd).groups[0] ?? []).map((m) => m.actor);
        // …the contact just reported, when "their" are its parties: it gains them (as a participant list would join it).
        const told = lastTold(drafts);
        if (told && told.sentence >= s.index - 3 && group!.every((a) => told.participants.includes(a))) {
          told.participants.push(...attendees.filter((a) => !told.participants.includes(a)));
          told.evidence.push(evidence);
          continue;
        }
        group = [...new Set([...group!, ...attendees])];
      }
      const head = group ?? subject.map((m) => m.actor);
      const objectGroups = groups.map((g) => g.map((m) => m.actor)).filter((g) => g.length);
      let parties: string[][];
      let dateAt: number[] = [];
      if (rule.objectsOnly) parties = [objectGroups.flat()];
      else if (rule.id === 'contact.compound') parties = [spansBetween(pool, hit.start, hit.end).filter((m) => m.end <= hit.end).map((m) => m.actor)];
      else if (rule.shape === 'noun' && /\bbetween\b/.test(hit.text)) {
        const plural = !objectGroups.length && /^\s*(?:the two (?:leaders|presidents|men|sides|ministers|prime ministers|heads of state)|both (?:leaders|men|sides)|them)\b/.test(scan.slice(objectsEnd, objectsEnd + 30));
        // TWO_OF_KIND: "talks between the two leaders": the latest contact of the last sentences with two parties of that kind.
        const words = scan.slice(objectsEnd, objectsEnd + 30);
        const fits = (d: ContactDraft) => d.sentence >= s.index - 3 && TWO_OF_KIND.fits(words, d.participants.map((p) => byId.get(p)?.kind));
        let last: ContactDraft | undefined;
        for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 8 && drafts[k].sentence >= s.index - 3; k--) if (fits(drafts[k])) { last = drafts[k]; break; }
        // EARLIER_OF_KIND: none in the last sentences — the story's latest contact of that kind told before, when it has one
        // (what "the meeting between the two heads of state" achieved, paragraphs after the meeting was reported), not two
        // names of a nearer clause that told no contact ("… would soon meet with X").
        if (!last) for (let k = drafts.length - 1; k >= 0 && k >= drafts.length - 8; k--) if (!drafts[k].prior && !drafts[k].embedded && TWO_OF_KIND.fits(words, drafts[k].participants.map((p) => byId.get(p)?.kind)) && new Set(drafts[k].participants).size === 2) { last = drafts[k]; break; }
        parties = plural ? (last ? [[...last.participants]] : twoNamedLast(words, s, hit.start)) : [objectGroups.flat()];
      }
      else if (!objectGroups.length) parties = rule.mutual || rule.shape === 'group' || group ? [head] : [];
      // SEPARATE_GROUP_TALKS: "their separate talks with C": each of them met C, not one meeting of all.
      else if (head.length > 1 && objectGroups.length === 1 && /\bseparate(?:ly)?\b/.test(scan.slice(Math.max(clauseStart, hit.start - 24), hit.end))) parties = head.map((h) => [h, ...objectGroups[0]]);
      else if (rule.shape === 'group') parties = [[...head, ...objectGroups.flat()]];
      else if (objectGroups.length > 1) {
        parties = objectGroups.map((g) => [...head, ...g]);
        // GAPPED_GROUP_DAY (contact-party-steps.ts): "met A on Monday and B on Tuesday": a later group's day is the one nearest its own objects.
        dateAt = groups.filter((g) => g.length).map((g, k) => (k ? g[g.length - 1].end : hit.start));
      }
      else {
        const objects = objectGroups[0];
        const prev = sentences[s.index - 1];
        const around = scan.slice(Math.max(s.start, hit.start - 200), Math.min(s.end, hit.end + 200));
        // TWO_HEADS_EACH: "met President A and Prime Minister B" of one country: a meeting with each.
        const heads = () => !TWO_HEADS_EACH.hostVerb.test(hit.text) && TWO_HEADS_EACH.separate(objects.map((o) => byId.get(o) ?? {}), head.map((h) => byId.get(h)?.country));
        const separate = head.length === 1 && objects.length > 1 && !TOGETHER_CUE.test(around) && (heads() || PLURAL_TRIGGER.test(hit.text) || (SPOKE_WITH_EACH.pattern.test(hit.text) && !ONE_DELEGATION.together(objects.map((o) => byId.get(o)?.country))) || PLURAL_TITLE_EACH.pattern.test(scan.slice(groups[0][0].start, groups[0][0].end)) || pluralAround(scan, Math.max(s.start, hit.start - 200), objectsEnd, Math.min(s.end, hit.end + 200)) || (prev?.paragraph === s.paragraph && PLURAL_CUE.test(scan.slice(Math.max(prev.start, prev.end - 300), prev.end))));
        parties = separate ? objects.map((o) => [...head, o]) : [[...head, ...objects]];
      }
      if (rule.allBefore && !objectGroups.length) parties = [[...new Set(spansBetween(pool, Math.max(s.start, hit.start - 400), hit.start).filter((m) => m.end <= hit.start).map((m) => m.actor))]];
      const prior = isNoun && isPriorContact(hit.text, scan.slice(Math.max(s.start, hit.start - 200), Math.min(s.end, hit.end + 200)), laterCounted, scan.slice(Math.max(clauseStart, hit.start - 60), hit.start), scan.slice(objectsEnd, Math.min(clauseEnd, objectsEnd + 40)));
      const partial = rule.shape === 'group' || (isNoun && !objectGroups.length);
      const previous = lastTold(drafts);
      // EMBEDDED_CONTACT: "joined a long call with Berg to learn the outcome of the chancellor's call with Lind": the day of the
      // sentence is the main contact's; another report of the embedded one gives its own.
      const embedded = rule.shape === 'noun' && hits.some((h) => h.end <= hit.start) && EMBEDDED_CONTACT.pattern.test(scan.slice(Math.max(clauseStart, hit.start - 80), hit.start));
      if (!group) told = { subject, objects: groups.flat() };
      for (const [k, p] of parties.entries()) {
        const unique = [...new Set(p)];
        // A single party is kept for a participant list that may follow ("Participants in the call included …").
        if (unique.length < 1) continue;
        const draft = draftOf(unique, hit, s, prior, partial, dateAt[k]);
        if (embedded) { draft.embedded = true; if (draft.date) draft.borrowed = true; }
        drafts.push(draft);
      }
      // "The two leaders discussed …": the contact just reported, on its day unless this sentence names one (not "their previous meeting": an earlier one).
      const added = drafts[drafts.length - 1];
      if (group && previous && added !== previous && !added.prior && previous.date && group.length === previous.participants.length && group.every((a) => previous.participants.includes(a)) && !dateForSentence(article, s, hit.start, false, true).date) { added.date = previous.date; added.dateText = previous.dateText; }
    }
    // …a sentence that reports no contact of two parties itself ("Friday's visit was part of a courtesy call to the region").
    if (last && !last.date && last.sentence >= s.index - 2 && !drafts.slice(draftsBefore).some((d) => new Set(d.participants).size >= 2) && TOOK_PLACE.test(text)) {
      const { date, dateText } = dateForSentence(article, s, s.start, false, true);
      if (date) { last.date = date; last.dateText = dateText; }
    }
  }

  // TWO_OF_KIND, with no contact told before it: "discussions between the two leaders Friday" are the person of that kind
  // named last (in this sentence or the two before): the latest two counterparts (one title, two countries: a prime
  // minister's counterpart, not his king), else the last named and the latest before him from another country.
  function twoNamedLast(words: string, s: Sentence, at: number): string[][] {
    const seen: ActorRecord[] = [];
    for (let k = s.index; k >= 0 && k >= s.index - 2; k--) {
      const list = bySentence.get(k) ?? [];
      for (let i = list.length - 1; i >= 0 && seen.length < 12; i--) {
        const a = byId.get(list[i].actor);
        if (!a || a.kind === 'institution' || list[i].end > at || seen.includes(a) || !TWO_OF_KIND.fits(words, [a.kind, a.kind])) continue;
        seen.push(a);
      }
    }
    const apart = (a: ActorRecord, b: ActorRecord) => !!a.country && !!b.country && a.country !== b.country;
    // The latest pair of counterparts (one title, two countries), else the last named and the latest from another country.
    for (let i = 0; i < seen.length; i++) for (let j = i + 1; j < seen.length; j++) if (apart(seen[i], seen[j]) && !!seen[i].title && seen[i].title === seen[j].title) return [[seen[j].id, seen[i].id]];
    const partner = seen.slice(1).find((a) => apart(seen[0], a));
    return partner ? [[partner.id, seen[0].id]] : [];
  }

  /** `at`: where the contact stands for its date (GAPPED_GROUP_DAY: a later group of objects), else the trigger. */
  function draftOf(participants: string[], hit: { start: number; rule: ContactRule; end: number }, s: Sentence, prior: boolean, partial: boolean, at = hit.start): ContactDraft {
    // A readout that names no day stays undated (GUIDE.md: null when the day cannot be known), so a
    // dated report of the same contact from another source can join it (docs/graph-model.md).
    const { date, dateText, borrowed: back } = hit.rule.undated ? { date: null, dateText: null, borrowed: false } : dateForSentence(article, s, at, false, prior, true);
    // A wire story's dateline day, when the contact's own sentence names none, is only the filing day.
    // …and a day dateForSentence says it borrowed (the story's, not the contact's own: date.lead-day-back).
    const borrowed = !!back || (!!date && date === article.dates.find((d) => d.rule === 'date.dateline')?.date && !dateForSentence(article, s, at, false, true).date);
    return {
      borrowed, participants, medium: mediumFor(article, s, hit.rule, scan.slice(hit.start, hit.end), hit.start), date, dateText, topics: [],
      // PRESENT_REPORT (date-for-sentence.ts): a headline's present tense or the lede's present perfect; the merge applies it.
      present: date || dateText ? undefined : presentReportDay(article, s, at) ?? undefined,
      // contact.parties.headline-partial (contact-party-steps.ts): a headline names a contact's main parties, maybe not all of them.
      sentence: s.index, prior, partial: partial || s.isTitle, evidence: [{ start: hit.start, end: hit.end, rule: hit.rule.id, sentence: s.index }],
    };
  }

  function addPerson(name: string, start: number, end: number, sentence: number): Mention | null {
    // A person the article calls a private citizen ("billionaire Bernard Arnault") is no party.
    if ((privates ??= privatePersons(scan)).has(name)) return null;
    const id = actorId(name);
    if (!byId.has(id)) {
      const record: ActorRecord = { id, kind: 'official', name, aliases: [], handles: [], title: null, country: null, origin: 'titled', untitled: true };
      actors.push(record);
      byId.set(id, record);
    }
    const mention: Mention = { start, end, actor: id, sentence, rule: 'contact.untitled-party', reference: false };
    mentions.push(mention);
    return mention;
  }

  const kept = drafts.filter((d) => isDiplomatic(d.participants, byId, gazetteer));
  mentions.sort((a, b) => a.start - b.start);
  return { ...article, actors, mentions, calls: mergeCalls(kept, (p) => isDiplomatic(p, byId, gazetteer), (k) => scan.slice(sentences[k].start, sentences[k].end)) };
}
