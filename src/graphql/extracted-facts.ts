/**
 * A facts document in the shape of `ExtractedFacts` (schema/extract.graphql): actor ids become the
 * actors the document names, a post's date becomes `postedOn`, a commitment's `by` its `maker`.
 * Everything else keeps the document's own names, so this is the only translation.
 *
 * @example
 *   extractedFacts({ document, warnings: [] }).calls[0]; // { id: 'call_…', date: '2023-06-12', dateText: 'on Monday', medium: 'video', participants: [{ id: 'joe-biden', … }], … }
 */
import type { FactsDocument } from '../facts/facts-document.js';

type Actor = FactsDocument['actors'][number];

export function extractedFacts({ document, warnings }: { document: FactsDocument; warnings: string[] }) {
  const actors = new Map(document.actors.map((a) => [a.id, a]));
  // An id the document does not list (it should not happen) still shows, as a bare actor.
  const actor = (id: string | null): Actor | null =>
    id === null ? null : (actors.get(id) ?? { id, kind: 'leader', name: id, aliases: [], title: null, country: null });
  return {
    article: { ...document.source, url: document.source.url ?? null, title: document.source.title ?? null },
    actors: document.actors,
    calls: document.calls.map((c) => ({ ...c, dateText: c.dateText ?? null, participants: c.participants.map((p) => actor(p)!) })),
    tweets: document.tweets.map((t) => ({ ...t, postedOn: t.date, author: actor(t.author) })),
    commitments: document.commitments.map((c) => ({ ...c, maker: actor(c.by) })),
    incidents: document.incidents,
    warnings,
  };
}
