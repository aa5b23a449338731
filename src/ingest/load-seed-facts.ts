/**
 * The seed graph's articles: every `seeds/*.facts.json` facts document (written by hand until the
 * extractor replaces them).
 */
import { fileURLToPath } from 'node:url';
import { readFactsFiles } from '../facts/read-facts-files.js';
import type { FactsDocument } from '../facts/facts-document.js';

const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));

export function loadSeedFacts(): Promise<FactsDocument[]> {
  return readFactsFiles(seedsDir);
}
