/**
 * The explorer as an analyst uses it: the real service (`diplograph serve`, its own Neo4j and the
 * seed graph) serves the built page at `/`, and headless Chromium drives it. Screenshots go to
 * tests/artifacts/e2e/; timings are printed, not asserted (the machine is shared).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { freePort } from '../helpers/free-port.js';
import { projectRoot, runService, type RunningCli } from '../helpers/run-service.js';
import { launchChromium } from './launch-chromium.js';

const ARTIFACTS = join(projectRoot, 'tests/artifacts/e2e');
const API_KEY = 'e2e-api-key-0123456789';

describe('the contact-network explorer in a browser', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-e2e-'));
  let service: RunningCli;
  let browser: Browser;
  let page: Page;
  const shot = (name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    service = await runService({
      DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_PASSWORD: 'e2e-test-password',
      NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m', API_KEYS: API_KEY,
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 860 }, acceptDownloads: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** Loads the page, searches Zelenskyy and draws his network; returns the time of each step. */
  async function firstView() {
    const started = Date.now();
    await page.goto(`${service.url}/`);
    const loaded = Date.now();
    await page.fill('#search', 'Zelenskyy');
    const option = page.getByRole('option', { name: /^Volodymyr Zelenskyy Leader/ });
    await option.waitFor();
    const suggested = Date.now();
    await option.click();
    await page.waitForSelector('#network-status[data-center="volodymyr-zelenskyy"]');
    const drawn = Date.now();
    return `page ${loaded - started} ms, suggestions ${suggested - loaded} ms (180 ms of it typing debounce), network ${drawn - suggested} ms; ${await page.textContent('#network-status')}`;
  }

  it('starts from the most active leaders and the latest contacts, one click from a network', async () => {
    await page.goto(`${service.url}/`);
    const leaders = page.locator('#active-leaders button');
    await leaders.first().waitFor();
    // The seed article's three calls are all Zelenskyy's: he leads, with 3 calls.
    expect(await leaders.first().textContent()).toMatch(/^Volodymyr Zelenskyy.*3 calls/);
    expect(await page.locator('#latest-calls button').allTextContents()).toContainEqual(expect.stringMatching(/^2022-03-01.*(Volodymyr Zelenskyy — Olaf Scholz|Olaf Scholz — Volodymyr Zelenskyy)phone call$/));
    await shot('00-landing');
    // One click on a call: the network around its first participant, with the call's pair open.
    await page.locator('#latest-calls button', { hasText: 'Olaf Scholz' }).click();
    await page.waitForSelector('#network-status[data-center]');
    expect(await page.getByTestId('pair-panel').locator('h2').textContent()).toMatch(/^(Volodymyr Zelenskyy — Olaf Scholz|Olaf Scholz — Volodymyr Zelenskyy)$/);
    expect(await page.locator('#landing').isHidden()).toBe(true);
    await page.getByRole('button', { name: 'Start page' }).click();
    await leaders.first().click();
    await page.waitForSelector('#network-status[data-center="volodymyr-zelenskyy"]');
  });

  it('draws the contacts of Zelenskyy found by search: Joe Biden, Olaf Scholz and the UK Royal Family', async () => {
    const cold = await firstView();
    const neighbours = (await page.locator('#neighbours button').allTextContents()).join('\n');
    expect(neighbours).toMatch(/Joe Biden/);
    expect(neighbours).toMatch(/Olaf Scholz/);
    expect(neighbours).toMatch(/UK Royal Family/);
    expect(await page.locator('#legend').textContent()).toContain('Ukraine');
    // The status line tells the user what is drawn, not how long it took.
    expect(await page.textContent('#network-status')).toBe('Volodymyr Zelenskyy: 3 actors in reach, 3 contacts.');
    await shot('01-network');
    const warm = await firstView();
    console.log(`first view on the seed graph\n  cold (first queries after start): ${cold}\n  warm (page reloaded):             ${warm}`);
  });

  /** Where a node is drawn on the page (the app's read-only test hook gives it within the canvas). */
  async function nodeOnPage(id: string) {
    const p = await page.evaluate((node) => (window as unknown as { diplograph: { nodePosition(id: string): { x: number; y: number } } }).diplograph.nodePosition(node), id);
    const box = (await page.locator('#network').boundingBox())!;
    return { x: box.x + p.x, y: box.y + p.y };
  }

  it('opens the Zelenskyy–Biden edge clicked on the drawing and shows its calls with their quotes and sources', async () => {
    const a = await nodeOnPage('volodymyr-zelenskyy');
    const b = await nodeOnPage('joe-biden');
    // Move along the edge as a user would until the cursor says it can be clicked.
    let at = { x: 0, y: 0 };
    for (let t = 0.5; t < 0.8; t += 0.02) {
      at = { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
      await page.mouse.move(at.x, at.y);
      if ((await page.locator('#network').evaluate((el) => (el as HTMLElement).style.cursor)) === 'pointer') break;
    }
    await page.mouse.click(at.x, at.y);
    const panel = page.getByTestId('pair-panel');
    await expect(panel.locator('h2').textContent()).resolves.toBe('Volodymyr Zelenskyy — Joe Biden');
    expect(await panel.textContent()).toContain('2022-03-01');
    expect(await panel.locator('.quote').allTextContents()).toContainEqual(expect.stringContaining('spoke to his United States counterpart Joe Biden'));
    await shot('02-edge-panel');
  });

  it('opens a node clicked on the drawing', async () => {
    // As a user would: point at the node until the cursor says it can be clicked, click, and click
    // again if nothing opened (on a loaded machine the drawing may still be resizing or re-rendering
    // its picking buffer when the first click lands).
    const heading = page.getByTestId('actor-panel').locator('h2');
    for (let clicks = 0; clicks < 8; clicks++) {
      let p = await nodeOnPage('olaf-scholz');
      for (let tries = 0; tries < 50; tries++) {
        await page.mouse.move(p.x, p.y);
        if ((await page.locator('#network').evaluate((el) => (el as HTMLElement).style.cursor)) === 'pointer') break;
        await page.waitForTimeout(100);
        p = await nodeOnPage('olaf-scholz');
      }
      await page.mouse.click(p.x, p.y);
      const opened = await heading.waitFor({ timeout: 4_000 }).then(() => true, () => false);
      if (opened && (await heading.textContent()) === 'Olaf Scholz') break;
    }
    await expect(heading.textContent()).resolves.toBe('Olaf Scholz');
  });

  it('shows the pair on a timeline by month, charted with axes, and exports it as CSV', async () => {
    await page.locator('#neighbours button', { hasText: 'Joe Biden' }).click();
    await page.getByRole('button', { name: 'Timeline of this pair' }).click();
    await page.waitForSelector('#timeline-chart');
    expect(await page.inputValue('#dyad-a')).toBe('Volodymyr Zelenskyy');
    expect(await page.inputValue('#dyad-b')).toBe('Joe Biden');
    expect(await page.textContent('.timeline-summary')).toBe('Volodymyr Zelenskyy and Joe Biden: 1 dated contact in 1 month.');
    const chart = (await page.locator('#timeline-chart').boundingBox())!;
    expect(chart.width).toBeGreaterThan(600);
    // Hover the one bar: its tooltip names the month in full (drawn on the canvas: see the screenshot).
    await page.mouse.move(chart.x + chart.width / 2 + 20, chart.y + chart.height / 2);
    await shot('03-timeline');
    await page.locator('.timeline .table-view summary').click();
    expect(await page.locator('#timeline-table tbody tr').first().locator('td').allTextContents()).toEqual(['2022-03-01', '1']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe('period,contacts\r\n2022-03-01,1\r\n');
  });

  /** Types a name into a timeline side and chooses the suggestion for it. */
  async function pickSide(input: string, text: string, option: RegExp) {
    await page.fill(input, text);
    const choice = page.getByRole('option', { name: option });
    await choice.waitFor();
    await choice.click();
  }

  it('finds the sides of a timeline by name and explains an empty one', async () => {
    await page.goto(`${service.url}/#/timeline`);
    await page.reload();
    await pickSide('#dyad-a', 'Zelenskyy', /^Volodymyr Zelenskyy/);
    await page.waitForSelector('#timeline-chart');
    expect(await page.textContent('.timeline-summary')).toBe('Volodymyr Zelenskyy: 3 dated contacts in 1 month.');

    await pickSide('#dyad-b', 'Putin', /^Vladimir Putin/);
    await page.waitForSelector('#timeline-empty');
    expect(await page.textContent('#timeline-empty')).toBe('No call between Volodymyr Zelenskyy and Vladimir Putin is recorded. Open the explorer to see whom each of them spoke with.');
    await shot('03b-timeline-empty');

    await page.fill('#dyad-b', '');
    await page.fill('#dyad-from', '2023-01-01');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForSelector('#timeline-empty');
    expect(await page.textContent('#timeline-empty')).toBe('No dated contact of Volodymyr Zelenskyy between 2023-01-01 and today. In all, 3 calls are recorded: widen the dates.');
    await page.fill('#dyad-from', '');

    await page.fill('#dyad-a', 'Nobodyknownhere');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.waitForSelector('.timeline .notice');
    expect(await page.textContent('.timeline .notice')).toMatch(/^No leader, official, institution or country matches “Nobodyknownhere”/);
  });

  it('ingests a dev-corpus article with the bearer token, highlights its call, and shows Putin as a new contact of Biden', async () => {
    await page.goto(`${service.url}/#/ingest`);
    await page.fill('#ingest-text', readFileSync(join(projectRoot, 'tests/fixtures/corpus/010.txt'), 'utf8'));
    await page.fill('#ingest-url', 'https://www.whitehouse.gov/briefing-room/statements-releases/2021/12/07/readout-of-president-bidens-video-call-with-president-vladimir-putin-of-russia/');
    await page.fill('#ingest-title', 'Readout of President Biden’s Video Call with President Vladimir Putin of Russia');
    await page.fill('#ingest-token', API_KEY);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForSelector('.ingest-summary');
    expect(await page.textContent('.ingest-summary')).toMatch(/^Saved a new article: 1 call/);
    expect(await page.textContent('#ingested-calls')).toMatch(/Joe Biden, Vladimir Putin/);
    expect(await page.locator('.highlighted mark').allTextContents()).toContainEqual(expect.stringContaining('held a secure video call today with'));
    await shot('04-ingest');

    await page.locator('#ingested-calls button', { hasText: 'Joe Biden' }).click();
    await page.waitForSelector('#network-status[data-center="joe-biden"]');
    const neighbours = await page.locator('#neighbours button').allTextContents();
    expect(neighbours).toHaveLength(2);
    expect(neighbours).toEqual(expect.arrayContaining([expect.stringContaining('Vladimir Putin'), expect.stringContaining('Volodymyr Zelenskyy')]));
    await shot('05-new-contact');
  });

  it('widens the network to depth 2 and narrows it to a date range', async () => {
    await page.selectOption('#depth', '2');
    await page.waitForSelector('#network-status[data-center="joe-biden"]');
    expect(await page.textContent('#network-status')).toBe('Joe Biden: 4 actors in reach, 4 contacts.');
    await shot('06-depth-2');

    await page.fill('#from', '2022-01-01');
    await page.waitForSelector('#network-status[data-center="joe-biden"]');
    expect(await page.textContent('#network-status')).toBe('Joe Biden: 3 actors in reach, 3 contacts between 2022-01-01 and today.');
    expect(await page.locator('#neighbours button').allTextContents()).toEqual([expect.stringContaining('Volodymyr Zelenskyy')]);

    await page.fill('#from', '2023-01-01');
    await page.waitForSelector('#network-status[data-center="joe-biden"]');
    expect(await page.textContent('#network-status')).toBe('Joe Biden: no recorded contacts between 2023-01-01 and today. Widen the dates to see more.');
    await page.fill('#from', '');
    await page.waitForSelector('#network-status[data-center="joe-biden"]');
  });

  it('shows the contacts between countries as a matrix whose cells open the pair\'s timeline', async () => {
    await page.goto(`${service.url}/#/countries`);
    await page.waitForSelector('#country-matrix');
    // The seed's three calls of Ukraine, and the ingested Biden–Putin call.
    const rows = await page.locator('#busiest-pairs li').allTextContents();
    expect(rows).toEqual(expect.arrayContaining([
      expect.stringMatching(/^Ukraine – United States 1 call/), expect.stringMatching(/^Russia – United States 1 call, latest 2021-12-07/),
    ]));
    expect(await page.locator('#country-matrix button.cell').count()).toBe(2 * rows.length);
    await shot('07-countries');
    await page.locator('#country-matrix button[data-pair="RU-US"]').click();
    await page.waitForSelector('#timeline-chart');
    expect(await page.textContent('.timeline-summary')).toBe('Russia and United States: 1 dated contact in 1 month.');
  });

  it('labels a depth-2 network over the whole dev corpus without any two labels overlapping', async () => {
    // The rest of the dev corpus, through the API as any client would send it.
    for (const file of readdirSync(join(projectRoot, 'tests/fixtures/corpus')).filter((f) => f.endsWith('.txt') && f !== '010.txt')) {
      const res = await fetch(`${service.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${API_KEY}` },
        body: JSON.stringify({ query: 'mutation($text: String!) { ingestArticle(input: { text: $text }) { __typename } }', variables: { text: readFileSync(join(projectRoot, 'tests/fixtures/corpus', file), 'utf8') } }),
      });
      expect(((await res.json()) as { errors?: unknown }).errors).toBeUndefined();
    }
    await page.goto(`${service.url}/`);
    await page.locator('#active-leaders button[data-id="joe-biden"]').click();
    await page.waitForSelector('#network-status[data-center="joe-biden"]');
    await page.selectOption('#depth', '2');
    await page.waitForSelector('#network-status[data-center="joe-biden"]');
    await page.waitForTimeout(300);
    type Box = { key: string; x: number; y: number; width: number; height: number };
    const labels = await page.evaluate(() => (window as unknown as { diplograph: { drawnLabels(): Box[] } }).diplograph.drawnLabels());
    const nodes = Number((await page.textContent('#network-status'))!.match(/(\d+) actors/)![1]) + 1;
    expect(nodes).toBeGreaterThan(10);
    expect(labels.map((l) => l.key)).toContain('joe-biden');
    const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
    const clashes = labels.flatMap((a, i) => labels.slice(i + 1).filter((b) => overlap(a, b)).map((b) => `${a.key} × ${b.key}`));
    expect(clashes).toEqual([]);
    console.log(`depth 2 around Joe Biden over the dev corpus: ${nodes} actors, ${labels.length} labels drawn`);
    await shot('08-depth-2-corpus');
  });

  it('explains a timeline whose only call no report dates, and draws the country matrix of the whole dev corpus', async () => {
    // The dev corpus reports a Zelenskyy–Mohamed bin Zayed call without saying when.
    await page.goto(`${service.url}/#/timeline`);
    await page.reload();
    await pickSide('#dyad-a', 'Zelenskyy', /^Volodymyr Zelenskyy/);
    await pickSide('#dyad-b', 'Mohamed bin', /^Mohamed bin Zayed/);
    await page.waitForSelector('#timeline-empty');
    expect(await page.textContent('#timeline-empty')).toBe('Volodymyr Zelenskyy and Mohamed bin Zayed Al Nahyan share 1 call, but no report gives its date, so nothing can be placed on a timeline.');

    await page.goto(`${service.url}/#/countries`);
    await page.reload();
    await page.waitForSelector('#country-matrix');
    expect(await page.locator('#country-matrix tbody tr').count()).toBeGreaterThan(8);
    await shot('09-countries-corpus');
  });
});
