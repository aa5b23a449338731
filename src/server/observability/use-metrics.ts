/**
 * `GET /metrics` in Prometheus text format (@graphql-yoga/plugin-prometheus) over the server's own
 * registry: GraphQL requests, their durations and errors per operation (yoga's and envelop's
 * metrics, with operation names bounded: graphql-metrics.ts), beside the Neo4j, pool and ingest
 * metrics of create-metrics.ts in the same registry.
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
import { graphqlMetrics } from './graphql-metrics.js';
import { createOperationLabel } from './operation-label.js';
import { useHttpDuration } from './use-http-duration.js';

export interface MetricsEndpointOptions {
  registry: Registry;
  /** API keys accepted as bearer tokens; checked only when `requireToken`. */
  apiKeys: string[];
  requireToken: boolean;
  endpoint?: string;
  /** Operation names always labelled by (trusted documents'); other names are bounded (operation-label.ts). */
  trustedOperations?: string[];
}

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
  const label = createOperationLabel(['Anonymous', ...(o.trustedOperations ?? [])]);
  const prometheus = usePrometheus({
    endpoint,
    registry: o.registry,
    metrics: {
      // Requests, their durations and errors: labelled with bounded operation names.
      ...graphqlMetrics(o.registry, label),
      // HTTP durations: the same metric, recorded by a plugin of our own (use-http-duration.ts).
      graphql_yoga_http_duration: false,
      // Off: a summary computes quantiles on every observation (the histograms above give them at
      // query time), the execute and subscribe phases time what request_duration times, and the
      // other per-phase and deprecated-field metrics walk each document again.
      graphql_envelop_request_time_summary: false,
      graphql_envelop_phase_parse: false,
      graphql_envelop_phase_validate: false,
      graphql_envelop_phase_context: false,
      graphql_envelop_phase_execute: false,
      graphql_envelop_phase_subscribe: false,
      graphql_envelop_deprecated_field: false,
      graphql_envelop_schema_change: false,
    },
  });
  return [guard, prometheus, useHttpDuration(o.registry, label)];
}
