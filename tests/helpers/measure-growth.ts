/**
 * How an extraction's time grows with its input: each stage timed on texts of doubling sizes (best
 * of a few runs, so a garbage collection or a busy neighbour does not count), and the growth per
 * doubling fitted over all sizes (least squares on log time against log size): ~2 is linear, ~4
 * quadratic. A ratio, not a timed threshold, so it holds on a slow machine as on a fast one.
 *
 * @example
 *   growthPerDoubling((n) => adversarialText('abbreviations', n), [20_000, 40_000, 80_000]).total // ≈ 2
 */
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { STAGES } from '../../src/extraction/pipeline.js';
import { readHeader } from '../../src/extraction/read-header.js';
import { buildDocument } from '../../src/extraction/build-document.js';

export interface Growth {
  /** Growth of the whole extraction per doubling of the input. */
  total: number;
  /** Milliseconds of the whole extraction at each size (best run). */
  ms: number[];
  /** Per stage: growth per doubling and milliseconds at the largest size. */
  stages: Array<{ name: string; growth: number; ms: number }>;
}

/** Times every stage once; `header` and `document` are the steps around the STAGES list. */
function timeStages(text: string): Record<string, number> {
  const gazetteer = loadGazetteer();
  const times: Record<string, number> = {};
  let t = performance.now();
  let article = readHeader(text, { publishedOn: '2022-03-02' });
  times.header = performance.now() - t;
  for (const stage of STAGES) {
    t = performance.now();
    article = stage.run(article, gazetteer);
    times[stage.name] = performance.now() - t;
  }
  t = performance.now();
  buildDocument(article, gazetteer);
  times.document = performance.now() - t;
  return times;
}

const sum = (times: Record<string, number>) => Object.values(times).reduce((a, b) => a + b, 0);

/** Times below this are mostly timer, JIT and garbage-collector noise, and count as this much. */
const NOISE_FLOOR_MS = 10;

/** 2^slope of log2(ms) against log2(size). */
function fit(sizes: number[], ms: number[]): number {
  const xs = sizes.map(Math.log2);
  const ys = ms.map((m) => Math.log2(Math.max(NOISE_FLOOR_MS, m)));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  const slope = xs.reduce((a, x, i) => a + (x - mx) * (ys[i] - my), 0) / xs.reduce((a, x) => a + (x - mx) ** 2, 0);
  return 2 ** slope;
}

export function growthPerDoubling(text: (size: number) => string, sizes: number[], runs = 3): Growth {
  const best = sizes.map((size) => {
    const input = text(size);
    let fastest: Record<string, number> | null = null;
    for (let r = 0; r < runs; r++) {
      const times = timeStages(input);
      if (!fastest || sum(times) < sum(fastest)) fastest = times;
    }
    return fastest!;
  });
  const names = Object.keys(best[0]);
  return {
    total: fit(sizes, best.map(sum)),
    ms: best.map((b) => Math.round(sum(b))),
    stages: names.map((name) => ({ name, growth: fit(sizes, best.map((b) => b[name])), ms: Math.round(best[best.length - 1][name]) })),
  };
}
