/**
 * Refuses request bodies over `maxBytes` with 413 before yoga reads them. Bodies without a
 * Content-Length (chunked) are measured as they stream in and cut off at the limit.
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
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST' || request.headers.has('content-length') || !request.body) return;
      const original = request;
      setRequestParser(async () => {
        const reader = original.body!.getReader();
        const chunks: Uint8Array[] = [];
        let size = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.byteLength;
          if (size > maxBytes) {
            await reader.cancel();
            throw Object.assign(new Error(`request body larger than ${maxBytes} bytes`), { extensions: { code: 'PAYLOAD_TOO_LARGE', http: { status: 413 } } });
          }
          chunks.push(value);
        }
        return JSON.parse(Buffer.concat(chunks).toString('utf8'));
      });
    },
  };
}
