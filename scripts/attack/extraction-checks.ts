/**
 * Issue 16: no article can freeze the service. Two checks:
 * - every adversarial text (tests/helpers/adversarial-texts.ts) at 1 MB, extracted as the service
 *   extracts it (one worker thread, the configured EXTRACTION_TIMEOUT_MS budget): extracted in
 *   ≤ 2 s, or refused with a coded error within the budget;
 * - `diplograph serve` started as users start it (production, its own local Neo4j in a fresh
 *   DATA_DIR), asked to ingest the slowest of those texts through the API while a client asks
 *   /health back to back: /health p99 ≤ 100 ms, each ingest answered or refused with a code, and
 *   nothing of a refused article written.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../src/config/env.js';
import { createExtractionPool } from '../../src/extraction/extraction-pool.js';
import { ADVERSARIAL_CLASSES, adversarialText } from '../../tests/helpers/adversarial-texts.js';
import type { AttackRow } from './attack-row.js';
import { diplograph, freePort, waitHealthy } from './run-command.js';

const SIZE = 1_000_000;
const EXTRACTED_WITHIN_MS = 2_000;
/** A refusal counts as "within the budget" up to this much after it (the thread is stopped, not asked). */
const REFUSAL_SLACK_MS = 250;
const HEALTH_P99_MS = 100;
/** How many of the slowest texts the service is asked to ingest while /health is watched. */
const INGESTED = 3;

const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)] ?? NaN;

interface Timed {
  id: string;
  ms: number;
  code: string | null;
}

/** Each class at 1 MB through a one-thread pool with the configured budget. */
async function extractEach(budgetMs: number, log: (m: string) => void): Promise<Timed[]> {
  const pool = createExtractionPool({ budgetMs, threads: 1 });
  const timed: Timed[] = [];
  try {
    // The first article waits for the thread to start; that is not the article's time.
    await pool.extract('date 2022-03-02\nPresident Biden spoke by phone with Chancellor Scholz on Tuesday.', {});
    for (const c of ADVERSARIAL_CLASSES) {
      const text = adversarialText(c.id, SIZE);
      // After a refusal the stopped thread's replacement starts; that is not this article's time.
      await pool.ready();
      const started = performance.now();
      const code = await pool.extract(text, { publishedOn: '2022-03-02' }).then(
        () => null,
        (err: { code?: string }) => err.code ?? '(no code)',
      );
      const ms = performance.now() - started;
      log(`extraction: ${c.id} ${(ms / 1000).toFixed(2)} s ${code ?? 'extracted'}`);
      timed.push({ id: c.id, ms, code });
    }
  } finally {
    await pool.close();
  }
  return timed;
}

function extractionRow(t: Timed, budgetMs: number): AttackRow {
  const refused = t.code === 'EXTRACTION_TIMEOUT';
  return {
    check: `extract ${t.id} (1 MB), one thread`,
    target: `≤ ${EXTRACTED_WITHIN_MS / 1000} s, or refused with a code within the ${budgetMs / 1000} s budget`,
    measured: t.code === null ? `extracted in ${(t.ms / 1000).toFixed(2)} s` : `${t.code} after ${(t.ms / 1000).toFixed(2)} s`,
    pass: t.code === null ? t.ms <= EXTRACTED_WITHIN_MS : refused && t.ms <= budgetMs + REFUSAL_SLACK_MS,
  };
}

async function post(url: string, token: string, query: string, variables: object): Promise<{ codes: string[]; data: any }> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: any; errors?: Array<{ extensions?: { code?: string } }> };
  return { codes: (body.errors ?? []).map((e) => e.extensions?.code ?? '(no code)'), data: body.data };
}

const INGEST = 'mutation ($text: String!) { ingestArticle(input: { text: $text, publishedOn: "2022-03-02" }) { created article { id } } }';
const ARTICLES = '{ articles(first: 1) { totalCount } }';

/** Ingests `ids` through `serve` while /health is asked back to back. */
async function healthDuringIngest(ids: string[], log: (m: string) => void): Promise<AttackRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-attack-extraction-'));
  const port = await freePort();
  const token = randomBytes(24).toString('hex');
  const serve = diplograph(['serve'], {
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PORT: String(port),
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '64m',
    API_KEYS: token,
    MAX_BODY_BYTES: String(4 * SIZE),
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    log('extraction: starting serve (production, local Neo4j)');
    await waitHealthy(`${base}/health`, serve, 600_000);
    const count = async () => (await post(`${base}/graphql`, token, ARTICLES, {})).data?.articles?.totalCount as number | undefined;
    const before = await count();
    // The same probe with nothing to extract: what the machine itself costs /health.
    const idle: number[] = [];
    for (let i = 0; i < 100; i++) {
      const started = performance.now();
      await fetch(`${base}/health`).then((r) => r.arrayBuffer());
      idle.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 10));
    }
    const latencies: number[] = [];
    const codes: string[] = [];
    let ingesting = true;
    const ingests = (async () => {
      for (const id of ids) {
        const answer = await post(`${base}/graphql`, token, INGEST, { text: adversarialText(id, SIZE) });
        codes.push(`${id}: ${answer.codes[0] ?? (answer.data?.ingestArticle ? 'ingested' : '(no answer)')}`);
      }
      ingesting = false;
    })();
    while (ingesting) {
      const started = performance.now();
      const ok = await fetch(`${base}/health`).then(async (r) => (await r.arrayBuffer(), r.status === 200), () => false);
      latencies.push(ok ? performance.now() - started : Infinity);
      await new Promise((r) => setTimeout(r, 10));
    }
    await ingests;
    const after = await count();
    const refused = codes.filter((c) => !c.endsWith('ingested')).length;
    const p99 = percentile(latencies, 99);
    return [
      {
        check: `/health while serve ingests ${ids.join(', ')} (1 MB each)`,
        target: `p99 ≤ ${HEALTH_P99_MS} ms`,
        measured: `p99 ${p99.toFixed(0)} ms, max ${Math.max(...latencies).toFixed(0)} ms over ${latencies.length} requests (idle: p99 ${percentile(idle, 99).toFixed(0)} ms; load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores)`,
        pass: p99 <= HEALTH_P99_MS,
      },
      {
        check: 'those ingests: answered, or refused with a code and nothing written',
        target: 'no INTERNAL_SERVER_ERROR; articles + ingested only',
        measured: `${codes.join('; ')}; articles ${before} → ${after}`,
        pass: codes.every((c) => !c.includes('INTERNAL') && !c.includes('(no')) && after === (before ?? NaN) + (ids.length - refused),
      },
    ];
  } finally {
    serve.child.kill('SIGTERM');
    await serve.exited;
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export async function extractionChecks(log: (m: string) => void = () => {}): Promise<AttackRow[]> {
  const { extraction } = loadConfig(process.env);
  const timed = await extractEach(extraction.budgetMs, log);
  const slowest = [...timed].sort((a, b) => b.ms - a.ms).slice(0, INGESTED).map((t) => t.id);
  const rows = timed.map((t) => extractionRow(t, extraction.budgetMs));
  try {
    rows.push(...(await healthDuringIngest(slowest, log)));
  } catch (err) {
    rows.push({ check: '/health while serve ingests the slowest texts', target: `p99 ≤ ${HEALTH_P99_MS} ms`, measured: `could not run: ${(err as Error).message.split('\n')[0]}`, pass: false });
  }
  return rows;
}
