/**
 * Builds the HTTP app (graphql-yoga) and never listens: `main.ts` listens, tests call
 * `app.fetch` in memory. GraphiQL is on in development only; in production unexpected errors
 * are masked (the message is replaced and the error logged with its context).
 *
 * @example
 *   const app = createServer({ store, logger, production: false });
 *   const res = await app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
 */
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { GraphStore } from '../graph/graph-store.js';
import { buildSchema } from '../graphql/build-schema.js';
import { createContext, createLoaders, type GraphqlContext } from '../graphql/create-context.js';
import type { Logger } from '../logger.js';
import type { IngestService } from '../ingest/ingest-service.js';
import type { ExtractFn } from '../graphql/ingest-types.js';
import { useHealthCheck } from './use-health-check.js';
import { useWebApp } from './use-web-app.js';
import { useArgumentNames } from '../graphql/use-argument-names.js';
import { useExplain, wantsExplain, type ExplainContext } from './use-explain.js';
import { useErrorLogging } from './use-error-logging.js';
import type { StatementEvent, StatementObserver } from '../graph/graph-store.js';
import { useBearerAuth } from './use-bearer-auth.js';
import { useBodyLimit } from './limits/use-body-limit.js';
import { useQueryLimits } from './limits/use-query-limits.js';
import { loadConfig, type Config } from '../config/env.js';
import { createAdmissionGate, type AdmissionGate } from './admission/admission-gate.js';
import { useAdmission } from './admission/use-admission.js';
import type { HeavyField } from './admission/heavy-fields.js';
import { logArgs } from './log-args.js';
import { useClientErrors } from './use-client-errors.js';
import type { Observability } from './observability/create-observability.js';
import { useTrustedDocuments } from './use-trusted-documents.js';
import type { LiveBus, LiveContext } from '../graphql/subscriptions/live-events.js';
import { useEventExecution } from './live/use-event-execution.js';
import { useCompiledExecution } from './use-compiled-execution.js';

export interface ServerDeps {
  store: GraphStore;
  logger: Logger;
  production: boolean;
  ingest?: IngestService;
  /** Extraction for `extractArticle` previews; default: on the calling thread (src/ingest/extract-article.ts). */
  extract?: ExtractFn;
  /** Defaults: the configuration's defaults for the given mode. */
  security?: Config['security'];
  limits?: Config['limits'];
  /** The admission queue for heavy questions: its options, or a gate shared with others (tests). */
  admission?: Config['admission'] | AdmissionGate;
  /** The fields whose operations take an admission slot; default HEAVY_FIELDS (admission/heavy-fields.ts). */
  heavyFields?: readonly HeavyField[];
  /** Sees every statement any request runs (statement counting in tests and benchmarks). */
  onStatement?: StatementObserver;
  /** `/metrics` and traces (src/server/observability/create-observability.ts); put its onStatement on `store` too (metrics), each request's statements reach its traces here. */
  observability?: Observability;
  /** The bus `contactAdded` and `articleIngested` subscribe to (src/server/live/create-live-bus.ts); without one they fail with LIVE_UNAVAILABLE. */
  live?: LiveBus;
  /** 'compiled' (default): queries run compiled by graphql-jit (use-compiled-execution.ts); 'graphql-js' runs them interpreted (comparisons in tests and benchmarks). */
  executor?: 'compiled' | 'graphql-js';
}

/** Documents whose compiled queries are kept: far more than the shapes a client app sends, few enough to bound memory. */
const COMPILED_DOCUMENTS = 1000;

export type DiplographServer = YogaServerInstance<Record<string, unknown>, GraphqlContext & ExplainContext & LiveContext>;

