/**
 * Limits on every GraphQL operation, checked before any resolver (and so before any Cypher) runs:
 * tokens (at parse), depth, aliases and directives (at validation, graphql-armor), and cost with
 * list sizes (src/server/limits/operation-cost.ts, at execution start, when variables are known).
 * Each refusal is a GraphQLError with its own `extensions.code` and HTTP status 400.
 */
import { GraphQLError, NoSchemaIntrospectionCustomRule, type DocumentNode, type GraphQLSchema, type ValidationContext } from 'graphql';
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

/**
 * operationCost, kept per schema, document, operation and variables: a client asks the same
 * document with the same variables again and again, and walking it (every argument's value
 * read from the AST) cost 15–120 µs of CPU a request (bench/results/request-cost-s21.md).
 * The document is yoga's parsed one, the same object for the same text (its parse cache); at most
 * COSTS_PER_DOCUMENT variable sets are kept per document, and variables over
 * COST_KEY_CHARS characters of JSON are not kept (measured every time).
 */
const COSTS_PER_DOCUMENT = 64;
const COST_KEY_CHARS = 1000;
const costs = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
function cachedOperationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>, operationName?: string | null): number {
  let key: string;
  try {
    key = `${operationName ?? ''}\n${JSON.stringify(variables)}`;
  } catch {
    return operationCost(schema, document, variables, operationName); // not JSON (a BigInt from an in-process caller)
  }
  if (key.length > COST_KEY_CHARS) return operationCost(schema, document, variables, operationName);
  let bySchema = costs.get(schema);
  if (!bySchema) costs.set(schema, (bySchema = new WeakMap()));
  let byVariables = bySchema.get(document);
  if (!byVariables) bySchema.set(document, (byVariables = new Map()));
  let cost = byVariables.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, variables, operationName);
    if (byVariables.size >= COSTS_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
    byVariables.set(key, cost);
  }
  return cost;
}

export function useQueryLimits(limits: QueryLimits, opts: { introspection: boolean; suggestions: boolean }): Plugin[] {
  const plugins: Plugin[] = [
    maxTokensPlugin({ n: limits.maxTokens, onReject: coded('TOO_MANY_TOKENS') }) as Plugin,
    maxDepthPlugin({ n: limits.maxDepth, onReject: coded('QUERY_TOO_DEEP'), flattenFragments: true }) as Plugin,
    maxAliasesPlugin({ n: limits.maxAliases, onReject: coded('TOO_MANY_ALIASES') }) as Plugin,
    maxDirectivesPlugin({ n: limits.maxDirectives, onReject: coded('TOO_MANY_DIRECTIVES') }) as Plugin,
    {
      onExecute({ args, setResultAndStopExecution }) {
        const cost = cachedOperationCost(args.schema, args.document, (args.variableValues ?? {}) as Record<string, unknown>, args.operationName);
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
