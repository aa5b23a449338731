/**
 * Finds and reads article files for the CLI: folders are searched for `*.txt` (sorted, so runs
 * are repeatable), `-` is standard input, and a missing path is a usage mistake that names it.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from './exit-codes.js';

export async function listArticleFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if (path === '-') {
      files.push(path);
      continue;
    }
    const info = await stat(path).catch(() => null);
    if (!info) throw new UsageError(`no such file or folder: ${path}`);
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((n) => n.endsWith('.txt')).sort();
      files.push(...names.map((n) => join(path, n)));
    } else {
      files.push(path);
    }
  }
  return files;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The file's text; a file that is not valid UTF-8 gets replacement characters, which validation then refuses as binary. */
export async function readArticleFile(path: string): Promise<string> {
  return path === '-' ? readStdin() : readFile(path, 'utf8');
}