export function createServer(deps: ServerDeps): DiplographServer {
  const schema = buildSchema();
  const defaults = loadConfig({ NODE_ENV: deps.production ? 'production' : 'development' });
  const security = deps.security ?? defaults.security;
  const limits = deps.limits ?? defaults.limits;
  const admission = deps.admission ?? defaults.admission;
  const gate = 'enter' in admission ? admission : createAdmissionGate(admission);
  return createYoga<Record<string, unknown>, GraphqlContext & ExplainContext & LiveContext>({
    schema,
    graphqlEndpoint: '/graphql',
    // yoga's own check only says the process is up: keep it as liveness; /health checks Neo4j.
    healthCheckEndpoint: '/live',
    landingPage: false,
    graphiql: security.graphiql ? { title: 'diplograph', defaultQuery: GRAPHIQL_QUERY } : false,
    // GraphiQL's page with its scripts inlined from node_modules: it works with no internet (yoga's default loads them from a CDN).
    renderGraphiQL,
    cors: security.corsOrigins ? { origin: security.corsOrigins, credentials: false, methods: ['GET', 'POST'] } : false,
    maskedErrors: { isDev: !deps.production },
    // Off: use-body-limit.ts keeps the same limit and measures only bodies without a Content-Length
    // (chunked) as they stream in; yoga's piped every body through a TransformStream.
    maxRequestBodySize: false,
    // yoga logs (message, …details) or (error); pino wants (object, message): see log-args.ts.
    // yoga logs three debug lines per request: with debug off, no arguments are turned into pino's.
    logging: {
      debug: (...args) => {
        if (deps.logger.isLevelEnabled('debug')) deps.logger.debug(...logArgs(args));
      },
      info: (...args) => deps.logger.info(...logArgs(args)),
      warn: (...args) => deps.logger.warn(...logArgs(args)),
      error: (...args) => deps.logger.error(...logArgs(args)),
    },
    context: ({ request }) => {
      const explain = !deps.production && wantsExplain(request) ? ([] as StatementEvent[]) : undefined;
      const traced = deps.observability?.requestObserver(request);
      const onStatement = (event: StatementEvent) => {
        explain?.push(event);
        deps.onStatement?.(event);
        traced?.(event);
      };
      const view = deps.store.observed(onStatement);
      // The writer's statements run on the process's store: traces reach them through the call.
      const ingest = deps.ingest && deps.observability ? deps.observability.requestIngest(request, deps.ingest) : deps.ingest;
      // A live event needs new loaders only, over the same view (use-event-execution.ts).
      return { ...createContext({ store: view, ingest, extract: deps.extract }), explain, live: deps.live, renewLoaders: () => createLoaders(view) };
    },
    plugins: [
      // Before any plugin that wraps subscribe: each live event then runs through every onExecute below.
      useEventExecution(),
      // Before every plugin that wraps execution (tracing keeps its context around it); live events stay on graphql-js.
      ...(deps.executor === 'graphql-js'
        ? []
        : [
            useCompiledExecution({
              maxDocuments: COMPILED_DOCUMENTS,
              onCompile: (operationName) => deps.logger.debug({ operationName }, 'query compiled'),
              onCompileError: (operationName, reason) => deps.logger.warn({ operationName, reason }, 'graphql-jit cannot compile this query: it runs on graphql-js'),
            }),
          ]),
      // /metrics answers before the web app's routes, and the operation span covers every check below.
      ...(deps.observability?.plugins ?? []),
      useHealthCheck(() => deps.store.ping()),
      useWebApp(),
      useArgumentNames(),
      useExplain(),
      useErrorLogging(deps.logger),
      useClientErrors(deps.production),
      // Sets no parser, wraps the one chosen: after yoga's parsers (and no plugin here sets one).
      useBodyLimit(limits.maxBodyBytes),
      useTrustedDocuments({ only: security.trustedDocumentsOnly }),
      ...useQueryLimits(limits, { introspection: security.introspection, suggestions: !deps.production }),
      useBearerAuth({ apiKeys: security.apiKeys, queriesRequireToken: security.queriesRequireToken, production: deps.production }),
      // Last: only an operation every check above let through may take a slot.
      useAdmission(gate, deps.heavyFields),
    ],
  });
}

const GRAPHIQL_QUERY = `# Who did Zelenskyy speak with, and on whose word?
{
  leader(name: "Zelenskyy") {
    name
    title
    country { code name }
    calls(first: 10) {
      totalCount
      edges {
        node {
          date
          medium
          topics
          participants { name }
          sources { article { url publishedOn } quote }
        }
      }
    }
  }
}
`;
