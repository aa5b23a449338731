/**
 * The GraphQL metrics /metrics serves, as @graphql-yoga/plugin-prometheus names and measures them,
 * but labelled through `operationLabel` (operation-label.ts) so that clients cannot grow the
 * number of series: the plugin's own labels take the operation name as the client sends it.
 * For the same reason errors carry no `path` label (its keys are the client's aliases). The
 * execute and subscribe phase histograms are left out: they time exactly what
 * graphql_envelop_request_duration times, at the cost of another observation per request.
 * graphql_yoga_http_duration is recorded by use-http-duration.ts (the plugin's hooks cost more).
 *
 * @example
 *   usePrometheus({ registry, metrics: graphqlMetrics(registry, createOperationLabel(trustedOperationNames())) });
 */
import { createCounter, createHistogram } from '@graphql-yoga/plugin-prometheus';
import type { Registry } from 'prom-client';

type Label = (name: string | undefined) => string | undefined;
type Labels = 'operationName' | 'operationType';
interface OperationParams {
  operationName?: string;
  operationType?: string;
  errorPhase?: string;
}

/** The operation's labels, without the ones it has no value for (a document that did not parse has no operation). */
function operationLabels(label: Label, params: OperationParams): Record<Labels, string> {
  const labels: Record<string, string> = {};
  const name = label(params.operationName);
  if (name !== undefined) labels.operationName = name;
  if (params.operationType !== undefined) labels.operationType = params.operationType;
  return labels as Record<Labels, string>;
}

export function graphqlMetrics(registry: Registry, label: Label) {
  const byOperation = (params: OperationParams) => operationLabels(label, params);
  const labelNames = ['operationType', 'operationName'] as const;
  return {
    graphql_envelop_request: createCounter<'execute' | 'subscribe', Labels, OperationParams>({
      registry,
      counter: { name: 'graphql_envelop_request', help: 'Counts the amount of GraphQL requests executed through Envelop', labelNames },
      fillLabelsFn: byOperation,
      phases: ['execute', 'subscribe'],
    }),
    graphql_envelop_request_duration: createHistogram<'execute' | 'subscribe', Labels, OperationParams>({
      registry,
      histogram: { name: 'graphql_envelop_request_duration', help: 'Time spent on running the GraphQL operation from parse to execute', labelNames },
      fillLabelsFn: byOperation,
      phases: ['execute', 'subscribe'],
    }),
    graphql_envelop_error_result: createCounter<'parse' | 'validate' | 'context' | 'execute' | 'subscribe', Labels | 'phase', OperationParams>({
      registry,
      counter: { name: 'graphql_envelop_error_result', help: 'Counts the amount of errors reported from all phases', labelNames: [...labelNames, 'phase'] as const },
      fillLabelsFn: (params) => ({ ...byOperation(params), ...(params.errorPhase ? { phase: params.errorPhase } : {}) }) as Record<Labels | 'phase', string>,
      phases: ['parse', 'validate', 'context', 'execute', 'subscribe'],
    }),
  };
}
