/**
 * Refuses request bodies over `maxBytes` with 413 before yoga reads them, when they declare
 * their size (Content-Length). Bodies without one (chunked) are measured as they stream in by
 * yoga's own `maxRequestBodySize` (create-server.ts), which wraps whichever parser the content
 * type selects, so a chunked body is parsed exactly as a sized one: bad JSON or form data is a
 * 400, text/plain is a 415, and over the limit is a 413.
 */
import type { Plugin } from 'graphql-yoga';

function tooLarge(fetchAPI: { Response: typeof Response }, maxBytes: number): Response {
  const body = { errors: [{ message: `request body larger than ${maxBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] };
  return new fetchAPI.Response(JSON.stringify(body), { status: 413, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

export function useBodyLimit(maxBytes: number): Plugin {
  return {
    async onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== 'POST') return;
      const declared = Number(request.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) endResponse(tooLarge(fetchAPI, maxBytes));
    },
  };
}
