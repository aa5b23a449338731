/**
 * An operation whose request carries a W3C `traceparent` (and `tracestate`) header continues the
 * caller's trace: its span becomes the child of the caller's, and the parent-based samplers follow
 * the caller's decision. Must come before @envelop/opentelemetry, which starts the operation's span
 * under the context recorded here.
 *
 * @example
 *   curl -H 'traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' -d '{"query":"{ __typename }"}' …/graphql
 *   // the operation span: trace 4bf92f35…, parent 00f067aa…
 */
import { ROOT_CONTEXT, type TextMapGetter } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { setCurrentOtelContext } from '@envelop/opentelemetry';
import type { Plugin } from 'graphql-yoga';

const propagator = new W3CTraceContextPropagator();
const headers: TextMapGetter<Headers> = {
  keys: (carrier) => [...carrier.keys()],
  get: (carrier, key) => carrier.get(key) ?? undefined,
};

export function useTraceParent(): Plugin<{ request: Request }> {
  const adopt = (contextValue: { request: Request }) => {
    // Most requests carry none: they start a trace of their own, as without this plugin.
    if (!contextValue.request.headers.has('traceparent')) return;
    setCurrentOtelContext(contextValue, propagator.extract(ROOT_CONTEXT, contextValue.request.headers, headers));
  };
  return {
    onExecute: ({ args }) => adopt(args.contextValue),
    onSubscribe: ({ args }) => adopt(args.contextValue),
  };
}
