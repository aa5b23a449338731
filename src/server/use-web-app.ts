/**
 * Serves the explorer (the built `web/dist`) at `/`: `index.html` for `/`, the hashed assets
 * under `/assets/` with long-lived caching, and a 404 for any other path. The API paths
 * (`/graphql`, `/health`, `/live`) pass through untouched. Only GET and HEAD are served, and a
 * path can never leave the folder.
 *
 * @example
 *   createYoga({ plugins: [useWebApp()] })            // web/dist of this checkout
 *   createYoga({ plugins: [useWebApp({ root: dir })] }) // a folder of one's own (tests)
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';

export interface WebAppOptions {
  /** The built app; default: web/dist of this checkout. */
  root?: string;
  /** Paths left to the other plugins and to yoga. */
  passThrough?: string[];
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export function useWebApp(options: WebAppOptions = {}): Plugin {
  const root = normalize(options.root ?? DEFAULT_WEB_ROOT);
  const passThrough = new Set(options.passThrough ?? ['/graphql', '/health', '/live']);
  return {
    // Not async: an API request passes with no promise made and none awaited.
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (passThrough.has(url.pathname)) return;
      const headOnly = request.method === 'HEAD';
      if (request.method !== 'GET' && !headOnly) {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      return serveAsset(root, url, headOnly, fetchAPI, endResponse);
    },
  };
}

/** Answers a GET or HEAD of the explorer's files. */
async function serveAsset(root: string, url: URL, headOnly: boolean, fetchAPI: { Response: typeof Response }, endResponse: (response: Response) => void): Promise<void> {
  const file = await readAsset(root, url.pathname);
  if (!file) {
    const body = url.pathname === '/' ? 'the web app is not built: run `npm run build:web`\n' : 'not found\n';
    endResponse(new fetchAPI.Response(headOnly ? null : body, { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
    return;
  }
  const headers = {
    'content-type': CONTENT_TYPES[extname(file.path)] ?? 'application/octet-stream',
    'content-length': String(file.body.byteLength),
    'x-content-type-options': 'nosniff',
    // Vite names assets by content hash: they never change. index.html must be revalidated.
    'cache-control': url.pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
  endResponse(new fetchAPI.Response(headOnly ? null : file.body, { status: 200, headers }));
}

/** The file a URL path names inside `root`, or null (missing, a folder, or outside `root`). */
async function readAsset(root: string, pathname: string): Promise<{ path: string; body: Buffer<ArrayBuffer> } | null> {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  const path = normalize(join(root, relative));
  if (!path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  try {
    return { path, body: await readFile(path) };
  } catch {
    return null;
  }
}
