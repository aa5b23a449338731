import { createExtractionPool, type ExtractionPool } from '../../src/extraction/extraction-pool.js';
import { extractFacts } from '../../src/extraction/pipeline.js';
import { adversarialText } from '../helpers/adversarial-texts.js';

// A readout in the house style (Wikinews-like, written for this test).
const READOUT = 'date 2022-03-02\nPresident Joe Biden spoke by phone with President Volodymyr Zelenskyy of Ukraine on Tuesday.';

/** Longest pause of a 10 ms timer while `work` runs: how long the event loop was blocked. */
async function longestStall<T>(work: Promise<T>): Promise<{ settled: PromiseSettledResult<T>; stallMs: number }> {
  let last = performance.now();
  let stallMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 10);
  const [settled] = await Promise.allSettled([work]);
  clearInterval(timer);
  return { settled, stallMs };
}

describe('extraction in a worker pool', () => {
  let pool: ExtractionPool;
  beforeAll(() => {
    pool = createExtractionPool({ budgetMs: 100, threads: 1, queue: 0 });
  });
  afterAll(() => pool.close());

  it('gives the same facts document as extraction on the calling thread', async () => {
    const slow = createExtractionPool({ budgetMs: 30_000, threads: 1 });
    try {
      const inWorker = await slow.extract(READOUT, {});
      expect(inWorker.document).toEqual(extractFacts(READOUT).document);
      expect(inWorker.document.calls).toHaveLength(1);
    } finally {
      await slow.close();
    }
  });

  it('passes a coded input error through with its code and field', async () => {
    const slow = createExtractionPool({ budgetMs: 30_000, threads: 1 });
    try {
      await expect(slow.extract('date 2022-02-30\nBiden spoke with Scholz.', {})).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    } finally {
      await slow.close();
    }
  });

  it('stops an article past its budget with EXTRACTION_TIMEOUT, without blocking the event loop', async () => {
    const { settled, stallMs } = await longestStall(pool.extract(adversarialText('mixed', 1_000_000), { publishedOn: '2022-03-02' }));
    expect(settled).toMatchObject({ status: 'rejected', reason: { code: 'EXTRACTION_TIMEOUT' } });
    // On the calling thread this text blocks the loop for its whole extraction (seconds).
    expect(stallMs).toBeLessThan(500);
  });

  it('refuses an article with OVERLOADED when every thread is busy and no wait is allowed', async () => {
    const first = pool.extract(adversarialText('mixed', 1_000_000), {});
    await expect(pool.extract(READOUT, {})).rejects.toMatchObject({ code: 'OVERLOADED' });
    await expect(first).rejects.toMatchObject({ code: 'EXTRACTION_TIMEOUT' });
  });

  it('keeps working after a thread was stopped', async () => {
    const slow = createExtractionPool({ budgetMs: 100, threads: 1 });
    try {
      await expect(slow.extract(adversarialText('mixed', 1_000_000), {})).rejects.toMatchObject({ code: 'EXTRACTION_TIMEOUT' });
      // The next article waits for the replacement thread to start; its budget starts after that.
      await expect(slow.extract('Biden spoke with Scholz.', {})).resolves.toMatchObject({ body: 'Biden spoke with Scholz.' });
    } finally {
      await slow.close();
    }
  });
});

// The budget is the extracting thread's CPU time (Linux /proc; the CI runs Linux), so an article that
// waits for a core on a busy machine is not refused, and one that computes is stopped after the same
// work. A worker with a known CPU profile stands in for extraction here (helpers/cpu-profile-worker.js).
describe('the extraction budget counts CPU time, not waiting', () => {
  const worker = new URL('./helpers/cpu-profile-worker.js', import.meta.url).href;
  const article = (sleepMs: number, spinMs: number) => JSON.stringify({ sleepMs, spinMs });

  it('extracts an article that waited three times its budget but computed within it', async () => {
    const pool = createExtractionPool({ budgetMs: 300, threads: 1, worker });
    try {
      const started = performance.now();
      await expect(pool.extract(article(900, 50), {})).resolves.toMatchObject({ headerLength: 0 });
      expect(performance.now() - started).toBeGreaterThan(900);
    } finally {
      await pool.close();
    }
  });

  it('stops an article once its thread has spent the budget in CPU time, saying so', async () => {
    const pool = createExtractionPool({ budgetMs: 300, threads: 1, worker });
    try {
      await expect(pool.extract(article(0, -1), {})).rejects.toMatchObject({
        code: 'EXTRACTION_TIMEOUT',
        message: 'extraction used more than the 300 ms budget of CPU time for one article (text of 25 characters)',
      });
    } finally {
      await pool.close();
    }
  });

  it('stops an article at the wall-clock limit however little CPU it used', async () => {
    const pool = createExtractionPool({ budgetMs: 300, threads: 1, worker, wallLimitMs: 600 });
    try {
      await expect(pool.extract(article(5_000, 0), {})).rejects.toMatchObject({
        code: 'EXTRACTION_TIMEOUT',
        message: expect.stringMatching(/^extraction took longer than 600 ms by the clock \(the machine is too busy; \d+ ms of CPU spent\)/),
      });
    } finally {
      await pool.close();
    }
  });
});
