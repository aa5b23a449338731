/**
 * The `--explain` view of a facts document: for each fact, what was extracted, the rule that
 * produced it and the sentence it came from.
 *
 * @example
 *   call 2022-03-01 phone volodymyr-zelenskyy + olaf-scholz
 *     rule contact.had-phone-with: "Had a phone conversation with Chancellor @OlafScholz."
 */
import type { Evidence, FactsDocument } from '../facts/facts-document.js';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
const why = (evidence: Evidence[]) => evidence.map((e) => `    rule ${e.rule} [${e.start}-${e.end}]: "${oneLine(e.quote)}"`).join('\n');

export function explainFacts(doc: FactsDocument, label = doc.source.id): string {
  const lines = [`# ${label} (published ${doc.source.publishedOn ?? 'unknown'})`];
  lines.push(`  actors: ${doc.actors.map((a) => `${a.name} [${a.kind}${a.country ? `, ${a.country}` : ''}]`).join('; ') || 'none'}`);
  lines.push(`  countries: ${doc.countries.map((c) => c.code).join(', ') || 'none'}`);
  for (const c of doc.calls) lines.push(`  call ${c.date ?? 'undated'} ${c.medium} ${c.participants.join(' + ')}`, why(c.evidence));
  for (const t of doc.tweets) lines.push(`  post by ${t.author}${t.about ? ` about ${t.about}` : ''}: "${oneLine(t.text).slice(0, 100)}"`, why(t.evidence));
  for (const c of doc.commitments) lines.push(`  commitment ${c.kind} by ${c.byCountry}${c.target ? ` against ${c.target}` : ''}${c.beneficiary ? ` for ${c.beneficiary}` : ''}`, why(c.evidence));
  for (const i of doc.incidents) lines.push(`  incident ${i.kind} ${i.place ?? ''} ${i.date ?? 'undated'} killed ${i.killed ?? '?'} injured ${i.injured ?? '?'}`, why(i.evidence));
  if (doc.calls.length + doc.tweets.length + doc.commitments.length + doc.incidents.length === 0) lines.push('  no facts');
  return lines.join('\n');
}
