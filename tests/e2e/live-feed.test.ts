/**
 * The explorer live: with the page open, an article ingested by someone else (a client of the
 * API, here a plain HTTP request) appears in the page's "New contacts" feed without a reload,
 * and opens its network in one click. The real service (`diplograph serve`, its own Neo4j and
 * the seed graph) serves the built page; headless Chromium drives it.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../helpers/free-port.js';
import { projectRoot, runService, type RunningCli } from '../helpers/run-service.js';
import { launchChromium } from './launch-chromium.js';

const ARTIFACTS = join(projectRoot, 'tests/artifacts/e2e');
const API_KEY = 'e2e-live-api-key-0123456789';

// Written for this test: a meeting the seed graph does not hold.
const ARTICLE = 'date 2023-06-14\nPresident Joe Biden met Chancellor Olaf Scholz of Germany on Monday. They discussed energy security.\n';

describe('the explorer shows new contacts live', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-e2e-live-'));
  let service: RunningCli;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    service = await runService({
      DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_PASSWORD: 'e2e-test-password',
      NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', API_KEYS: API_KEY, EXTRACTION_TIMEOUT_MS: '60000',
    }, 300_000);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  }, 360_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('lists a contact ingested elsewhere while the page is open, and opens its network', async () => {
    await page.goto(`${service.url}/`);
    await page.waitForSelector('#live-status[data-state="live"]');
    const loads: string[] = [];
    page.on('load', () => loads.push(page.url()));

    const res = await fetch(`${service.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
      body: JSON.stringify({ query: 'mutation ($text: String!) { ingestArticle(input: { text: $text }) { created calls { id } } }', variables: { text: ARTICLE } }),
    });
    const { data } = (await res.json()) as { data: { ingestArticle: { created: boolean; calls: Array<{ id: string }> } } };
    expect(data.ingestArticle.created).toBe(true);

    const item = page.locator(`#live-contacts button[data-id="${data.ingestArticle.calls[0].id}"]`);
    await item.waitFor({ timeout: 15_000 });
    expect(await item.textContent()).toMatch(/^2023-06-12.*(Joe Biden — Olaf Scholz|Olaf Scholz — Joe Biden)/);
    expect(loads).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, '20-live-feed.png'), fullPage: true });

    await item.click();
    await page.waitForSelector('#network-status[data-center]');
    expect(['joe-biden', 'olaf-scholz']).toContain(await page.getAttribute('#network-status', 'data-center'));
  });
});
