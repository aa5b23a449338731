/**
 * Loads the seed graph into an empty database: the gazetteers, then every seed facts document
 * (each in its own transaction). "Empty" means no Article yet, so a start-up that died after
 * the gazetteer but before the first article simply seeds again (every write is idempotent).
 *
 * @example
 *   await seedGraphIfEmpty(store, { loadGazetteer, loadFacts: loadSeedFacts }); // src/ingest/load-seed-facts.ts
 *   // { seeded: true, gazetteer: { statements, nodesCreated, … }, articles: [{ articleId: 'art_07c8…', … }] }
 */
import type { FactsDocument } from '../facts/facts-document.js';
import type { GazetteerData } from './build-gazetteer-statements.js';
import type { GraphStore } from './graph-store.js';
import { writeFacts, type WriteReport } from './write-facts.js';
import { writeGazetteer, type GazetteerReport } from './write-gazetteer.js';

export interface SeedSources {
  loadFacts: () => Promise<FactsDocument[]>;
  loadGazetteer: () => GazetteerData | Promise<GazetteerData>;
}

export type SeedReport =
  | { seeded: false; articles: number }
  | { seeded: true; gazetteer: GazetteerReport; articles: WriteReport[] };

export async function seedGraphIfEmpty(store: GraphStore, sources: SeedSources): Promise<SeedReport> {
  const [row] = await store.read({ cypher: 'MATCH (a:Article) RETURN count(a) AS articles', params: {} });
  const existing = Number(row?.articles ?? 0);
  if (existing > 0) return { seeded: false, articles: existing };
  const gazetteer = await writeGazetteer(store, await sources.loadGazetteer());
  const articles: WriteReport[] = [];
  for (const facts of await sources.loadFacts()) articles.push(await writeFacts(store, facts));
  return { seeded: true, gazetteer, articles };
}
