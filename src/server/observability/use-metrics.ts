/**
 * `GET /metrics` in Prometheus text format (@graphql-yoga/plugin-prometheus) over the server's own
 * registry: GraphQL requests, their durations and errors per operation (under yoga's and envelop's
 * names, with operation names bounded, recorded by use-operation-metrics.ts), beside the Neo4j,
 * pool and ingest metrics of create-metrics.ts in the same registry.
 *
 * Access follows the queries: when QUERIES_REQUIRE_TOKEN is on, /metrics needs one of the API
 * keys as a bearer token too (operation names and traffic are as private as the queries); when
 * queries are open, so are the metrics, like /health. Prometheus sends a token with
 * `authorization: { credentials: … }` in its scrape config.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Plugin } from 'graphql-yoga';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Registry } from 'prom-client';
import { createOperationLabel } from './operation-label.js';
import { useOperationMetrics } from './use-operation-metrics.js';

export interface MetricsEndpointOptions {
  registry: Registry;
  /** API keys accepted as bearer tokens; checked only when `requireToken`. */
  apiKeys: string[];
  requireToken: boolean;
  endpoint?: string;
  /** Operation names always labelled by (trusted documents'); other names are bounded (operation-label.ts). */
  trustedOperations?: string[];
}

/** Every metric @graphql-yoga/plugin-prometheus can record by itself. */
const PLUGIN_METRICS = [
  'graphql_envelop_request',
  'graphql_envelop_request_duration',
  'graphql_envelop_request_time_summary',
  'graphql_envelop_error_result',
  'graphql_envelop_phase_parse',
  'graphql_envelop_phase_validate',
  'graphql_envelop_phase_context',
  'graphql_envelop_phase_execute',
  'graphql_envelop_phase_subscribe',
  'graphql_envelop_execute_resolver',
  'graphql_envelop_deprecated_field',
  'graphql_envelop_schema_change',
  'graphql_yoga_http_duration',
] as const;

const digest = (s: string) => createHash('sha256').update(s).digest();

export function useMetrics(o: MetricsEndpointOptions): Plugin[] {
  const endpoint = o.endpoint ?? '/metrics';
  const keys = o.apiKeys.map(digest);
  const allowed = (request: Request) => {
    const token = /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    return token !== undefined && keys.some((k) => timingSafeEqual(k, digest(token)));
  };
  const guard: Plugin = {
    onRequest({ request, url, fetchAPI, endResponse }) {
      if (url.pathname !== endpoint) return;
      if (request.method !== 'GET') {
        endResponse(new fetchAPI.Response(null, { status: 405, headers: { allow: 'GET' } }));
      } else if (o.requireToken && !allowed(request)) {
        endResponse(new fetchAPI.Response('this service needs a valid bearer token (Authorization: Bearer <API key>)\n', { status: 401, headers: { 'www-authenticate': 'Bearer' } }));
      }
    },
  };
  // The plugin serves the endpoint; its own per-request metrics are all off: use-operation-metrics.ts
  // records the same ones for less (and a summary would compute quantiles on every observation,
  // the phase histograms time again what request_duration times, the deprecated-field counter
  // walks each document again).
  const prometheus = usePrometheus({
    endpoint,
    registry: o.registry,
    metrics: Object.fromEntries(PLUGIN_METRICS.map((name) => [name, false])),
  });
  const operations = useOperationMetrics(o.registry, createOperationLabel(['Anonymous', ...(o.trustedOperations ?? [])]));
  return [guard, prometheus, operations as Plugin];
}
