/**
 * The OpenTelemetry part of the configuration (env.ts): the standard OTEL_* variables, read as
 * the OpenTelemetry SDKs read them.
 *
 * @example
 *   otlpTraces({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SERVICE_NAME: 'diplograph', OTEL_TRACES_SAMPLER: 'parentbased_always_on', OTEL_TRACES_SAMPLER_ARG: 1 })?.url; // 'http://collector:4318/v1/traces'
 */
import { z } from 'zod';

/** The OpenTelemetry SDK's samplers (OTEL_TRACES_SAMPLER), as src/server/observability/create-sampler.ts builds them. */
export const samplerName = z.enum(['always_on', 'always_off', 'traceidratio', 'parentbased_always_on', 'parentbased_always_off', 'parentbased_traceidratio']);
export type SamplerName = z.infer<typeof samplerName>;

/** Where OTLP traces go: the traces endpoint as given, else the base endpoint + /v1/traces (the OTLP spec's rule). */
export function otlpTraces(env: {
  OTEL_EXPORTER_OTLP_ENDPOINT?: string;
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT?: string;
  OTEL_EXPORTER_OTLP_HEADERS?: string;
  OTEL_SERVICE_NAME: string;
  OTEL_TRACES_SAMPLER: SamplerName;
  OTEL_TRACES_SAMPLER_ARG: number;
}): { url: string; headers: Record<string, string>; serviceName: string; sampler: { name: SamplerName; ratio: number } } | null {
  const base = env.OTEL_EXPORTER_OTLP_ENDPOINT?.replace(/\/+$/, '');
  const url = env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base ? `${base}/v1/traces` : null);
  if (!url) return null;
  const headers = Object.fromEntries(
    (env.OTEL_EXPORTER_OTLP_HEADERS ?? '')
      .split(',')
      .filter((pair) => pair.includes('='))
      .map((pair) => {
        const at = pair.indexOf('=');
        return [decodeURIComponent(pair.slice(0, at).trim()), decodeURIComponent(pair.slice(at + 1).trim())];
      }),
  );
  return { url, headers, serviceName: env.OTEL_SERVICE_NAME, sampler: { name: env.OTEL_TRACES_SAMPLER, ratio: env.OTEL_TRACES_SAMPLER_ARG } };
}

