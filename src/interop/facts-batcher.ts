/**
 * Folds event fragments into one facts document per source article (URL, story id or record),
 * so each article is written in one transaction. Rows of one story sit close together in event
 * files, so at most `maxOpen` articles are held; when more are open the oldest is released. A
 * story whose rows are further apart is written as two documents with the same source id,
 * which the writer's MERGE folds together.
 *
 * Within a document the same fact from two rows (the mirrored A→B / B→A pair of one meeting)
 * is kept once, with the first row's evidence; a specific medium replaces "unspecified".
 *
 * @example
 *   const batcher = new FactsBatcher(500);
 *   for (const f of fragments) for (const doc of batcher.add(f)) await writeFacts(store, doc);
 *   for (const doc of batcher.flush()) await writeFacts(store, doc);
 */
import type { FactsDocument } from '../facts/facts-document.js';
import type { EventFacts } from './event-to-facts.js';

export class FactsBatcher {
  private readonly open = new Map<string, FactsDocument>();

  constructor(private readonly maxOpen = 500) {
    if (!Number.isInteger(maxOpen) || maxOpen < 1) throw new TypeError(`FactsBatcher(maxOpen) expects a positive integer, got ${maxOpen}`);
  }

  /** Adds a fragment; returns the documents released to stay within `maxOpen`. */
  add(fragment: EventFacts): FactsDocument[] {
    const doc = this.open.get(fragment.articleKey);
    if (doc) merge(doc, fragment);
    else
      this.open.set(fragment.articleKey, {
        source: fragment.source,
        actors: [...fragment.actors],
        countries: [...fragment.countries],
        calls: [...fragment.calls],
        tweets: [],
        commitments: [...fragment.commitments],
        incidents: [...fragment.incidents],
      });
    const released: FactsDocument[] = [];
    for (const [key, oldest] of this.open) {
      if (this.open.size <= this.maxOpen) break;
      this.open.delete(key);
      released.push(oldest);
    }
    return released;
  }

  /** Releases every open document, oldest first. */
  flush(): FactsDocument[] {
    const all = [...this.open.values()];
    this.open.clear();
    return all;
  }
}

function merge(doc: FactsDocument, fragment: EventFacts): void {
  addNew(doc.actors, fragment.actors, (a) => a.id);
  addNew(doc.countries, fragment.countries, (c) => c.code);
  for (const call of fragment.calls) {
    const same = doc.calls.find((c) => c.id === call.id);
    if (!same) doc.calls.push(call);
    else if (same.medium === 'unspecified' && call.medium !== 'unspecified') same.medium = call.medium;
  }
  addNew(doc.commitments, fragment.commitments, (m) => m.id);
  addNew(doc.incidents, fragment.incidents, (i) => i.id);
  doc.source.publishedOn ??= fragment.source.publishedOn;
}

function addNew<T>(into: T[], items: T[], key: (item: T) => string): void {
  const seen = new Set(into.map(key));
  for (const item of items) if (!seen.has(key(item))) (seen.add(key(item)), into.push(item));
}
