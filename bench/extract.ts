/**
 * `npm run bench:extract`: extraction throughput over the dev corpus (tests/fixtures/corpus)
 * repeated to at least 5 MB of text, on one core. Reports articles/s and MB/s for the whole
 * pipeline, side by side with a floor (reading the header and splitting sentences only, the
 * least any extractor must do), and the time each stage takes, in wall-clock and CPU seconds (the
 * CPU figure stays meaningful on a busy machine). Writes bench/results/extract.md, followed by
 * bench/results/extract.notes.md when it exists.
 *
 * `npm run bench:extract -- --profile FILE.cpuprofile`: profiles one more pass of the whole pipeline
 * (V8's sampling profiler, node:inspector) after the measured runs, writes the profile to FILE (open
 * it in Chrome's DevTools) and prints the self time by source file and the top functions; the
 * measured figures and bench/results/extract.md are not affected.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../src/gazetteer/load-gazetteer.js';
import { STAGES, extractWith } from '../src/extraction/pipeline.js';
import { readHeader } from '../src/extraction/read-header.js';
import { splitSentences } from '../src/extraction/split-sentences.js';
import { buildDocument } from '../src/extraction/build-document.js';
import { repeatTexts } from './repeat-texts.js';

const MIN_BYTES = 5 * 1024 * 1024;
const corpusDir = fileURLToPath(new URL('../tests/fixtures/corpus/', import.meta.url));
const texts = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(corpusDir, f), 'utf8'));
const articles = repeatTexts(texts, MIN_BYTES);
const bytes = articles.reduce((sum, text) => sum + Buffer.byteLength(text, 'utf8'), 0);
const gazetteer = loadGazetteer();
for (const text of articles.slice(0, 20)) extractWith(text, {}, gazetteer); // warm-up

/**
 * CPU seconds of the main thread so far (Linux: /proc, in 10 ms ticks; elsewhere the whole
 * process). On a busy machine it stays near what a quiet one takes, where wall time does not; the
 * process's own figure would also count the compiler's and the garbage collector's threads.
 */
const THREAD_STAT = `/proc/self/task/${process.pid}/stat`;
const cpuSeconds = existsSync(THREAD_STAT)
  ? () => { const stat = readFileSync(THREAD_STAT, 'utf8'); const f = stat.slice(stat.lastIndexOf(')') + 2).split(' '); return (Number(f[11]) + Number(f[12])) / 100; }
  : () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };

function time(run: (text: string) => unknown): { wall: number; cpu: number } {
  const started = performance.now();
  const cpu = cpuSeconds();
  for (const text of articles) run(text);
  return { wall: (performance.now() - started) / 1000, cpu: cpuSeconds() - cpu };
}

const floor = time((text) => splitSentences(readHeader(text, {}))).wall;
const { wall: full, cpu: fullCpu } = time((text) => extractWith(text, {}, gazetteer));

// Stage by stage, on the same articles: wall and CPU seconds.
const DOCUMENT = 'document (ids, evidence, validation)';
const stageSeconds = new Map<string, { wall: number; cpu: number }>([...STAGES.map((s) => s.name), DOCUMENT].map((name) => [name, { wall: 0, cpu: 0 }]));
const timed = <T>(name: string, run: () => T): T => {
  const t0 = performance.now();
  const c0 = cpuSeconds();
  const out = run();
  const spent = stageSeconds.get(name)!;
  spent.cpu += cpuSeconds() - c0;
  spent.wall += (performance.now() - t0) / 1000;
  return out;
};
for (const text of articles) {
  let article = readHeader(text, {});
  for (const stage of STAGES) article = timed(stage.name, () => stage.run(article, gazetteer));
  timed(DOCUMENT, () => buildDocument(article, gazetteer));
}
const totalCpu = [...stageSeconds.values()].reduce((a, b) => a + b.cpu, 0);

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
  `Target ≥ 1 MB/s per core: ${mb / full >= 1 ? 'met' : 'missed'}. Main-thread CPU time of the full pipeline: ${fullCpu.toFixed(2)} s (${(mb / fullCpu).toFixed(2)} MB/s per CPU second; near the wall-clock figure on a quiet machine, the better guide on a busy one).`,
  '',
  '| stage | seconds | CPU seconds | share of CPU |',
  '|---|---|---|---|',
  ...[...stageSeconds].map(([name, s]) => `| ${name} | ${s.wall.toFixed(2)} | ${s.cpu.toFixed(2)} | ${((s.cpu / totalCpu) * 100).toFixed(0)} % |`),
  '',
].join('\n');
// Notes written by hand (bench/results/extract.notes.md: the before/after of a change) follow the table.
const notesFile = fileURLToPath(new URL('./results/extract.notes.md', import.meta.url));
const notes = existsSync(notesFile) ? `\n${readFileSync(notesFile, 'utf8')}` : '';
process.stdout.write(report);
mkdirSync(fileURLToPath(new URL('./results/', import.meta.url)), { recursive: true });
writeFileSync(fileURLToPath(new URL('./results/extract.md', import.meta.url)), report + notes);

const profileAt = process.argv.indexOf('--profile');
if (profileAt >= 0) await profile(process.argv[profileAt + 1] ?? 'extract.cpuprofile');

interface ProfileNode { id: number; callFrame: { functionName: string; url: string }; children?: number[] }

/** One more pass of the pipeline under the sampling profiler: the profile to `file`, self time by source file and function on stdout. */
async function profile(file: string): Promise<void> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  for (const text of articles) extractWith(text, {}, gazetteer);
  const { profile: p } = (await session.post('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[] } };
  session.disconnect();
  writeFileSync(file, JSON.stringify(p));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // A regular expression's own time goes to the source file of the function that ran it.
  const fileOf = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { url } = byId.get(at)!.callFrame;
      // A package's modules count as one file (chrono-node's parsers, zod).
      if (url) return url.includes('/node_modules/') ? url.replace(/^.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\/.*$/, 'node_modules/$1') : url.replace(/^.*\/src\//, 'src/');
    }
    return byId.get(id)!.callFrame.functionName || '(native)';
  };
  const files = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const id of p.samples) {
    const f = fileOf(id);
    files.set(f, (files.get(f) ?? 0) + 1);
    const { functionName } = byId.get(id)!.callFrame;
    const key = `${functionName.startsWith('RegExp:') ? `RegExp ${functionName.slice(7, 60)}` : functionName || '(anonymous)'} (${f})`;
    functions.set(key, (functions.get(key) ?? 0) + 1);
  }
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `${((v / p.samples.length) * 100).toFixed(1).padStart(5)} %  ${k}`);
  process.stdout.write(['', `Profile written to ${file}. Self time by source file:`, ...top(files, 25), '', 'Top functions by self time:', ...top(functions, 25), ''].join('\n'));
}
