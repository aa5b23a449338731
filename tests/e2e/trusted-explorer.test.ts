/**
 * The explorer in a browser against a production service with TRUSTED_DOCUMENTS_ONLY: every
 * request the page makes names a persisted operation by hash and carries no document, every one
 * is answered without error, and a document typed by hand from the same page is refused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../helpers/free-port.js';
import { runService, type RunningCli } from '../helpers/run-service.js';
import { launchChromium } from './launch-chromium.js';

const API_KEY = 'e2e-trusted-key-0123456789';

interface Exchange {
  body: { query?: string; extensions?: { persistedQuery?: { sha256Hash?: string } } };
  answer: { errors?: { message?: string; extensions?: { code?: string } }[] };
}

describe('the explorer with trusted documents only', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-e2e-trusted-'));
  let service: RunningCli;
  let browser: Browser;
  let page: Page;
  const exchanges: Promise<Exchange>[] = [];

  beforeAll(async () => {
    service = await runService({
      NODE_ENV: 'production', TRUSTED_DOCUMENTS_ONLY: 'true',
      DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_PASSWORD: 'e2e-trusted-password',
      NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', API_KEYS: API_KEY,
    }, 300_000);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    page.on('response', (res) => {
      if (new URL(res.url()).pathname !== '/graphql') return;
      const body = res.request().postDataJSON();
      // The live feed's subscription is a stream that stays open: its request is checked, its body never ends.
      if ((res.headers()['content-type'] ?? '').includes('text/event-stream')) exchanges.push(Promise.resolve({ body, answer: {} }));
      // A response still being read when the browser closes at the end rejects: kept as an error
      // answer, which a test reading it would see, instead of an unhandled rejection failing the suite.
      else exchanges.push(res.json().then((answer) => ({ body, answer }), (error) => ({ body, answer: { errors: [{ message: `unreadable response: ${error}` }] } })));
    });
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts, searches, draws a network and opens a pair by hashes alone', async () => {
    await page.goto(`${service.url}/`);
    await page.locator('#active-leaders button').first().waitFor();
    expect(await page.locator('#active-leaders button').first().textContent()).toMatch(/^Volodymyr Zelenskyy.*3 calls/);
    await page.fill('#search', 'Zelenskyy');
    await page.getByRole('option', { name: /^Volodymyr Zelenskyy Leader/ }).click();
    await page.waitForSelector('#network-status[data-center="volodymyr-zelenskyy"]');
    await page.locator('#neighbours button', { hasText: 'Joe Biden' }).click();
    const panel = page.getByTestId('pair-panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe('Volodymyr Zelenskyy — Joe Biden');
    expect(await panel.locator('.quote').allTextContents()).toContainEqual(expect.stringContaining('spoke to his United States counterpart Joe Biden'));

    const seen = await Promise.all(exchanges);
    expect(seen.length).toBeGreaterThanOrEqual(4);
    for (const { body, answer } of seen) {
      expect(body.query).toBeUndefined();
      expect(body.extensions?.persistedQuery?.sha256Hash).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(answer.errors).toBeUndefined();
    }
  });

  it('refuses a document sent by hand from the same page with PERSISTED_QUERY_ONLY', async () => {
    const answer = await page.evaluate(async () => {
      const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ leader(name: "Zelenskyy") { name } }' }) });
      return { status: res.status, body: await res.json() };
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');
  });
});
