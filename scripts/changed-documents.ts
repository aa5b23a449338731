/**
 * How far does a change reach? Counts the facts documents that differ between the extractor at `--base`
 * and the working tree, per section, over folders of texts — labelled or not.
 *
 * A rule written from one text's miss may be right and still never fire on any other text: session 20's
 * rules changed 29 of the 64 documents they were written from and 3 of 80 unseen annotated texts (and no
 * call in 259 unlabelled politics texts). Gold scores cannot show that on texts nobody annotated; this can,
 * on any sample of real news. Run it over a large unlabelled sample before and after writing a rule, and
 * read a few of the documents it lists (`--list`).
 *
 *   npx tsx scripts/changed-documents.ts --base 020215f /path/to/texts [more folders] [--list]
 *   // /path/to/texts: 259 texts, 6 documents changed; actors 4, countries 0, calls 0, tweets 0, commitments 2, incidents 1
 *
 * The base tree is checked out into a temporary git worktree (sharing this checkout's node_modules) and
 * removed afterwards. Folders are read recursively for `*.txt` (a `raw/` folder is skipped).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

type Extract = (text: string) => { document: Record<string, unknown> };

const SECTIONS = ['actors', 'countries', 'calls', 'tweets', 'commitments', 'incidents'] as const;

function textsUnder(folder: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'raw') found.push(...textsUnder(path));
    } else if (name.endsWith('.txt')) found.push(path);
  }
  return found;
}

async function extractorOf(tree: string): Promise<Extract> {
  const module = (await import(pathToFileURL(join(tree, 'src/extraction/pipeline.ts')).href)) as { extractFacts: Extract };
  return module.extractFacts;
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ options: { base: { type: 'string' }, list: { type: 'boolean' } }, allowPositionals: true });
  if (!values.base || positionals.length === 0) {
    console.error('usage: tsx scripts/changed-documents.ts --base REV FOLDER [FOLDER …] [--list]');
    return 2;
  }
  const worktree = mkdtempSync(join(tmpdir(), 'diplograph-base-'));
  execFileSync('git', ['worktree', 'add', '--detach', '--force', worktree, values.base], { stdio: 'ignore' });
  try {
    symlinkSync(resolve('node_modules'), join(worktree, 'node_modules'));
    const before = await extractorOf(worktree);
    const after = await extractorOf(process.cwd());
    for (const folder of positionals) {
      const counts = new Map<string, number>(SECTIONS.map((section) => [section, 0]));
      const changed: string[] = [];
      const texts = textsUnder(folder);
      for (const path of texts) {
        const text = readFileSync(path, 'utf8');
        const [a, b] = [before(text).document, after(text).document];
        const differ = SECTIONS.filter((section) => JSON.stringify(a[section]) !== JSON.stringify(b[section]));
        for (const section of differ) counts.set(section, counts.get(section)! + 1);
        if (differ.length) changed.push(`${path} (${differ.join(', ')})`);
      }
      console.log(`${folder}: ${texts.length} texts, ${changed.length} documents changed; ${SECTIONS.map((s) => `${s} ${counts.get(s)}`).join(', ')}`);
      if (values.list) for (const line of changed) console.log(`  ${line}`);
    }
    return 0;
  } finally {
    rmSync(worktree, { recursive: true, force: true });
    execFileSync('git', ['worktree', 'prune'], { stdio: 'ignore' });
  }
}

process.exitCode = await main();
