/**
 * The request body limit (`maxBytes`), in place of yoga's own `maxRequestBodySize` (off in
 * create-server.ts), which piped every POST body through a web TransformStream and built a second
 * Request around it, sized or not:
 * - a body that declares its size (Content-Length) is refused with 413 before yoga reads it when
 *   the size is over the limit, and a Content-Length that is not one non-negative integer is a 400,
 *   as yoga's check says; within the limit it is read as it is: node:http reads exactly the
 *   declared bytes as the body (any more start the next request), so it cannot grow past them;
 * - a body without one (chunked) is measured as it streams in, wrapped around whichever parser the
 *   content type selects (as yoga did), so a chunked body is parsed exactly as a sized one: bad JSON
 *   or form data is a 400, text/plain is a 415, and over the limit is a 413.
 * The codes are yoga's (REQUEST_ENTITY_TOO_LARGE, BAD_REQUEST); use-client-errors.ts shows the first
 * as PAYLOAD_TOO_LARGE. Register it after every plugin that sets a request parser.
 */
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

function tooLarge(fetchAPI: { Response: typeof Response }, maxBytes: number): Response {
  const body = { errors: [{ message: `request body larger than ${maxBytes} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE' } }] };
  return new fetchAPI.Response(JSON.stringify(body), { status: 413, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

const bodyTooLarge = () => new GraphQLError('Request body too large', { extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' } });
const badContentLength = () => new GraphQLError('Content-Length header is invalid.', { extensions: { http: { status: 400 }, code: 'BAD_REQUEST' } });

// Only a single non-negative integer is a valid Content-Length (not "1, 2", not "-1", not "1e3").
const CONTENT_LENGTH = /^\d+$/;

/** `request` with its body counted as it streams, failing past `maxBytes` (yoga's limitRequestBodySize). */
function limitedStream(request: Request, maxBytes: number, fetchAPI: { Request: typeof Request; TransformStream: typeof TransformStream }): Request {
  const body = request.body!;
  // The native ReadableStream conflicts with the ponyfill's TransformStream (yoga issue 4583).
  const Transform = body instanceof ReadableStream ? globalThis.TransformStream : fetchAPI.TransformStream;
  let read = 0;
  const limited = body.pipeThrough(
    new Transform({
      transform(chunk: Uint8Array, controller) {
        read += chunk.byteLength;
        if (read > maxBytes) return controller.error(bodyTooLarge());
        controller.enqueue(chunk);
      },
    }),
  );
  return new fetchAPI.Request(request.url, { method: request.method, headers: request.headers, signal: request.signal, body: limited, duplex: 'half' } as RequestInit);
}

export function useBodyLimit(maxBytes: number): Plugin {
  return {
    // Not async: a request within the limit passes with no promise made and none awaited.
    onRequest({ request, fetchAPI, endResponse }) {
      if (request.method !== 'POST') return;
      const declared = Number(request.headers.get('content-length'));
      if (Number.isFinite(declared) && declared > maxBytes) endResponse(tooLarge(fetchAPI, maxBytes));
    },
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const length = request.headers.get('content-length');
      if (length != null) {
        if (!CONTENT_LENGTH.test(length)) throw badContentLength();
        if (Number(length) > maxBytes) throw bodyTooLarge();
        return;
      }
      if (requestParser == null || request.body == null) return;
      const parse = requestParser;
      setRequestParser((req) => parse(limitedStream(req, maxBytes, fetchAPI)));
    },
  };
}
