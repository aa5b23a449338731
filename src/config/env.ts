/**
 * Configuration, parsed once at start-up. Nothing else in the code base reads `process.env`.
 * A wrong value stops the start with every problem listed, each naming its variable.
 *
 * @example
 *   const config = loadConfig(process.env); // throws ConfigError on PORT=abc
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { otlpTraces, samplerName } from './otlp-traces.js';

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const memorySize = z
  .string()
  .regex(/^\d+[kmgKMG]?$/, 'a size such as 512m or 1g');

/** The password development uses when NEO4J_PASSWORD is unset; production refuses it. */
export const DEV_PASSWORD = 'diplograph';

export const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().min(1).default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATA_DIR: z.string().min(1).default('./data'),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'a Bolt URL such as bolt://host:7687 or neo4j+s://xxx.databases.neo4j.io')
      .optional(),
    NEO4J_USER: z.string().min(1).default('neo4j'),
    // No default here: development falls back to DEV_PASSWORD, production never does (see below).
    NEO4J_PASSWORD: z.string().min(8, 'at least 8 characters (Neo4j refuses shorter ones)').optional(),
    NEO4J_DATABASE: z.string().min(1).optional(),
    NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
    NEO4J_HEAP: memorySize.default('512m'),
    NEO4J_PAGECACHE: memorySize.default('256m'),
    /** The local Neo4j's db.transaction.timeout and the driver's per-transaction timeout. */
    NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(0).default(30_000),
    /** The local Neo4j's db.memory.transaction.max (0 for no limit). */
    NEO4J_TX_MEMORY: memorySize.default('256m'),
    /** How long a request waits for a free Bolt connection before OVERLOADED. */
    NEO4J_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(3_000),
    /** Expensive graph questions (network, path, dyad, timeline …) run at most this many at once … */
    // Two: four answered more at 50 clients (Q6b 1.5×) but a storm of depth-3 networks then held the
    // event loop long enough to lift `{ __typename }` p99 past its bound (bench/results/admission-S.md).
    HEAVY_CONCURRENCY: z.coerce.number().int().min(1).default(2),
    /** … with at most this many waiting; beyond that they are refused with OVERLOADED (HTTP 503). */
    // Room for a burst of 50 clients; a storm beyond it is refused on arrival rather than at the deadline
    // (16, as before, kept a storm's cheap p99 lower but refused most of a 50-client burst).
    HEAVY_QUEUE: z.coerce.number().int().min(0).default(64),
    /** The longest a heavy question waits for a slot: one expected to wait longer is refused at once. */
    HEAVY_QUEUE_WAIT_MS: z.coerce.number().int().min(0).default(10_000),
    SEED_ON_EMPTY: boolean.default('true'),
    API_KEYS: z
      .string()
      .transform((v) => v.split(',').map((k) => k.trim()).filter(Boolean))
      .pipe(z.array(z.string().min(16, 'each API key needs at least 16 characters')))
      .optional(),
    QUERIES_REQUIRE_TOKEN: boolean.default('false'),
    /** Only the explorer's persisted operations run (docs/operations.md, "Trusted documents"). */
    TRUSTED_DOCUMENTS_ONLY: boolean.default('false'),
    CORS_ORIGINS: z.string().transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean)).optional(),
    INTROSPECTION: boolean.optional(),
    GRAPHIQL: boolean.optional(),
    MAX_DEPTH: z.coerce.number().int().min(1).max(100).default(8),
    MAX_COST: z.coerce.number().int().min(1).default(20_000),
    MAX_ALIASES: z.coerce.number().int().min(0).default(15),
    MAX_DIRECTIVES: z.coerce.number().int().min(0).default(20),
    MAX_TOKENS: z.coerce.number().int().min(10).default(2_000),
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_048_576),
    /** Per-article extraction time budget; an article still extracting then fails with EXTRACTION_TIMEOUT. */
    EXTRACTION_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
    /** Worker threads that extract articles off the event loop (ingest through the API and the CLI). */
    EXTRACTION_THREADS: z.coerce.number().int().min(1).max(64).default(1),
    /** Live updates travel through this Redis, so every API replica's subscribers hear of every ingest; unset: in this process. */
    REDIS_URL: z.string().regex(/^rediss?:\/\/.+/, 'a Redis URL such as redis://127.0.0.1:6379').optional(),
    /** `GET /metrics` in Prometheus format (docs/operations.md, "Metrics"). */
    METRICS_ENABLED: boolean.default('true'),
    /** The standard OpenTelemetry variables: traces are exported by OTLP/HTTP only when an endpoint is set. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.string().regex(/^https?:\/\/[^/\s]+/, 'an http(s) URL such as http://collector:4318').optional(),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.string().regex(/^https?:\/\/[^/\s]+/, 'an http(s) URL such as http://collector:4318/v1/traces').optional(),
    OTEL_EXPORTER_OTLP_HEADERS: z
      .string()
      .regex(/^\s*[^=,\s]+=[^,]*(,\s*[^=,\s]+=[^,]*)*$/, 'key=value pairs separated by commas')
      .optional(),
    OTEL_SERVICE_NAME: z.string().min(1).default('diplograph'),
    /** Which operations are traced: the OpenTelemetry SDK's names (docs/operations.md, "Traces"); the default traces every one unless its caller's traceparent says not to. */
    OTEL_TRACES_SAMPLER: samplerName.default('parentbased_always_on'),
    /** The share of traces the *traceidratio samplers keep. */
    OTEL_TRACES_SAMPLER_ARG: z.coerce.number().min(0).max(1).default(1),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV !== 'production') return;
    // Neo4j Community has no roles: whoever knows a default password owns the graph.
    if (env.NEO4J_PASSWORD === DEV_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'the development default is refused in production; choose another or unset it to have one generated for the local server' });
    }
    if (env.NEO4J_URI && !env.NEO4J_PASSWORD) {
      ctx.addIssue({ code: 'custom', path: ['NEO4J_PASSWORD'], message: 'required in production with NEO4J_URI' });
    }
  })
  .transform((env) => ({
    nodeEnv: env.NODE_ENV,
    production: env.NODE_ENV === 'production',
    host: env.HOST,
    port: env.PORT,
    logLevel: env.LOG_LEVEL,
    dataDir: resolve(env.DATA_DIR),
    seedOnEmpty: env.SEED_ON_EMPTY,
    security: {
      /** Bearer tokens accepted for mutations (and for queries when queriesRequireToken). */
      apiKeys: env.API_KEYS ?? [],
      queriesRequireToken: env.QUERIES_REQUIRE_TOKEN,
      /** Requests must name a persisted operation by hash (src/server/use-trusted-documents.ts). */
      trustedDocumentsOnly: env.TRUSTED_DOCUMENTS_ONLY,
      corsOrigins: env.CORS_ORIGINS ?? null,
      introspection: env.INTROSPECTION ?? env.NODE_ENV !== 'production',
      graphiql: env.GRAPHIQL ?? env.NODE_ENV !== 'production',
    },
    limits: {
      maxDepth: env.MAX_DEPTH,
      maxCost: env.MAX_COST,
      maxAliases: env.MAX_ALIASES,
      maxDirectives: env.MAX_DIRECTIVES,
      maxTokens: env.MAX_TOKENS,
      maxBodyBytes: env.MAX_BODY_BYTES,
    },
    extraction: { budgetMs: env.EXTRACTION_TIMEOUT_MS, threads: env.EXTRACTION_THREADS },
    live: { redisUrl: env.REDIS_URL ?? null },
    observability: {
      metrics: env.METRICS_ENABLED,
      /** null: no tracing at all (no provider, no spans, no cost). */
      traces: otlpTraces(env),
    },
    admission: {
      concurrency: env.HEAVY_CONCURRENCY,
      queue: env.HEAVY_QUEUE,
      maxWaitMs: env.HEAVY_QUEUE_WAIT_MS,
    },
    neo4j: {
      /** Set when an external server (Aura, a cluster, Docker) is used; then nothing starts locally. */
      externalUri: env.NEO4J_URI ?? null,
      user: env.NEO4J_USER,
      /** null: the local server's generated password (DATA_DIR), or DEV_PASSWORD in development. */
      password: env.NEO4J_PASSWORD ?? null,
      database: env.NEO4J_DATABASE,
      boltPort: env.NEO4J_BOLT_PORT,
      heap: env.NEO4J_HEAP,
      pageCache: env.NEO4J_PAGECACHE,
      transactionTimeoutMs: env.NEO4J_TX_TIMEOUT_MS,
      transactionMemory: env.NEO4J_TX_MEMORY,
      acquisitionTimeoutMs: env.NEO4J_ACQUIRE_TIMEOUT_MS,
    },
  }));

export type Config = z.output<typeof envSchema>;

/** Configuration that cannot be used; `problems` names each variable and what it must be. */
export class ConfigError extends Error {
  readonly code = 'INVALID_CONFIG';
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
}

/** Parses the environment into a Config, listing every problem at once. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  // Empty strings mean "unset", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((i) => {
      const name = String(i.path[0] ?? '(environment)');
      return `${name}=${JSON.stringify(env[name] ?? '')}: ${i.message}`;
    }),
  );
}
