/**
 * A closed-loop load: `connections` clients, each sending the same request again the moment its
 * previous one returns, for `seconds`. Unlike autocannon's totals, every response is sorted by its
 * outcome — an answer (2xx without GraphQL errors), a refusal (503 OVERLOADED) or a failure — with
 * the latencies of answers and of refusals kept apart, and the Retry-After the refusals carried.
 * A refused client retries at once (the worst client a server can have), unless `honourRetryAfter`.
 *
 * @example
 *   const r = await closedLoop({ url, method: 'POST', body, headers }, { connections: 50, seconds: 5 });
 *   r.answersPerSecond; r.answers.p99; r.refusals.count; r.retryAfter.max;
 */
import { Agent, request as httpRequest } from 'node:http';
import type { HttpRequest } from './measure.js';
import { percentile } from './measure.js';

export interface Outcomes {
  count: number;
  p50: number;
  p99: number;
}

export interface ClosedLoopResult {
  connections: number;
  seconds: number;
  answersPerSecond: number;
  answers: Outcomes;
  refusals: Outcomes;
  /** Anything else: other statuses, GraphQL errors other than OVERLOADED, socket errors. */
  failures: number;
  /** Retry-After seconds seen on refusals. */
  retryAfter: { min: number; max: number };
  /** The first failure's text, to tell what it was. */
  firstFailure: string | null;
}

export async function closedLoop(req: HttpRequest, o: { connections: number; seconds: number; honourRetryAfter?: boolean }): Promise<ClosedLoopResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: o.connections });
  const url = new URL(req.url);
  const answers: number[] = [];
  const refusals: number[] = [];
  const retryAfter = { min: Infinity, max: 0 };
  let failures = 0;
  let firstFailure: string | null = null;
  const fail = (why: string) => ((failures += 1), (firstFailure ??= why.slice(0, 300)));
  const started = performance.now();
  const end = started + o.seconds * 1000;
  const once = () =>
    new Promise<void>((done) => {
      const t0 = performance.now();
      const r = httpRequest(
        { agent, host: url.hostname, port: url.port, path: url.pathname + url.search, method: req.method, headers: req.headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => {
            const ms = performance.now() - t0;
            const body = Buffer.concat(chunks).toString();
            const status = res.statusCode ?? 0;
            if (status >= 200 && status < 300 && !body.includes('"errors":[')) answers.push(ms);
            else if (status === 503 && body.includes('OVERLOADED')) {
              refusals.push(ms);
              const after = Number(res.headers['retry-after']);
              retryAfter.min = Math.min(retryAfter.min, after);
              retryAfter.max = Math.max(retryAfter.max, after);
              if (o.honourRetryAfter) return void setTimeout(done, after * 1000);
            } else fail(`${status} ${body}`);
            done();
          });
        },
      );
      r.on('error', (e) => (fail(e.message), done()));
      if (req.body) r.write(req.body);
      r.end();
    });
  const client = async () => {
    while (performance.now() < end) await once();
  };
  await Promise.all(Array.from({ length: o.connections }, client));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const summary = (times: number[]): Outcomes => {
    const sorted = times.sort((a, b) => a - b);
    return { count: sorted.length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
  };
  return {
    connections: o.connections,
    seconds: Math.round(seconds * 100) / 100,
    answersPerSecond: Math.round((answers.length / seconds) * 10) / 10,
    answers: summary(answers),
    refusals: summary(refusals),
    failures,
    retryAfter: { min: refusals.length ? retryAfter.min : 0, max: retryAfter.max },
    firstFailure,
  };
}
