/**
 * The diplograph servers bench:observability compares (and bench/profile-observability.ts
 * profiles): as bench/api.ts runs it, with /metrics, with /metrics and traces. `env` is the value
 * of BENCH_OBSERVABILITY that the benchmark's diplograph peer reads (bench/peers/).
 */
export const VARIANTS = [
  { key: 'off', env: null },
  { key: 'metrics', env: 'metrics' },
  { key: 'both', env: '1' },
] as const;

export type Variant = (typeof VARIANTS)[number]['key'];
