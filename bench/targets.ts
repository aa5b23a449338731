/**
 * The targets (issue 5, point 4) judged on a run's measurements: each one met, missed, or
 * not applicable (n/a) with what was measured, for the results file's targets table.
 *
 * @example
 *   targets(report).filter((v) => v.met === false); // what was missed
 */
import type { PeerKind } from './peers/peer-kinds.js';
import type { QueryResult, ReportInput } from './report.js';

export interface Verdict {
  target: string;
  measured: string;
  met: boolean | null;
}

export function targets(r: ReportInput): Verdict[] {
  const out: Verdict[] = [];
  const cell = (q: QueryResult, k: PeerKind) => (q.cells[k].latency ? q.cells[k] : null);
  for (const q of r.results) {
    const d = cell(q, 'diplograph');
    const n = cell(q, 'neo4j-graphql');
    const f = cell(q, 'floor');
    if (!d) {
      out.push({ target: `${q.id} measured`, measured: q.cells.diplograph.error ?? 'no result', met: null });
      continue;
    }
    if (!n) out.push({ target: `${q.id} against @neo4j/graphql`, measured: `@neo4j/graphql ${q.cells['neo4j-graphql'].error ?? 'not measured'}`, met: null });
    if (n) out.push(ratioVerdict(`${q.id} p50 ≤ 0.8× @neo4j/graphql`, d.latency!.p50, n.latency!.p50, 0.8, 'ms'));
    if (f) out.push(ratioVerdict(`${q.id} p50 ≤ 1.5× floor`, d.latency!.p50, f.latency!.p50, 1.5, 'ms'));
    // Issue 19: the contact aggregate against the statements that walk every shared call.
    const w = cell(q, 'floor-walk');
    // Issue 19: a busy leader's latest calls without sorting all of them; the floor's statement sorts them.
    if (f && q.id === 'Q1') out.push(ratioVerdict('Q1 p50 ≤ 0.5× the floor (which sorts the leader\'s calls)', d.latency!.p50, f.latency!.p50, 0.5, 'ms'));
    if (w && (q.id === 'Q3' || q.id === 'Q6')) out.push(ratioVerdict(`${q.id} p50 ≤ 0.25× the call-walking floor`, d.latency!.p50, w.latency!.p50, 0.25, 'ms'));
    if (w && q.id === 'Q6') {
      for (const [i, t] of (d.throughput ?? []).entries()) {
        const walk = w.throughput![i].requestsPerSecond;
        const ratio = walk > 0 ? t.requestsPerSecond / walk : t.requestsPerSecond > 0 ? Infinity : NaN;
        out.push({
          target: `Q6 throughput ≥ 3× the call-walking floor at ${t.connections} connections`,
          measured: `${t.requestsPerSecond} vs ${walk} req/s (${times(ratio)})`,
          met: Number.isNaN(ratio) ? null : ratio >= 3,
        });
      }
    }
    if (n) {
      for (const [i, t] of (d.throughput ?? []).entries()) {
        const peer = n.throughput![i];
        const ratio = peer.requestsPerSecond > 0 ? t.requestsPerSecond / peer.requestsPerSecond : t.requestsPerSecond > 0 ? Infinity : NaN;
        out.push({
          target: `${q.id} throughput ≥ 1.25× @neo4j/graphql at ${t.connections} connections`,
          measured: `${t.requestsPerSecond} vs ${peer.requestsPerSecond} req/s (${times(ratio)})`,
          met: Number.isNaN(ratio) ? null : ratio >= 1.25,
        });
      }
    }
    out.push({
      target: `${q.id} statements per request ≤ depth + 1 = ${q.depth + 1}`,
      measured: `${round(d.statementsPerRequest!)}`,
      met: d.statementsPerRequest! <= q.depth + 1,
    });
  }
  const page1 = r.results.find((q) => q.id === 'Q4')?.cells.diplograph.latency;
  const page50 = r.results.find((q) => q.id === 'Q4p50')?.cells.diplograph.latency;
  if (page1 && page50) out.push(ratioVerdict('Q4 page 50 p95 ≤ 1.2× page 1 p95', page50.p95, page1.p95, 1.2, 'ms'));
  const q5 = r.results.find((q) => q.id === 'Q5')?.cells.diplograph.latency;
  if (q5) out.push({ target: 'Q5 under 20 ms (p50)', measured: `p50 ${q5.p50} ms, p95 ${q5.p95} ms`, met: q5.p50 < 20 });
  const rss = Math.max(0, ...r.results.flatMap((q) => (q.cells.diplograph.throughput ?? []).map((t) => t.serverRssMb)));
  out.push({ target: 'diplograph server RSS under 300 MB under load', measured: `peak ${rss} MB`, met: rss < 300 });
  const newsSized = (r.load.factsPerArticle ?? 50) === 50 ? r.load : r.reference;
  for (const [label, l] of [['50-fact articles', newsSized], [`${r.load.factsPerArticle}-fact articles`, r.load === newsSized ? undefined : r.load]] as const) {
    if (!l) continue;
    out.push({
      target: `load rate ≥ 20,000 relationships/s (${label})`,
      measured: `${l.relationshipsPerSecond} relationships/s (${l.factsPerSecond} facts/s)`,
      met: l.relationshipsPerSecond >= 20_000,
    });
  }
  const mismatched = r.results.filter((q) => !q.sizesMatch).map((q) => q.id);
  out.push({ target: 'the three servers answer alike', measured: mismatched.length ? `differ on ${mismatched.join(', ')}` : 'same sizes on every query', met: mismatched.length === 0 });
  return out;
}

function ratioVerdict(target: string, value: number, reference: number, limit: number, unit: string): Verdict {
  const ratio = value / Math.max(reference, 1e-9);
  return { target, measured: `${value} vs ${reference} ${unit} (${ratio.toFixed(2)}×)`, met: ratio <= limit };
}


/** A ratio for the table: "∞" when only the peer answered nothing, "no answers" when neither did. */
export function times(ratio: number): string {
  return Number.isNaN(ratio) ? 'no answers from either' : ratio === Infinity ? '∞: the peer completed none' : `${ratio.toFixed(2)}×`;
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
