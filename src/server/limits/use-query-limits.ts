/**
 * Limits on every GraphQL operation, checked before any resolver (and so before any Cypher) runs:
 * tokens (at parse), depth, aliases and directives (at validation, graphql-armor), and cost with
 * list sizes (src/server/limits/operation-cost.ts, at execution start, when variables are known).
 * Each refusal is a GraphQLError with its own `extensions.code` and HTTP status 400.
 */
import { GraphQLError, NoSchemaIntrospectionCustomRule, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { maxDepthPlugin } from '@escape.tech/graphql-armor-max-depth';
import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxDirectivesPlugin } from '@escape.tech/graphql-armor-max-directives';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import { blockFieldSuggestionsPlugin } from '@escape.tech/graphql-armor-block-field-suggestions';
import { operationCost } from './operation-cost.js';

export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

/** Gives an armor rejection its code and status, so clients can tell which limit they hit. */
function coded(code: string) {
  return [
    (_ctx: ValidationContext | null, error: GraphQLError) => {
      Object.assign(error.extensions as Record<string, unknown>, { code, http: { status: 400 } });
    },
  ];
}

export function useQueryLimits(limits: QueryLimits, opts: { introspection: boolean; suggestions: boolean }): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.maxTokens, onReject: coded('TOO_MANY_TOKENS') }) as Plugin,
    maxDepthPlugin({ n: limits.maxDepth, onReject: coded('QUERY_TOO_DEEP'), flattenFragments: true }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases, onReject: coded('TOO_MANY_ALIASES') }) as Plugin,
    maxDirectivesPlugin({ n: limits.maxDirectives, onReject: coded('TOO_MANY_DIRECTIVES') }) as Plugin,
    {
      onExecute({ args, setResultAndStopExecution }) {
        const cost = operationCost(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName);
        if (cost > limits.maxCost) {
          setResultAndStopExecution({
            errors: [
              new GraphQLError(`query cost ${cost} exceeds the limit of ${limits.maxCost}; ask for smaller pages (first/last) or fewer nested lists`, {
                extensions: { code: 'COST_LIMIT_EXCEEDED', cost, maxCost: limits.maxCost, http: { status: 400 } },
              }),
            ],
          });
        }
      },
    },
  ];
  if (!opts.introspection) {
    plugins.push({ onValidate: ({ addValidationRule }) => addValidationRule(NoSchemaIntrospectionCustomRule) });
  }
  if (!opts.suggestions) plugins.push(blockFieldSuggestionsPlugin() as Plugin);
  return plugins;
}
