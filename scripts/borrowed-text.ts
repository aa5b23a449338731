/**
 * Finds words borrowed from evaluation texts in what a change added to the project.
 *
 * Evaluation sets built from copyrighted news live outside the repository; their wording must not
 * enter tests, rule examples or docs (and a rule written around one text's words does not carry
 * over to other texts). This lists every run of seven words that a line added since `--base`
 * shares with a text of the folders given, and exits 1 when there is one.
 *
 *   npx tsx scripts/borrowed-text.ts --base 7b868d1 /path/to/texts [more folders]
 *   // 401.txt: 2 runs, e.g. "the two leaders met on the sidelines"
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const RUN = 7;
const PROJECT_TEXT = ['src', 'tests', 'docs', 'schema', 'seeds', 'web/src', 'README.md'];

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9']+/g) ?? [];
}

function* runs(list: string[]): Generator<string> {
  for (let i = 0; i + RUN <= list.length; i++) yield list.slice(i, i + RUN).join(' ');
}

/** Run of words → the first text it stands in. */
function runsOfTexts(folders: string[]): Map<string, string> {
  const owner = new Map<string, string>();
  for (const folder of folders) {
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) {
      const path = join(folder, name);
      for (const run of runs(words(readFileSync(path, 'utf8')))) if (!owner.has(run)) owner.set(run, path);
    }
  }
  return owner;
}

/** The lines added since `base` (in the working tree, files git does not track yet included). */
function addedSince(base: string): string {
  const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  const changed = git('diff', base, '--', ...PROJECT_TEXT)
    .split('\n')
    .filter((line) => line.startsWith('+') && !line.startsWith('+++'))
    .map((line) => line.slice(1));
  const untracked = git('ls-files', '--others', '--exclude-standard', '--', ...PROJECT_TEXT).split('\n').filter(Boolean);
  return [...changed, ...untracked.map((path) => readFileSync(path, 'utf8'))].join('\n');
}

/** Every tracked project file outside the excepted prefixes, by path. */
function trackedFiles(except: string[]): Map<string, string> {
  const paths = execFileSync('git', ['ls-files', '--', ...PROJECT_TEXT], { encoding: 'utf8', maxBuffer: 1 << 28 })
    .split('\n')
    .filter((path) => path && !except.some((prefix) => path.startsWith(prefix)));
  return new Map(paths.map((path) => [path, readFileSync(path, 'utf8')]));
}

function main(): number {
  const { values, positionals } = parseArgs({
    options: { base: { type: 'string' }, all: { type: 'boolean' }, except: { type: 'string', multiple: true } },
    allowPositionals: true,
  });
  if ((!values.base && !values.all) || positionals.length === 0) {
    console.error('usage: tsx scripts/borrowed-text.ts (--base REV | --all [--except PREFIX …]) FOLDER [FOLDER …]');
    return 2;
  }
  const owner = runsOfTexts(positionals);
  const found = new Map<string, string[]>();
  const sources = values.all ? trackedFiles(values.except ?? []) : new Map([['', addedSince(values.base!)]]);
  for (const [file, text] of sources) {
    for (const run of runs(words(text))) {
      const lender = owner.get(run);
      const key = file ? `${lender} → ${file}` : lender;
      if (lender && key) found.set(key, [...(found.get(key) ?? []), run]);
    }
  }
  for (const [text, shared] of found) console.log(`${text}: ${shared.length} runs, e.g. "${shared[0]}"`);
  console.log(found.size === 0 ? `no run of ${RUN} words from ${owner.size} runs of the texts` : `${found.size} texts lent words`);
  return found.size === 0 ? 0 : 1;
}

process.exitCode = main();
