/**
 * A V8 CPU profile (`.cpuprofile`, as `--cpu-prof` or the inspector writes it) as a few tables,
 * per request: self time by package (node_modules/<package>, diplograph's src/<folder>, Node's
 * own), the inclusive time of the phases named in PHASES (time with such a function anywhere on
 * the stack), and the functions with the most self time.
 *
 *   npx tsx bench/profile-summary.ts /tmp/mine/prof/Q1.cpuprofile 200   # 200: requests in the profile
 *
 * @example
 *   console.log(summariseProfile(JSON.parse(readFileSync(file, 'utf8')), 200));
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** Request phases by the functions that run them (matched against `<function> <file>`). */
const PHASES: Array<[string, RegExp]> = [
  ['yoga: reading the request (whatwg-node, request parsers)', /(parsePOSTJsonRequest|processRequest|handleRequest).*(graphql-yoga|whatwg-node)/],
  ['envelop parse (cached)', /^parse .*envelop/],
  ['envelop validate (cached)', /^validate .*envelop/],
  ['envelop contextFactory (createContext)', /^contextFactory .*envelop/],
  ['createContext (loaders)', /^createContext .*create-context/],
  ['query cost (operationCost)', /^operationCost /],
  ['heavy fields (selectsHeavyField)', /^selectsHeavyField /],
  ['graphql execution (executor)', /^(execute|executeOperation|normalizedExecutor) .*(graphql-tools|graphql\/execution)/],
  ['store.read (driver sessions)', /^(read|readOnce) .*graph-store/],
  ['toPlain (records → plain values)', /^toPlain /],
  ['neo4j-driver: decoding packstream', /^(unpack|_unpack\w*) /],
  ['DataLoader dispatch', /^dispatchBatch /],
  ['page statement text (pageStatement)', /^pageStatement /],
  ['selection reads (pageRequest, aheadPlan, propertiesRead)', /^(pageRequest|aheadPlan|propertiesRead|selectedFields|fieldReads) /],
  ['result processing (JSON, Response)', /^(processRegularResult|jsonStringifyResultWithoutInternals|stringify) /],
  ['garbage collection', /^\(garbage collector\)/],
];

/**
 * Who a sample's CPU belongs to, by yoga plugin and layer (issue 19, session 21): the innermost
 * frame on the stack that matches one of these (in this order of test), so a native or Node
 * internal is charged to the plugin or layer that called it. Matched against `<function> <file>`.
 */
const OWNERS: Array<[string, RegExp]> = [
  ['armor (tokens, depth, aliases, directives, suggestions)', /@escape\.tech\/graphql-armor/],
  ['persisted operations (use-trusted-documents)', /plugin-persisted-operations|use-trusted-documents/],
  ['metrics (prometheus)', /plugin-prometheus|@envelop\/prometheus|prom-client|observability\/(use-metrics|use-http-duration|graphql-metrics|create-metrics|operation-label)/],
  ['traces (opentelemetry)', /@envelop\/opentelemetry|@opentelemetry|observability\/(create-tracing|defer-spans|use-trace-parent|statement-name|create-sampler)/],
  ['query cost (operation-cost.ts)', /limits\/operation-cost/],
  ['admission (use-admission, heavy-fields)', /server\/admission\//],
  ['auth (use-bearer-auth)', /use-bearer-auth/],
  ['body limit (use-body-limit, yoga limitRequestBodySize)', /use-body-limit|use-limit-request-body-size/],
  ['our other plugins (health, web app, explain, errors, argument names, live events)', /server\/(use-health-check|use-web-app|use-explain|use-error-logging|use-client-errors|live\/use-event-execution)|use-argument-names/],
  ['context factory (create-server context, createContext, createLoaders)', /^(createContext|createLoaders|context|keyedLoaderSet|perName|createBatchLoader|observed) .*(create-context|create-server|graph-store)|^DataLoader .*dataloader/],
  ['logging (pino, log-args)', /(^| )pino\/|log-args|src\/logger/],
  ['JSON of the answer (yoga result processing)', /jsonStringifyResultWithoutInternals|processRegularResult|omitInternalsFromResultErrors/],
  ['compiled executor (graphql-jit, use-compiled-execution)', /graphql-jit|use-compiled-execution|graphql-js-errors|__\w* :\d+$/],
  ['execution: our resolvers, loaders, readers (src/graphql, src/graph)', /(^| )src\/(graphql|graph)\//],
  ['dataloader', /(^| )dataloader\//],
  ['graphql-js', /(^| )graphql\//],
  ['envelop core', /@envelop\/core|@envelop\/instrumentation/],
  ['yoga core', /(^| )graphql-yoga\//],
  ['whatwg-node (Request, Response, body, promise helpers)', /@whatwg-node/],
  ['the harness (bench/)', /(^| )bench\//],
  ['garbage collection', /^\(garbage collector\)/],
];

function category(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(native)';
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (module) return module[1];
  const own = /\/(src|bench)\/([^/]+)\//.exec(url);
  if (own) return `diplograph ${own[1]}/${own[2]}`;
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^.*\//, '');
}

const ms = (us: number, requests: number) => (us / 1000 / requests).toFixed(3);

export function summariseProfile(profile: CpuProfile, requests: number, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number) => {
    const f = byId.get(id)!.callFrame;
    return `${f.functionName || '(anonymous)'} ${f.url.replace(/^.*node_modules\//, '').replace(/^.*\/(src|bench)\//, '$1/')}:${f.lineNumber + 1}`;
  };
  const self = new Map<number, number>();
  const phases = new Map<string, number>();
  const owners = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] ?? 0;
    total += dt;
    self.set(id, (self.get(id) ?? 0) + dt);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(at);
      for (const [phase, pattern] of PHASES) if (!seen.has(phase) && pattern.test(name)) seen.add(phase);
    }
    for (const phase of seen) phases.set(phase, (phases.get(phase) ?? 0) + dt);
    let owner = 'other (Node internals, natives with no owner above)';
    found: for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(at);
      for (const [o, pattern] of OWNERS)
        if (pattern.test(name)) {
          owner = o;
          break found;
        }
    }
    owners.set(owner, (owners.get(owner) ?? 0) + dt);
  });
  const categories = new Map<string, number>();
  for (const [id, us] of self) {
    const f = byId.get(id)!.callFrame;
    const c = category(f.url, f.functionName);
    categories.set(c, (categories.get(c) ?? 0) + us);
  }
  // A function called from several places has several nodes: its self time is their sum.
  const functions = new Map<string, number>();
  for (const [id, us] of self) functions.set(label(id), (functions.get(label(id)) ?? 0) + us);
  const sorted = <K>(m: Map<K, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return [
    `profile: ${ms(total, requests)} ms per request in all (idle included)`,
    '',
    '| self time by package | ms per request |',
    '|---|---|',
    ...sorted(categories).slice(0, 20).map(([c, us]) => `| ${c} | ${ms(us, requests)} |`),
    '',
    '| owner (innermost plugin or layer on the stack) | ms per request |',
    '|---|---|',
    ...sorted(owners).map(([o, us]) => `| ${o} | ${ms(us, requests)} |`),
    '',
    '| phase (inclusive) | ms per request |',
    '|---|---|',
    ...PHASES.map(([p]) => `| ${p} | ${ms(phases.get(p) ?? 0, requests)} |`),
    '',
    '| function (self) | ms per request |',
    '|---|---|',
    ...sorted(functions).slice(0, top).map(([name, us]) => `| ${name} | ${ms(us, requests)} |`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [file, requests] = process.argv.slice(2);
  console.log(summariseProfile(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(requests ?? 1)));
}
