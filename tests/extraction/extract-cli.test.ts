import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'diplograph-extract-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const extract = (args: string[], input?: string) => spawnSync('node', ['bin/diplograph.js', 'extract', ...args], { encoding: 'utf8', input, timeout: 60_000 });

describe('diplograph extract, run as a user runs it', () => {
  it('prints the seed article facts document as JSON', () => {
    const r = extract(['seeds/000_58b2ec0da89f2029.txt', '--json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc.source.publishedOn).toBe('2022-03-02');
    expect(doc.calls).toHaveLength(3);
  });

  it('prints a JSON array for several files and reads standard input for "-"', () => {
    const r = extract(['tests/fixtures/corpus/010.txt', '-', '--json'], 'date 2022-03-02\nBiden spoke with Scholz on Tuesday.');
    expect(r.status).toBe(0);
    const docs = JSON.parse(r.stdout);
    expect(docs).toHaveLength(2);
    expect(docs[1].calls[0].date).toBe('2022-03-01');
  });

  it('explains each fact with its rule and sentence', () => {
    const r = extract(['tests/fixtures/corpus/015.txt', '--explain']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/rule contact\.met-with .*"Today, President Joseph R\. Biden, Jr\. met with/);
  });

  it.each([
    ['an empty file', () => [file('empty.txt', '  \n')], /the article is empty/],
    ['binary junk', () => [file('junk.txt', Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 254]))], /binary data/],
    ['a file over 5 MB', () => [file('big.txt', 'Biden spoke. '.repeat(420_000))], /larger than the 5 MB limit/],
    ['an invalid --date', () => ['seeds/000_58b2ec0da89f2029.txt', '--date', '2022-02-30'], /invalid --date "2022-02-30"/],
    ['a missing file', () => [join(dir, 'nope.txt')], /no such file/],
  ])('refuses %s with a clear message and no stack trace', (_what, args, message) => {
    const r = extract(args());
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it.each([
    ['a non-English text', 'date 2022-03-02\nЗеленський провів телефонну розмову з Байденом у вівторок.'],
    ['a text with no facts', 'date 2022-03-02\nThe weather in the capital was mild and markets were calm.'],
  ])('returns a valid document with no facts for %s', (_what, text) => {
    const r = extract([file('plain.txt', text), '--json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect([doc.calls, doc.tweets, doc.commitments, doc.incidents]).toEqual([[], [], [], []]);
  });
});
