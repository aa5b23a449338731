/**
 * `GET /health`: 200 `{ status: "ok" }` when Neo4j answers a trivial query, 503
 * `{ status: "unavailable" }` when it does not. Load balancers and `docker compose` poll it.
 */
import type { Plugin } from 'graphql-yoga';

export function useHealthCheck(ping: () => Promise<boolean>, endpoint = '/health'): Plugin {
  return {
    // Not async: every other request passes with no promise made and none awaited.
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== endpoint) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      return ping().then((ok) =>
        endResponse(
          new fetchAPI.Response(JSON.stringify({ status: ok ? 'ok' : 'unavailable', neo4j: ok ? 'up' : 'down' }), {
            status: ok ? 200 : 503,
            headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
          }),
        ),
      );
    },
  };
}
