/**
 * Reads every `*.facts.json` in a folder (sorted by name), each validated against the contract.
 * The seed facts live in seeds/ until the extractor produces them.
 *
 * @example
 *   const documents = await readFactsFiles('seeds'); // [FactsDocument for 000_58b2ec0da89f2029]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FactsDocumentError, parseFactsDocument, type FactsDocument } from './facts-document.js';

export async function readFactsFiles(dir: string): Promise<FactsDocument[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.facts.json')).sort();
  const documents: FactsDocument[] = [];
  for (const file of files) {
    try {
      documents.push(parseFactsDocument(JSON.parse(await readFile(join(dir, file), 'utf8'))));
    } catch (err) {
      // Name the file: a start-up that stops on a bad seed should say which one.
      if (err instanceof FactsDocumentError) throw new FactsDocumentError(err.problems.map((p) => `${file}: ${p}`));
      throw new Error(`${file}: ${(err as Error).message}`, { cause: err });
    }
  }
  return documents;
}
