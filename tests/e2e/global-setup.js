/**
 * Builds the explorer (web/ → web/dist) once before the end-to-end tests, so they always drive
 * the current source through the service that serves it. Takes about a second.
 */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export default async function buildWebApp() {
  const root = fileURLToPath(new URL('../../web/', import.meta.url));
  await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'warn' });
}
