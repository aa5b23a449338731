/**
 * `search(text, first)`: the text is escaped for Lucene (every word matched literally) and must
 * hold at least one letter or digit; the page size is 1 to 100.
 *
 * @example
 *   await search(loaders, { text: 'Scholz', first: 5 }); // [{ label: 'Actor', score: 2.3, node: { id: 'olaf-scholz', … }, snippet: 'Olaf Scholz' }, …]
 */
import { escapeLucene } from '../graph/readers/escape-lucene.js';
import type { SearchHitRecord } from '../graph/readers/full-text-search.js';
import { badUserInput } from './bad-user-input.js';
import type { Loaders } from './create-context.js';
import { MAX_PAGE_SIZE } from './connection.js';

export async function search(loaders: Loaders, { text, first }: { text: string; first?: number | null }): Promise<SearchHitRecord[]> {
  const take = first ?? 10;
  if (!Number.isInteger(take) || take < 1 || take > MAX_PAGE_SIZE) {
    throw badUserInput('first', `must be an integer from 1 to ${MAX_PAGE_SIZE}`, first);
  }
  if (text.length > 500) throw badUserInput('text', 'must be at most 500 characters long', `${text.slice(0, 20)}…`);
  // Nothing to look for: Lucene would match nothing anyway, so no statement is sent.
  if (!/[\p{L}\p{N}]/u.test(text)) return [];
  return loaders.searches.load({ query: escapeLucene(text), take });
}
