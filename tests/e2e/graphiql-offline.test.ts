/**
 * GraphiQL with no internet: the real service (`diplograph serve`) serves the playground at
 * /graphql from the project's own dependencies, and headless Chromium, with every request beyond
 * the service refused, renders it and runs the default query. Yoga's default page loads GraphiQL
 * from a CDN and stays at "Loading…" offline.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { freePort } from '../helpers/free-port.js';
import { projectRoot, runService, type RunningCli } from '../helpers/run-service.js';
import { launchChromium } from './launch-chromium.js';

const ARTIFACTS = join(projectRoot, 'tests/artifacts/e2e');

describe('GraphiQL in a browser with no network', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-graphiql-'));
  let service: RunningCli;
  let browser: Browser;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    service = await runService({
      DATA_DIR: dataDir, NEO4J_BOLT_PORT: String(await freePort()), NEO4J_PASSWORD: 'graphiql-test-password',
      NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '64m',
    });
    browser = await launchChromium();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('renders from the service alone and runs the default query', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } });
    // The network is the service and nothing else: any other address is refused and recorded.
    const service_ = new URL(service.url);
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.host === service_.host) return route.continue();
      outside.push(url.href);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    await page.goto(`${service.url}/graphql`);
    const shows = (selector: string, text: string) =>
      page.waitForFunction(([s, t]) => [...document.querySelectorAll<HTMLElement>(s)].some((e) => e.innerText.replace(/\u00a0/g, ' ').includes(t)), [selector, text], { timeout: 30_000 });
    // The editors are Monaco's: their text is in the DOM (spaces as no-break spaces) once GraphiQL has rendered.
    await shows('.graphiql-container', 'leader(name: "Zelenskyy")');
    await page.locator('.graphiql-execute-button').first().click();
    await shows('.result-window', '"Volodymyr Zelenskyy"');
    await page.screenshot({ path: join(ARTIFACTS, 'graphiql-offline.png') });
    expect(outside).toEqual([]);
    await context.close();
  });
});
