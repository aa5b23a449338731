/**
 * useWebApp serves the built explorer beside the API: index.html at `/`, assets with their
 * content types, 404 elsewhere, and never a file outside its folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSchema, createYoga } from 'graphql-yoga';
import { useWebApp } from '../../../src/server/use-web-app.js';

describe('useWebApp', () => {
  const root = mkdtempSync(join(tmpdir(), 'diplograph-web-'));
  const outside = join(root, '..', `secret-${process.pid}.txt`);
  mkdirSync(join(root, 'dist/assets'), { recursive: true });
  writeFileSync(join(root, 'dist/index.html'), '<!doctype html><title>diplograph</title>');
  writeFileSync(join(root, 'dist/assets/index-abc123.js'), 'console.log(1)');
  writeFileSync(join(root, 'dist/assets/index-abc123.css'), 'body{}');
  writeFileSync(outside, 'secret');
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(outside, { force: true });
  });

  const yoga = createYoga({
    schema: createSchema({ typeDefs: 'type Query { ok: Boolean }', resolvers: { Query: { ok: () => true } } }),
    landingPage: false,
    plugins: [useWebApp({ root: join(root, 'dist') })],
  });
  const get = (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) => yoga.fetch(`http://localhost${path}`, init);

  it.each([
    ['/', 'text/html; charset=utf-8', 'no-cache'],
    ['/index.html', 'text/html; charset=utf-8', 'no-cache'],
    ['/assets/index-abc123.js', 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'],
    ['/assets/index-abc123.css', 'text/css; charset=utf-8', 'public, max-age=31536000, immutable'],
  ])('serves %s as %s with cache-control %s', async (path, type, cache) => {
    const res = await get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(type);
    expect(res.headers.get('cache-control')).toBe(cache);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('answers HEAD with the headers and no body', async () => {
    const res = await get('/', { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it.each(['/nope', '/assets/missing.js', '/assets', '/..%2fsecret-' + process.pid + '.txt', '/%2e%2e/secret-' + process.pid + '.txt', '/%E0%A4%A'])('answers 404 for %s', async (path) => {
    const res = await get(path);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('secret');
  });

  it('refuses methods other than GET and HEAD outside the API', async () => {
    const res = await get('/', { method: 'POST', body: 'x' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('leaves /graphql to the API', async () => {
    const res = await get('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ ok }' }) });
    expect(await res.json()).toEqual({ data: { ok: true } });
  });

  it('says how to build the app when it is not built', async () => {
    const bare = createYoga({ schema: createSchema({ typeDefs: 'type Query { ok: Boolean }' }), plugins: [useWebApp({ root: join(root, 'missing') })] });
    const res = await bare.fetch('http://localhost/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('npm run build:web');
  });
});
