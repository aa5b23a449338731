/**
 * `npm run bench:extract`: extraction throughput over the dev corpus (tests/fixtures/corpus)
 * repeated to at least 5 MB of text, on one core. Reports articles/s and MB/s for the whole
 * pipeline, side by side with a floor (reading the header and splitting sentences only, the
 * least any extractor must do), and the time each stage takes. Writes bench/results/extract.md.
 */
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/gazetteer/load-gazetteer.js';
import { STAGES, extractWith } from '../src/extraction/pipeline.js';
import { readHeader } from '../src/extraction/read-header.js';
import { splitSentences } from '../src/extraction/split-sentences.js';
import { buildDocument } from '../src/extraction/build-document.js';

const MIN_BYTES = 5 * 1024 * 1024;
const corpusDir = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));
const texts = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const articles: string[] = [];
let bytes = 0;
// Each copy gets a distinct line so no cache could serve it twice.
for (let i = 0; bytes < MIN_BYTES; i++) {
  const text = texts[i % texts.length].replace(/\n/, `\nCopy ${i}.\n`);
  articles.push(text);
  bytes += Buffer.byteLength(text, 'utf8');
}
const gazetteer = loadGazetteer();
for (const text of articles.slice(0, 20)) extractWith(text, {}, gazetteer); // warm-up

function time(run: (text: string) => unknown): number {
  const started = performance.now();
  for (const text of articles) run(text);
  return (performance.now() - started) / 1000;
}

const floor = time((text) => splitSentences(readHeader(text, {})));
const full = time((text) => extractWith(text, {}, gazetteer));

// Stage by stage, on the same articles.
const stageSeconds = new Map<string, number>(STAGES.map((s) => [s.name, 0]));
for (const text of articles) {
  let article = readHeader(text, {});
  for (const stage of STAGES) {
    const t0 = performance.now();
    article = stage.run(article, gazetteer);
    stageSeconds.set(stage.name, stageSeconds.get(stage.name)! + (performance.now() - t0) / 1000);
  }
  const t0 = performance.now();
  buildDocument(article, gazetteer);
  stageSeconds.set('document (ids, evidence, validation)', (stageSeconds.get('document (ids, evidence, validation)') ?? 0) + (performance.now() - t0) / 1000);
}

const mb = bytes / 1024 / 1024;
const row = (name: string, seconds: number) => `| ${name} | ${(articles.length / seconds).toFixed(0)} | ${(mb / seconds).toFixed(2)} | ${seconds.toFixed(2)} |`;
const report = [
  `# Extraction throughput`,
  '',
  `${articles.length} articles, ${mb.toFixed(1)} MB (the ${texts.length} dev-corpus texts repeated), one core of ${cpus().length} (${cpus()[0]?.model ?? 'unknown CPU'}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}.`,
  '',
  '| pipeline | articles/s | MB/s per core | seconds |',
  '|---|---|---|---|',
  row('diplograph extract (all stages)', full),
  row('floor: header + sentences only', floor),
  '',
  `Target ≥ 1 MB/s per core: ${mb / full >= 1 ? 'met' : 'missed'}.`,
  '',
  '| stage | seconds | share |',
  '|---|---|---|',
  ...[...stageSeconds].map(([name, s]) => `| ${name} | ${s.toFixed(2)} | ${((s / [...stageSeconds.values()].reduce((a, b) => a + b, 0)) * 100).toFixed(0)} % |`),
  '',
].join('\n');
process.stdout.write(report);
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(fileURLToPath(new URL('./results/extract.md', import.meta.url)), report);
