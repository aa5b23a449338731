/**
 * `x-diplograph-explain: 1` (outside production): the response's `extensions.explain` lists every
 * Cypher statement the request ran, with its parameters, mode, row count and time, so an analyst
 * can paste them into cypher-shell. Statements are collected by the per-request context.
 *
 * @example
 *   curl -H 'x-diplograph-explain: 1' -d '{"query":"{ leader(name:\"Biden\") { name } }"}' …/graphql
 *   // { data: …, extensions: { explain: { statements: [{ cypher, params, mode, rows, ms }], totalMs } } }
 */
import type { Plugin } from 'graphql-yoga';
import type { StatementEvent } from '../graph/graph-store.js';

export interface ExplainContext {
  explain?: StatementEvent[];
}

/** True when the request asks for the explain extension. */
export function wantsExplain(request: Request): boolean {
  return ['1', 'true', 'yes'].includes((request.headers.get('x-diplograph-explain') ?? '').toLowerCase());
}

export function useExplain(): Plugin<ExplainContext> {
  return {
    onExecute({ args }) {
      const statements = args.contextValue.explain;
      if (!statements) return;
      return {
        onExecuteDone({ result, setResult }) {
          if (!('data' in result || 'errors' in result)) return; // streamed results carry no extensions
          const totalMs = statements.reduce((n, s) => n + s.ms, 0);
          setResult({
            ...result,
            extensions: {
              ...(result.extensions ?? {}),
              explain: {
                statements: statements.map(({ cypher, params, mode, rows, ms }) => ({ cypher, params, mode, rows, ms: Math.round(ms * 100) / 100 })),
                totalMs: Math.round(totalMs * 100) / 100,
              },
            },
          });
        },
      };
    },
  };
}
