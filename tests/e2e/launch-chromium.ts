/**
 * Starts Debian's Chromium (browsers cannot be downloaded here) headless through playwright-core,
 * with no background networking: this machine's closed network refuses Chromium's own
 * connections. Playwright gives every launch a fresh, empty profile of its own (it refuses a
 * --user-data-dir flag). WebGL runs on SwiftShader, Chromium's software renderer.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`the end-to-end tests need Chromium at ${CHROMIUM_PATH} (set CHROMIUM_PATH to use another): apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync',
      // WebGL without a GPU: SwiftShader must be allowed explicitly since Chromium 137.
      '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
    ],
  });
}
