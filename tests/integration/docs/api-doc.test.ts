/**
 * docs/api.md cannot drift: every example operation in it runs, in the order written, against the
 * seed graph (as `npm start` loads it) through the HTTP app, with the variables and headers the
 * doc gives; the answer must contain what the doc shows under it (an excerpt: the objects may
 * hold more fields, the lists hold exactly the items shown). A variable written as
 * "$previous.<path>" takes that value from the previous example's answer (a cursor, say).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { projectRoot } from '../../helpers/run-service.js';
import { seededStore, testApp, type TestApp } from '../../helpers/seeded-app.js';
import { clearGraph } from '../../helpers/graph-counts.js';

interface Example {
  title: string;
  query: string;
  variables?: Record<string, unknown>;
  headers?: Record<string, string>;
  answer?: Record<string, unknown>;
}

/** The examples of the doc: each `##` section with a graphql block, and the json blocks after it. */
function readExamples(markdown: string): Example[] {
  const examples: Example[] = [];
  for (const section of markdown.split(/^## /m).slice(1)) {
    const title = section.split('\n')[0].trim();
    const blocks = [...section.matchAll(/^```(\w+)(?: (\w+))?\n([\s\S]*?)^```/gm)];
    const query = blocks.find(([, lang]) => lang === 'graphql')?.[3];
    if (!query) continue;
    const json = (kind: string) => {
      const block = blocks.find(([, lang, label]) => lang === 'json' && label === kind);
      return block ? JSON.parse(block[3]) : undefined;
    };
    examples.push({ title, query, variables: json('variables'), headers: json('headers'), answer: json('answer') });
  }
  return examples;
}

const at = (value: unknown, path: string): unknown => path.split('.').reduce((v: any, key) => v?.[key], value);

/** Variables with "$previous.path" replaced by the value at that path of the previous answer's data. */
function resolveVariables(variables: Record<string, unknown> | undefined, previous: unknown): Record<string, unknown> | undefined {
  if (!variables) return undefined;
  return Object.fromEntries(
    Object.entries(variables).map(([name, value]) => [
      name,
      typeof value === 'string' && value.startsWith('$previous.') ? at(previous, value.slice('$previous.'.length)) : value,
    ]),
  );
}

const DOC = join(projectRoot, 'docs/api.md');
const examples = readExamples(readFileSync(DOC, 'utf8'));

describe('docs/api.md: every example runs against the seed graph and answers as shown', () => {
  let store: GraphStore;
  let app: TestApp;
  let previous: unknown = null;

  beforeAll(async () => {
    store = await seededStore();
    app = testApp(store);
  });
  afterAll(async () => {
    await clearGraph(store);
    await store.close();
  });

  it('holds 15 to 20 examples, each with the answer it gets', () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(examples.length).toBeLessThanOrEqual(20);
    expect(examples.filter((e) => !e.answer).map((e) => e.title)).toEqual([]);
  });

  it.each(examples.map((e) => [e.title, e] as const))('%s', async (_, example) => {
    const { status, json } = await app.post({ query: example.query, variables: resolveVariables(example.variables, previous) }, example.headers);
    expect(status).toBe(200);
    expect(json).toMatchObject(example.answer ?? {});
    previous = json.data;
  });

  // What the doc says of HTTP statuses (example 19): 200 under application/json, 400 for an
  // invalid operation only when the client accepts application/graphql-response+json.
  it.each([
    ['application/json', 200],
    ['application/graphql-response+json', 400],
  ])('answers an operation that does not validate with HTTP %s → %i', async (accept, status) => {
    const response = await app.post({ query: '{ noSuchField }' }, { accept });
    expect(response.status).toBe(status);
    expect(response.json.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
