/**
 * The sampler OTEL_TRACES_SAMPLER names, built as the OpenTelemetry SDK builds it from the
 * environment (the configuration parses and checks the variables once, src/config/env.ts). The
 * parent-based ones follow the decision of a caller's `traceparent` (use-trace-parent.ts) and
 * apply their own only to requests without one.
 *
 * @example
 *   createSampler({ name: 'parentbased_traceidratio', ratio: 0.1 }); // one trace in ten, unless the caller decided
 */
import { AlwaysOffSampler, AlwaysOnSampler, ParentBasedSampler, TraceIdRatioBasedSampler, type Sampler } from '@opentelemetry/sdk-trace-base';
import type { SamplerName } from '../../config/otlp-traces.js';

export interface SamplerConfig {
  name: SamplerName;
  /** The share of traces kept, for the traceidratio samplers. */
  ratio: number;
}

/** The default: every operation traced, unless its caller's traceparent says it is not (the SDK's own default). */
export const DEFAULT_SAMPLER: SamplerConfig = { name: 'parentbased_always_on', ratio: 1 };

const SAMPLERS: Record<SamplerName, (ratio: number) => Sampler> = {
  always_on: () => new AlwaysOnSampler(),
  always_off: () => new AlwaysOffSampler(),
  traceidratio: (ratio) => new TraceIdRatioBasedSampler(ratio),
  parentbased_always_on: () => new ParentBasedSampler({ root: new AlwaysOnSampler() }),
  parentbased_always_off: () => new ParentBasedSampler({ root: new AlwaysOffSampler() }),
  parentbased_traceidratio: (ratio) => new ParentBasedSampler({ root: new TraceIdRatioBasedSampler(ratio) }),
};

export function createSampler(config: SamplerConfig): Sampler {
  return SAMPLERS[config.name](config.ratio);
}
