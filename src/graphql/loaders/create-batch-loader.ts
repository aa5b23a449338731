/**
 * A request-scoped DataLoader over one batched reader: each batch is one statement, and a failed
 * statement rejects every key of the batch with the same coded API error (to-api-error.ts).
 * Keys that are objects (page keys) are cached by their JSON, so equal arguments share a load.
 *
 * @example
 *   const timelines = createBatchLoader((keys: readonly TimelineKey[]) => readTimelines(store, keys));
 *   await timelines.load({ actor: 'joe-biden', country: null, from: null, to: null, take: 50 }); // the actor's facts, oldest first
 */
import DataLoader from 'dataloader';
import { toApiError } from '../to-api-error.js';

export function createBatchLoader<K, V>(read: (keys: readonly K[]) => Promise<V[]>): DataLoader<K, V, string> {
  return new DataLoader<K, V, string>(
    async (keys) => {
      try {
        return await read(keys);
      } catch (error) {
        throw toApiError(error);
      }
    },
    { cacheKeyFn: (key) => (typeof key === 'string' ? key : JSON.stringify(key)) },
  );
}
