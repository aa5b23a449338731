/**
 * Builds the explorer into web/dist, which the service serves at `/` (src/server/use-web-app.ts).
 * `npx vite web` (or `npx vite preview web` after a build) serves it for development and proxies the API to a running `npm start`
 * (DIPLOGRAPH_URL, default http://127.0.0.1:4000).
 */
import { defineConfig } from 'vite';

const api = process.env.DIPLOGRAPH_URL ?? 'http://127.0.0.1:4000';
const proxy = { '/graphql': api, '/health': api };

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  server: { proxy },
  preview: { proxy },
});
