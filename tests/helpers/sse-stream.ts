/**
 * Reads a GraphQL subscription's Server-Sent Events as a test (or a benchmark) would wait for
 * them: `next()` resolves with the next `next` event's payload, or rejects after `timeoutMs`
 * naming what it waited for. Works on any fetch Response: yoga's in-memory `app.fetch` or HTTP.
 *
 * @example
 *   const sse = await subscribe((init) => app.fetch('http://localhost/graphql', init), 'subscription { articleIngested { id } }');
 *   const { data } = await sse.next(); // { articleIngested: { id: 'art_…' } }
 *   sse.close();
 */
export interface SseEvent {
  data?: any;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

export interface SseStream {
  /** The response's status and content type, for tests of refusals. */
  status: number;
  contentType: string;
  next(timeoutMs?: number): Promise<SseEvent>;
  close(): void;
}

type Fetch = (init: RequestInit) => Response | Promise<Response>;

/**
 * `operation` is the document's text, or a request body of its own (a persisted operation's
 * hash in `extensions`). A refusal answered before any stream (plain JSON) is the one event read.
 */
export async function subscribe(fetchFn: Fetch, operation: string | Record<string, unknown>, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<SseStream> {
  const query = typeof operation === 'string' ? operation : JSON.stringify(operation);
  const controller = new AbortController();
  const res = await fetchFn({
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', ...headers },
    body: JSON.stringify(typeof operation === 'string' ? { query: operation, variables } : { ...operation, variables }),
    signal: controller.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  const queue: SseEvent[] = [];
  let buffered = '';
  let ended = false;
  const waiting: Array<() => void> = [];
  const wake = () => waiting.splice(0).forEach((w) => w());
  const streaming = (res.headers.get('content-type') ?? '').startsWith('text/event-stream');

  // Pump the body into complete events; `event: complete` or the body's end stops it.
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffered += decoder.decode(value, { stream: true });
        if (!streaming) continue;
        let at: number;
        while ((at = buffered.indexOf('\n\n')) >= 0) {
          const block = buffered.slice(0, at);
          buffered = buffered.slice(at + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = block.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          if (event === 'next' && data) queue.push(JSON.parse(data));
          wake();
        }
      }
      if (!streaming) queue.push(JSON.parse(buffered));
    } catch {
      // Aborted by close(): nothing more to read.
    } finally {
      ended = true;
      wake();
    }
  })();

  return {
    status: res.status,
    contentType: res.headers.get('content-type') ?? '',
    async next(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (queue.length === 0) {
        if (ended) throw new Error(`the event stream ended before the next event (${query})`);
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`no event within ${timeoutMs} ms (${query})`);
        await new Promise<void>((done) => {
          const timer = setTimeout(done, left);
          waiting.push(() => (clearTimeout(timer), done()));
        });
      }
      return queue.shift()!;
    },
    close() {
      controller.abort();
      reader.cancel().catch(() => undefined);
    },
  };
}
