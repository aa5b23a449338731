/**
 * Each live event is executed as an operation of its own, as a query is:
 * - with a new set of DataLoaders (LiveContext.renewLoaders): a subscription lives for hours, and
 *   the loaders of the request that opened it would serve what they cached then — a participant
 *   renamed since would keep its old name, and every event would grow their caches;
 * - through yoga's execute, so every onExecute plugin sees it: admission for heavy fields, the
 *   cost limit, the logging of retryable faults, error masking, and a trace span per event.
 * graphql-js 16's `subscribe` executes every event with the subscription's context and its own
 * `execute`, past all of that; this is its mapSourceToResponse with those two differences (what
 * graphql-js 17 calls a per-event executor).
 *
 * @example
 *   createYoga({ plugins: [useEventExecution(), …], context: () => ({ …, renewLoaders: () => createLoaders(view) }) });
 */
import { createSourceEventStream, execute } from 'graphql';
import { isAsyncIterable, mapAsyncIterator, type Plugin, type YogaServerInstance } from 'graphql-yoga';
import type { GraphqlContext } from '../../graphql/create-context.js';
import type { LiveContext } from '../../graphql/subscriptions/live-events.js';

type Context = GraphqlContext & LiveContext;

export function useEventExecution(): Plugin<Context> {
  let yoga: YogaServerInstance<Record<string, unknown>, Context> | null = null;
  /** The contexts of live events being executed. */
  const events = new WeakSet<object>();
  return {
    onYogaInit(init) {
      yoga = init.yoga as typeof yoga;
    },
    onSubscribe({ setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const stream = await createSourceEventStream(args);
        // Refused at subscribe time (a bad filter, no live bus): that result is the answer.
        if (!isAsyncIterable(stream)) return stream;
        return mapAsyncIterator(stream, (payload) => {
          const source = args.contextValue as Context;
          const contextValue = { ...source, loaders: source.renewLoaders() };
          events.add(contextValue);
          return yoga!.getEnveloped(contextValue).execute({ ...args, rootValue: payload, contextValue });
        });
      });
    },
    onExecute({ args, setExecuteFn }) {
      // yoga's executor would subscribe anew to a subscription document; an event executes its
      // selection once, over the payload (graphql-js runs a subscription operation's fields so).
      if (events.has(args.contextValue)) setExecuteFn(execute);
    },
  };
}
