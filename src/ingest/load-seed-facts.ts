/**
 * The seed graph's articles: the extractor run over every `seeds/*.txt` article, exactly as
 * `diplograph ingest seeds/` would, so the seed graph shows what ingestion produces.
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { extractFacts } from '../extraction/pipeline.js';
import type { FactsDocument } from '../facts/facts-document.js';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));

export async function loadSeedFacts(): Promise<FactsDocument[]> {
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.txt')).sort();
  const documents: FactsDocument[] = [];
  for (const file of files) documents.push(extractFacts(await readFile(join(seedsDir, file), 'utf8')).document);
  return documents;
}
