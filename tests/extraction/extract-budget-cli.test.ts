/**
 * The CLI honours the extraction time budget as the API does (issue 16): `diplograph extract`, run
 * as a user runs it, refuses a text still extracting after EXTRACTION_TIMEOUT_MS, naming the file,
 * and extracts an ordinary article within a budget of a few seconds.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adversarialText } from '../helpers/adversarial-texts.js';

const dir = mkdtempSync(join(tmpdir(), 'diplograph-extract-budget-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const extract = (args: string[], budgetMs: number) =>
  spawnSync('node', ['bin/diplograph.js', 'extract', ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, EXTRACTION_TIMEOUT_MS: String(budgetMs) } });

describe('diplograph extract within the extraction time budget', () => {
  it('refuses a text past the budget with a message naming the file, exit 1, and no stack trace', () => {
    const hostile = join(dir, 'hostile.txt');
    writeFileSync(hostile, adversarialText('mixed', 1_000_000));
    const r = extract([hostile, '--date', '2022-03-02'], 200);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`diplograph extract: ${hostile}: extraction used more than the 200 ms budget of CPU time for one article (text of 1000000 characters)\n`);
  });

  it('extracts an ordinary article within a budget of a few seconds', () => {
    const r = extract(['seeds/000_58b2ec0da89f2029.txt', '--json'], 3000);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).calls).toHaveLength(3);
  });
});
