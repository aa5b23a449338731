/**
 * New contacts as the service commits them: the `contactAdded` subscription over Server-Sent
 * Events (a POST to `/graphql` with `Accept: text/event-stream`, the operation sent by its hash
 * like every other, with the bearer token when one is set). A dropped stream is opened again
 * after a pause that grows to 30 s; `stop()` ends it for good.
 *
 * @example
 *   const stop = watchContacts({ contact: (c) => console.log(c.participants), state: (s) => console.log(s) });
 */
import { graphql } from '../gql/gql.js';
import type { ContactAddedSubscription } from '../gql/graphql.js';
import { getToken, requestBody } from './graphql-client.js';

export type NewContact = ContactAddedSubscription['contactAdded'];
export type LiveState = 'connecting' | 'live' | 'reconnecting' | 'unavailable';

const ContactAdded = graphql(`
  subscription ContactAdded {
    contactAdded {
      id date medium
      participants { id name country { code } }
    }
  }
`);

interface Handlers {
  contact(contact: NewContact): void;
  state(state: LiveState, detail?: string): void;
}

/** The codes after which opening the stream again would be refused again. */
const FINAL = new Set(['UNAUTHENTICATED', 'LIVE_UNAVAILABLE', 'PERSISTED_QUERY_ONLY', 'GRAPHQL_VALIDATION_FAILED']);

export function watchContacts(on: Handlers): () => void {
  let stopped = false;
  let controller = new AbortController();
  let pause = 1_000;
  let as: 'hash' | 'text' = 'hash';

  const run = async (): Promise<void> => {
    on.state(pause === 1_000 ? 'connecting' : 'reconnecting');
    controller = new AbortController();
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'text/event-stream' };
    const token = getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(requestBody(ContactAdded, {}, as)), signal: controller.signal });
    // A refusal before the stream opens (an unknown hash, a missing token) comes as plain JSON.
    const streaming = (res.headers.get('content-type') ?? '').startsWith('text/event-stream') && res.body;
    const received = streaming ? events(res.body!) : once(await res.json().catch((): Payload => ({ errors: [{ message: `the service answered ${res.status}` }] })));
    if (streaming) on.state('live');
    for await (const event of received) {
      const code = event.errors?.[0]?.extensions?.code;
      // A server started before this operation was written knows no hash for it: send the text.
      if (code === 'PERSISTED_QUERY_NOT_FOUND' && as === 'hash') {
        as = 'text';
        return run();
      }
      if (code && FINAL.has(code)) {
        stopped = true;
        on.state('unavailable', event.errors![0].message);
        return;
      }
      if (event.data?.contactAdded) {
        pause = 1_000;
        on.contact(event.data.contactAdded);
      }
    }
  };

  const loop = async () => {
    while (!stopped) {
      await run().catch(() => undefined);
      if (stopped) break;
      on.state('reconnecting');
      await new Promise((r) => setTimeout(r, pause));
      pause = Math.min(30_000, pause * 2);
    }
  };
  void loop();
  return () => {
    stopped = true;
    controller.abort();
  };
}

interface Payload {
  data?: ContactAddedSubscription;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

async function* once(payload: Payload): AsyncGenerator<Payload> {
  yield payload;
}

/** The `next` events of an SSE body, parsed; ends with the body. */
async function* events(body: ReadableStream<Uint8Array>): AsyncGenerator<Payload> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffered = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffered += decoder.decode(value, { stream: true });
    let at: number;
    while ((at = buffered.indexOf('\n\n')) >= 0) {
      const block = buffered.slice(0, at);
      buffered = buffered.slice(at + 2);
      const data = block.split('\n').filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trimStart()).join('\n');
      if (/^event: ?next$/m.test(block) && data) yield JSON.parse(data) as Payload;
    }
  }
}
