/**
 * The two measurements of a (server, query) cell: latency of requests sent one after another
 * (percentiles over the samples, the servers taking turns), and throughput under autocannon at a given number of
 * connections, while the server's resident memory is sampled from /proc.
 *
 * @example
 *   const [a, b] = await interleavedLatency([sendA, sendB], { samples: 50, warmup: 5, maxSeconds: 15 });
 *   const load = await throughput({ url, method: 'POST', body, headers }, { connections: 10, seconds: 5, pid });
 */
import autocannon from 'autocannon';
import { rssMb } from './process-memory.js';
import { createRandom } from './random.js';

export interface Latency {
  samples: number;
  /** Requests sent in all, warm-up included (for per-request statement counts). */
  sent: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface Throughput {
  connections: number;
  seconds: number;
  /** Answers per second: HTTP 2xx without GraphQL errors (refused and failed requests are not answers). */
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
  /** Highest resident memory of the server seen while under load, in MB. */
  serverRssMb: number;
}

export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  headers?: Record<string, string>;
}

/**
 * Several servers asked the same question, one request at a time, taking turns in a new seeded
 * random order each round, so that noise from a shared machine falls on all of them alike. (A
 * fixed order biases: in bench:observability two identical servers taking turns in a fixed,
 * alternating order measured 8–12 % apart on 3–4 ms questions; in a random order, ±2 %.) Each
 * sends `warmup` untimed requests first (one, if it takes over a second), then rounds until
 * `samples` or `maxSeconds`, but at least `minSamples` (3 by default). Returns each sender's
 * times in ms, sorted, and how many requests it sent in all.
 */
export async function takeTurns(
  senders: Array<() => Promise<unknown>>,
  o: { samples: number; warmup: number; maxSeconds: number; minSamples?: number },
): Promise<Array<{ times: number[]; sent: number }>> {
  // Warm-up; a query that takes over a second is warm after one request (M's contact network).
  const warmed = senders.map(() => 0);
  for (const [s, send] of senders.entries()) {
    for (let i = 0; i < o.warmup; i++) {
      const started = performance.now();
      await send();
      warmed[s]++;
      if (performance.now() - started > 1000) break;
    }
  }
  const times: number[][] = senders.map(() => []);
  const deadline = performance.now() + o.maxSeconds * 1000;
  const random = createRandom(o.samples);
  for (let n = 0; n < o.samples && (n < (o.minSamples ?? 3) || performance.now() < deadline); n++) {
    for (const i of random.shuffle(senders.map((_, s) => s))) {
      const started = performance.now();
      await senders[i]();
      times[i].push(performance.now() - started);
    }
  }
  return times.map((t, s) => ({ times: t.sort((a, b) => a - b), sent: t.length + warmed[s] }));
}

/** Latency percentiles of servers taking turns (takeTurns), one per sender, in the same order. */
export async function interleavedLatency(
  senders: Array<() => Promise<unknown>>,
  o: { samples: number; warmup: number; maxSeconds: number },
): Promise<Latency[]> {
  return (await takeTurns(senders, o)).map(({ times, sent }) => ({
    samples: times.length,
    sent,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
  }));
}

export async function throughput(request: HttpRequest, o: { connections: number; seconds: number; pid: number }): Promise<Throughput> {
  let peak = rssMb(o.pid);
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(o.pid))), 200);
  try {
    // Answers, not responses: a request refused (admission's 503) or answered with GraphQL errors is
    // quick to send back, and counted in would make a server that sheds load look fast. autocannon's
    // `verifyBody` sees every body whatever its status, so answers are counted here, with the status.
    let answered = 0;
    const result = await autocannon({
      url: request.url,
      method: request.method,
      body: request.body,
      headers: request.headers,
      connections: o.connections,
      duration: o.seconds,
      timeout: 30,
      requests: [
        {
          method: request.method,
          body: request.body,
          headers: request.headers,
          onResponse: (status: number, body: string) => {
            if (status >= 200 && status < 300 && !hasErrors(body)) answered += 1;
          },
        },
      ],
      // A GraphQL error is still HTTP 200: count answers that carry `errors` as failures too.
      ...(request.method === 'POST' ? { verifyBody: (body: string) => !hasErrors(body) } : {}),
    } as autocannon.Options);
    const mismatches = (result as { mismatches?: number }).mismatches ?? 0;
    return {
      connections: o.connections,
      seconds: o.seconds,
      requestsPerSecond: round(answered / result.duration),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + mismatches,
      non2xx: result.non2xx,
      serverRssMb: Math.max(peak, rssMb(o.pid)),
    };
  } finally {
    clearInterval(sampler);
  }
}

function hasErrors(body: string): boolean {
  return body.startsWith('{"errors"') || body.includes('"errors":[');
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return round(sorted[rank]);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
