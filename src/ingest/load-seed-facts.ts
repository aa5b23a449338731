/**
 * The seed graph's articles: every `seeds/*.facts.json` facts document (written by hand until the
 * extractor replaces them).
 */
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseFactsDocument, type FactsDocument } from '../facts/facts-document.js';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));

export async function loadSeedFacts(): Promise<FactsDocument[]> {
  const files = (await readdir(seedsDir)).filter((f) => f.endsWith('.facts.json')).sort();
  return Promise.all(files.map(async (f) => parseFactsDocument(JSON.parse(await readFile(join(seedsDir, f), 'utf8')))));
}
