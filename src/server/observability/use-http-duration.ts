/**
 * `graphql_yoga_http_duration`: each GraphQL request over HTTP, from its arrival to its response,
 * labelled by operation, method and status — the metric @graphql-yoga/plugin-prometheus names,
 * with its labels and buckets, recorded by a plugin of our own. The plugin's own hooks for it
 * cost a request ~12 µs, these ~6 µs (bench/observability-request-path.ts and the notes in
 * bench/results/observability-S.notes.md; issue 20: what metrics cost a request). As the
 * plugin does, a request whose document did not parse is not observed (it has no operation), and
 * the URL is no label (it would carry GET queries).
 *
 * @example
 *   createYoga({ plugins: [useHttpDuration(registry, createOperationLabel(trustedOperationNames()))] });
 *   // graphql_yoga_http_duration_count{operationName="Leader",operationType="query",method="POST",statusCode="200"} 1
 */
import { getOperationAST, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Histogram, type Registry } from 'prom-client';

interface Operation {
  started: number;
  operationName: string;
  operationType: string;
}

export function useHttpDuration(registry: Registry, label: (name: string | undefined) => string | undefined): Plugin {
  const histogram = new Histogram({
    name: 'graphql_yoga_http_duration',
    help: 'Time spent on HTTP connection',
    labelNames: ['operationName', 'operationType', 'method', 'statusCode'] as const,
    registers: [registry],
  });
  const started = new WeakMap<Request, number>();
  const operations = new WeakMap<Request, Operation>();
  return {
    onRequest({ request }) {
      started.set(request, performance.now());
    },
    onParse() {
      return ({ result, context }) => {
        const request = (context as { request?: Request }).request;
        const start = request && started.get(request);
        // A document that did not parse (an Error as the result) has no operation to label by.
        if (start === undefined || !request || result instanceof Error || !result) return;
        const operation = getOperationAST(result as DocumentNode, (context as { params?: { operationName?: string } }).params?.operationName);
        // The plugin's defaults for an operation it cannot name, then bounded (operation-label.ts).
        operations.set(request, { started: start, operationName: label(operation?.name?.value || 'Anonymous')!, operationType: operation?.operation ?? 'unknown' });
      };
    },
    onResponse({ request, response }) {
      const operation = operations.get(request);
      if (!operation) return;
      const labels = { operationName: operation.operationName, operationType: operation.operationType, method: request.method, statusCode: response.status };
      histogram.observe(labels, (performance.now() - operation.started) / 1000);
    },
  };
}
