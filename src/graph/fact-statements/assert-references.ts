/**
 * Refuses dangling references inside a facts document (a call participant, a tweet's author or
 * subject, a commitment's maker that the document does not define), listing each, before
 * anything is written.
 */
import { FactsDocumentError, type FactsDocument } from '../../facts/facts-document.js';

export function assertReferences(facts: FactsDocument): void {
  const actors = new Set(facts.actors.map((a) => a.id));
  const subjects = new Set([...facts.calls.map((c) => c.id), ...facts.incidents.map((i) => i.id)]);
  const problems: string[] = [];
  const need = (ok: boolean, path: string, what: string, value: unknown) =>
    ok || problems.push(`${path}: ${what} defined in the document, got ${JSON.stringify(value)}`);
  facts.calls.forEach((c, i) => c.participants.forEach((p, j) => need(actors.has(p), `calls.${i}.participants.${j}`, 'an actor id', p)));
  facts.tweets.forEach((t, i) => {
    need(actors.has(t.author), `tweets.${i}.author`, 'an actor id', t.author);
    need(t.about === null || subjects.has(t.about), `tweets.${i}.about`, 'null or a call or incident id', t.about);
  });
  facts.commitments.forEach((m, i) => need(m.by === null || actors.has(m.by), `commitments.${i}.by`, 'null or an actor id', m.by));
  if (problems.length > 0) throw new FactsDocumentError(problems);
}
