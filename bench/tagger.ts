/**
 * `npm run bench:tagger`: what the part-of-speech tagger (wink-nlp + wink-eng-lite-web-model,
 * src/extraction/tag-body.ts) and the clause reader on it (tagged-clauses.ts) cost, side by side with
 * the extractor of today, on news prose: the texts of ../shared/corpus/news and ../shared/corpus/dev
 * (NEWS_CORPUS / DEV_CORPUS override), repeated to at least 3 MB, one core. Three variants take
 * turns for ROUNDS rounds (a busy machine slows all of them alike): the tagger and clause reader
 * alone, the extractor alone, both. Also the model's load time and the memory it adds (RSS), since
 * every worker of extraction-pool.ts loads it once. Writes bench/results/tagger.md (followed by
 * bench/results/tagger.notes.md when it exists).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repeatTexts } from './repeat-texts.js';

const rss = () => process.memoryUsage().rss / 1024 / 1024;
// The model's cost is measured first, before anything else is loaded into the process.
const rssBefore = rss();
const loadStarted = performance.now();
const { tagger, tagBody } = await import('../src/extraction/tag-body.js');
tagger();
const loadMs = performance.now() - loadStarted;
tagBody('Warm-up: the president met the chancellor on Monday.');
const rssModel = rss() - rssBefore;

const { loadGazetteer } = await import('../src/gazetteer/load-gazetteer.js');
const { extractWith } = await import('../src/extraction/pipeline.js');
const { taggedClauses } = await import('../src/extraction/tagged-clauses.js');
const { readHeader } = await import('../src/extraction/read-header.js');
const { splitSentences } = await import('../src/extraction/split-sentences.js');

const MIN_BYTES = 3 * 1024 * 1024;
const ROUNDS = Number(process.env.ROUNDS ?? 3);
const dirs = [process.env.NEWS_CORPUS ?? '../shared/corpus/news', process.env.DEV_CORPUS ?? '../shared/corpus/dev'];
const texts = dirs.filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(d, f), 'utf8')));
if (!texts.length) throw new Error(`no texts in ${dirs.join(' or ')}`);
const articles = repeatTexts(texts, MIN_BYTES);
const bytes = articles.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
const gazetteer = loadGazetteer();

/** The tagger and the clause reader over each of the article's own sentences. */
function tagAndRead(text: string): number {
  const article = splitSentences(readHeader(text, {}));
  const tokens = tagBody(article.body, article.sentences);
  let clauses = 0;
  let t = 0;
  for (const s of article.sentences) {
    while (t < tokens.length && tokens[t].start < s.start) t++;
    const from = t;
    while (t < tokens.length && tokens[t].start < s.end) t++;
    clauses += taggedClauses(tokens.slice(from, t)).length;
  }
  return clauses;
}

const THREAD_STAT = `/proc/self/task/${process.pid}/stat`;
const cpuSeconds = existsSync(THREAD_STAT)
  ? () => { const f = readFileSync(THREAD_STAT, 'utf8'); const x = f.slice(f.lastIndexOf(')') + 2).split(' '); return (Number(x[11]) + Number(x[12])) / 100; }
  : () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

const VARIANTS: Array<[string, (text: string) => unknown]> = [
  ['tagger + clause reader alone', tagAndRead],
  ['extractor today (all stages)', (text) => extractWith(text, {}, gazetteer)],
  ['both (extractor, then tagger + clauses)', (text) => { extractWith(text, {}, gazetteer); return tagAndRead(text); }],
];
for (const [, run] of VARIANTS) for (const text of articles.slice(0, 20)) run(text); // warm-up
const spent = new Map(VARIANTS.map(([name]) => [name, { wall: 0, cpu: 0 }]));
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, run] of VARIANTS) {
    const t0 = performance.now();
    const c0 = cpuSeconds();
    for (const text of articles) run(text);
    const s = spent.get(name)!;
    s.wall += (performance.now() - t0) / 1000;
    s.cpu += cpuSeconds() - c0;
  }
}
const tokens = articles.slice(0, texts.length).reduce((n, text) => n + tagBody(readHeader(text, {}).body).length, 0);

const mb = (bytes * ROUNDS) / 1024 / 1024;
const report = [
  '# Part-of-speech tagger: cost',
  '',
  `${articles.length} articles, ${(bytes / 1024 / 1024).toFixed(1)} MB (the ${texts.length} texts of shared/corpus/news and dev repeated; ${tokens} tokens in one pass over the ${texts.length}), ${ROUNDS} rounds with the variants taking turns, one core of ${cpus().length} (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} at the end, ${new Date().toISOString().slice(0, 16)}Z.`,
  '',
  '| variant | MB/s per core (wall) | MB/s per CPU second | wall seconds |',
  '|---|---|---|---|',
  ...[...spent].map(([name, s]) => `| ${name} | ${(mb / s.wall).toFixed(2)} | ${(mb / s.cpu).toFixed(2)} | ${s.wall.toFixed(2)} |`),
  '',
  `Model load (wink-nlp + wink-eng-lite-web-model, once per process and per worker of extraction-pool.ts): ${loadMs.toFixed(0)} ms, resident memory +${rssModel.toFixed(0)} MB. Floor for the whole extractor: ≥ 1 MB/s per core.`,
  '',
].join('\n');
const notesFile = fileURLToPath(new URL('./results/tagger.notes.md', import.meta.url));
const notes = existsSync(notesFile) ? `\n${readFileSync(notesFile, 'utf8')}` : '';
process.stdout.write(report);
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(fileURLToPath(new URL('./results/tagger.md', import.meta.url)), report + notes);
