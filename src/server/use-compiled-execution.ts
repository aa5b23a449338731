/**
 * Queries run compiled (graphql-jit): each query operation is compiled once, the second time it is
 * asked (see Compiled), into a function that resolves its fields without graphql-js's per-field
 * interpretation (12–43 % less CPU on large answers, little on small ones: bench/results/jit-S.md).
 * What stays on the executor yoga had chosen:
 * - mutations (serial writes, few, and nothing to gain) and subscriptions, whose live events are
 *   executed by use-event-execution.ts — a subscription document must never be compiled and
 *   subscribed anew per event;
 * - a query graphql-jit cannot compile (it says why once in the log);
 * - a query whose compiled answer would differ from that executor's (interpretedDiffers, below).
 * Compiled queries live in an LRU of `maxDocuments` documents, so a client sending endless
 * distinct documents cannot grow memory; it is keyed by the parsed document, which yoga's parse
 * cache hands out the same for the same text. Place it before every plugin that wraps execution
 * (tracing keeps its span context around this executor) and after use-event-execution.ts.
 * Errors come out as graphql-js makes them (graphql-js-errors.ts).
 *
 * @example
 *   createYoga({ plugins: [useEventExecution(), useCompiledExecution({ maxDocuments: 1000 }), …] });
 */
import { getOperationAST, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { isPromise, type Plugin } from 'graphql-yoga';
import { graphqlJsErrors } from './graphql-js-errors.js';

export interface CompiledExecutionOptions {
  /** How many documents keep their compiled operations (least recently used go first). */
  maxDocuments: number;
  /** Told of each query compiled (a document the LRU let go is compiled again when it comes back twice). */
  onCompile?: (operationName: string | undefined) => void;
  /** Told once per document and operation that graphql-jit could not compile. */
  onCompileError?: (operationName: string | undefined, reason: unknown) => void;
}

/**
 * A document's operations by name ('' for the only one): compiled, null to stay on yoga's executor,
 * or SEEN once: compiling costs about as much CPU as validating (0.1–1.2 ms for the benchmark's
 * queries), so a document sent once (an ad hoc query, or a client sending endless distinct ones)
 * is not compiled; the second time it is.
 */
type Compiled = Map<string, CompiledQuery | null | typeof SEEN>;
const SEEN = Symbol('seen once');

export function useCompiledExecution({ maxDocuments, onCompile, onCompileError }: CompiledExecutionOptions): Plugin {
  if (!Number.isInteger(maxDocuments) || maxDocuments < 1) throw new Error(`useCompiledExecution: maxDocuments must be a positive integer, got ${maxDocuments}`);
  const cache = new LRUCache<DocumentNode, Compiled>({ max: maxDocuments });
  let cachedSchema: GraphQLSchema | undefined;

  function compiledFor(args: ExecutionArgs): CompiledQuery | null {
    // A new schema (yoga can swap it) makes every compiled query stale.
    if (args.schema !== cachedSchema) (cache.clear(), (cachedSchema = args.schema));
    let operations = cache.get(args.document);
    if (!operations) cache.set(args.document, (operations = new Map()));
    const name = args.operationName ?? '';
    const entry = operations.get(name);
    if (entry === undefined) {
      operations.set(name, SEEN);
      return null;
    }
    if (entry !== SEEN) return entry;
    const compiled = compile(args);
    operations.set(name, compiled);
    return compiled;
  }

  function compile(args: ExecutionArgs): CompiledQuery | null {
    const operation = getOperationAST(args.document, args.operationName);
    if (operation?.operation !== 'query') return null;
    const name = operation.name?.value;
    try {
      const compiled = compileQuery(args.schema, args.document, args.operationName ?? undefined);
      if (isCompiledQuery(compiled)) return (onCompile?.(name), compiled);
      onCompileError?.(name, compiled.errors);
    } catch (error) {
      onCompileError?.(name, error);
    }
    return null;
  }

  return {
    onExecute({ executeFn, setExecuteFn }) {
      // The executor chosen so far (graphql-js's, or a live event's): what stays uncompiled runs on it.
      const fallback = executeFn;
      setExecuteFn((args) => {
        const compiled = compiledFor(args);
        if (!compiled) return fallback(args);
        const done = (result: ExecutionResult) => (interpretedDiffers(result) ? fallback(args) : graphqlJsErrors(result, args.document));
        const result = compiled.query(args.rootValue, args.contextValue, args.variableValues);
        return isPromise(result) ? result.then(done) : done(result);
      });
    },
  };
}

/**
 * Where graphql-jit's answer would not be yoga's executor's, the query runs again on that executor
 * (rare, and a query only reads): variables that do not coerce (no field ran; jit words the errors
 * its own way, and yoga answers the executor's with status 400), and any error jit raised itself —
 * a null for a non-null field, a value the schema's type cannot serialise, an abstract type left
 * unresolved. jit makes those without an original error, so yoga would not mask them; yoga's
 * executor (@graphql-tools/executor) raises them as plain errors, which yoga masks.
 */
function interpretedDiffers(result: ExecutionResult): boolean {
  return !('data' in result) || !!result.errors?.some((e) => !e.originalError);
}
