/**
 * Node maps and values with their dates as ISO text, converted by the server. neo4j-driver
 * decodes every Date with 64-bit integer arithmetic: about 20 µs a value here, and two thirds of a
 * 500-person contact network's time went to its 5,000 edge dates (bench/results/S.notes.md).
 * toPlain (to-plain.ts) turned them into the same strings afterwards anyway.
 *
 * @example
 *   nodeWithTextDates('c', 'Call'); // "c {.*, date: toString(c.date)}"
 *   nodeWithTextDates('n');         // every temporal property any fact or article has
 */

/** The temporal properties of each label (docs/graph-model.md). */
const temporal = {
  Call: ['date'],
  Commitment: ['date'],
  Incident: ['date'],
  Tweet: ['postedOn'],
  Article: ['publishedOn', 'ingestedAt'],
} as const;

export type DatedLabel = keyof typeof temporal;

/** The label's temporal properties (none for a label without dates). */
export function temporalProperties(label: string): readonly string[] {
  return (temporal as Record<string, readonly string[]>)[label] ?? [];
}

/** `v {.*}` with the label's temporal properties as text; without a label, those of every dated label. */
export function nodeWithTextDates(v: string, label?: DatedLabel, extra = ''): string {
  const props = label ? temporal[label] : [...new Set(Object.values(temporal).flat())];
  return `${v} {.*, ${props.map((p) => `${p}: toString(${v}.${p})`).join(', ')}${extra ? `, ${extra}` : ''}}`;
}
