/**
 * The GraphQL metrics of /metrics, under the names and labels @graphql-yoga/plugin-prometheus
 * gives them (dashboards written for yoga services read them as they are), recorded with one
 * small state per request: operations executed, their duration, their errors by phase, and the
 * HTTP duration of each GraphQL request by status.
 *
 * Why not the plugin's own hooks: they cost more than the issue allows (issue 20: metrics and
 * traces within 5 % of p50 on a 2.7 ms question). The plugin builds its label parameters anew in
 * every phase, filters its handler lists per request, spreads the server context into a new
 * object for each response and keeps three maps per request; all of it per request, measured at
 * several times what this module does. The plugin still serves the endpoint (use-metrics.ts).
 *
 * Operation names are bounded by `label` (operation-label.ts); errors carry no `path` label (its
 * keys are the client's aliases). A live event is not an operation of its own here: it runs with
 * a context of its own (use-event-execution.ts) and is left out, as the plugin left it out.
 *
 * @example
 *   createYoga({ plugins: [useOperationMetrics(registry, createOperationLabel(['Leader']))] });
 *   // graphql_envelop_request{operationType="query",operationName="Leader"} 1
 */
import { getOperationAST } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Counter, Histogram, type Registry } from 'prom-client';

type Label = (name: string | undefined) => string | undefined;
interface OperationLabels {
  operationName: string;
  operationType: string;
}
/** One HTTP request: when it arrived, and once parsed, its operation's labels. */
interface RequestState {
  started: number;
  labels?: OperationLabels;
}

const seconds = (since: number) => (performance.now() - since) / 1000;

export function useOperationMetrics(registry: Registry, label: Label): Plugin<{ request: Request }> {
  const registers = [registry];
  const labelNames = ['operationType', 'operationName'] as const;
  const requests = new Counter({ name: 'graphql_envelop_request', help: 'Counts the amount of GraphQL requests executed through Envelop', labelNames, registers });
  const durations = new Histogram({ name: 'graphql_envelop_request_duration', help: 'Time spent on running the GraphQL operation from parse to execute', labelNames, registers });
  const errors = new Counter({ name: 'graphql_envelop_error_result', help: 'Counts the amount of errors reported from all phases', labelNames: [...labelNames, 'phase'] as const, registers });
  const http = new Histogram({ name: 'graphql_yoga_http_duration', help: 'Time spent on HTTP connection', labelNames: [...labelNames, 'method', 'statusCode'] as const, registers });
  // Neither map's values hold on to anything of the request: a Request may outlive its answer
  // (a keep-alive socket), and a context that lived as long would take its loaders' caches along.
  const states = new WeakMap<Request, RequestState>();
  /** The labels of an operation's own context; none for a live event's (or a request never parsed). */
  const operations = new WeakMap<object, OperationLabels>();
  /** Counts an operation's result: executed once, with its errors. */
  const record = (labels: OperationLabels, started: number, result: { errors?: readonly unknown[] }) => {
    requests.inc(labels);
    durations.observe(labels, seconds(started));
    if (result.errors?.length) errors.inc({ ...labels, phase: 'execute' }, result.errors.length);
  };
  const onResult = (labels: OperationLabels, started: number, result: unknown) => {
    // A subscription's events come later: each counts its errors, the subscription counts once when it ends.
    if (!isAsyncIterable(result)) return void record(labels, started, result as { errors?: readonly unknown[] });
    return {
      onNext: ({ result: event }: { result: { errors?: readonly unknown[] } }) => void (event.errors?.length && errors.inc({ ...labels, phase: 'execute' }, event.errors.length)),
      onEnd: () => void record(labels, started, {}),
    };
  };
  return {
    onPluginInit({ registerContextErrorHandler }) {
      registerContextErrorHandler(({ context }) => {
        errors.inc({ ...operations.get(context), phase: 'context' });
      });
    },
    onRequest({ request }) {
      states.set(request, { started: performance.now() });
    },
    onParse({ context }) {
      return ({ result }) => {
        const state = context.request && states.get(context.request);
        if (!state) return;
        if (result instanceof Error) return void errors.inc({ phase: 'parse' });
        const operation = getOperationAST(result, (context as { params?: { operationName?: string } }).params?.operationName);
        state.labels = { operationName: label(operation?.name?.value ?? 'Anonymous') ?? 'Anonymous', operationType: operation?.operation ?? 'unknown' };
        operations.set(context, state.labels);
      };
    },
    onValidate({ context }) {
      const labels = operations.get(context);
      if (!labels) return;
      return ({ valid }) => void (valid || errors.inc({ ...labels, phase: 'validate' }));
    },
    onExecute({ args }) {
      const labels = operations.get(args.contextValue);
      if (!labels) return;
      const started = performance.now();
      return { onExecuteDone: ({ result }) => onResult(labels, started, result) };
    },
    onSubscribe({ args }) {
      const labels = operations.get(args.contextValue);
      if (!labels) return;
      const started = performance.now();
      return {
        onSubscribeResult: ({ result }) => onResult(labels, started, result),
        onSubscribeError: () => void errors.inc({ ...labels, phase: 'subscribe' }),
      };
    },
    onResponse({ request, response }) {
      const state = states.get(request);
      if (state?.labels) http.observe({ ...state.labels, method: request.method, statusCode: response.status }, seconds(state.started));
    },
  };
}
