/**
 * The article's MENTIONS edge to a country or an actor, and the batch rule that says when it may be
 * CREATEd. MERGE locks both ends until commit, and busy countries and leaders are mentioned by
 * every batch, so concurrent batches would queue on them; an article created by this transaction
 * (`art.creating`, see article-statement.ts) cannot have the edge yet, so it is CREATEd — unless
 * `row.unique` is false (the article occurs twice in the batch, or the target twice in the
 * document), when MERGE keeps it single.
 */
import type { DocumentRowsOf, Row } from './fact-statement.js';

export const MENTIONS = (node: string) => `FOREACH (_ IN CASE WHEN row.unique AND art.creating THEN [1] ELSE [] END | CREATE (art)-[:MENTIONS]->(${node}))
FOREACH (_ IN CASE WHEN row.unique AND art.creating THEN [] ELSE [1] END | MERGE (art)-[:MENTIONS]->(${node}))`;

/**
 * The batch's rows (`rows`, already combined) with `unique: true` on those whose MENTIONS edge may
 * be CREATEd: the article occurs once in the batch and the target (`code` or `id`) once in it.
 */
export function markMentionsUnique(rows: Row[], documents: DocumentRowsOf[]): Row[] {
  const occurrences = new Map<string, number>();
  for (const d of documents) occurrences.set(d.articleId, (occurrences.get(d.articleId) ?? 0) + 1);
  const seen = new Set<string>();
  return rows.map((row) => {
    const key = JSON.stringify([row.articleId, row.code ?? row.id]);
    const first = !seen.has(key);
    seen.add(key);
    return { ...row, unique: first && occurrences.get(row.articleId as string) === 1 };
  });
}
