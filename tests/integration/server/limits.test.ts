/**
 * Every limit accepts a request at the limit and refuses one just past it, with its own error
 * code, before any resolver runs — so before any Cypher: the app's statement counter stays at 0.
 */
import { Lexer, Source, TokenKind, parse } from 'graphql';
import { loadConfig } from '../../../src/config/env.js';
import type { GraphStore } from '../../../src/graph/graph-store.js';
import { buildSchema } from '../../../src/graphql/build-schema.js';
import { operationCost } from '../../../src/server/limits/operation-cost.js';
import { seededStore, testApp } from '../../helpers/seeded-app.js';

const defaults = loadConfig({}).limits;

/** A chain of `fields` nested fields: leader → country → leaders → country … → name. */
function deepQuery(fields: number): string {
  let inner = 'name';
  for (let i = fields - 2; i >= 1; i--) inner = `${i % 2 ? 'country' : 'leaders'} { ${inner} }`;
  return `{ leader(name: "Zelenskyy") { ${inner} } }`;
}

function tokenCount(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n++;
  return n;
}

describe('request limits', () => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await seededStore();
  });
  afterAll(() => store.close());

  async function expectAccepted(query: string, limits = defaults) {
    const t = testApp(store, { limits });
    const { status, json } = await t.post({ query });
    expect(json.errors).toBeUndefined();
    expect(status).toBe(200);
  }

  async function expectRefused(query: string | object, code: string, limits = defaults, status = 400) {
    const t = testApp(store, { limits });
    const res = await t.post(typeof query === 'string' ? { query } : query);
    expect(res.status).toBe(status);
    expect(res.json.errors?.[0]?.extensions?.code).toBe(code);
    expect(res.json.data ?? null).toBeNull();
    expect(t.statements).toHaveLength(0);
  }

  it(`accepts a query ${defaults.maxDepth} fields deep and refuses one deeper (QUERY_TOO_DEEP)`, async () => {
    await expectAccepted(deepQuery(defaults.maxDepth));
    await expectRefused(deepQuery(defaults.maxDepth + 1), 'QUERY_TOO_DEEP');
  });

  it(`accepts ${defaults.maxAliases} aliases and refuses ${defaults.maxAliases + 1} (TOO_MANY_ALIASES)`, async () => {
    // graphql-armor lets aliases of __typename through: count aliases of real fields.
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: country(code: "UA") { name }`).join(' ')} }`;
    await expectAccepted(aliases(defaults.maxAliases));
    await expectRefused(aliases(defaults.maxAliases + 1), 'TOO_MANY_ALIASES');
  });

  it(`accepts ${defaults.maxDirectives} directives and refuses ${defaults.maxDirectives + 1} (TOO_MANY_DIRECTIVES)`, async () => {
    const directives = (n: number) => `{ ${'__typename @include(if: true) '.repeat(n)}}`;
    await expectAccepted(directives(defaults.maxDirectives));
    await expectRefused(directives(defaults.maxDirectives + 1), 'TOO_MANY_DIRECTIVES');
  });

  it('accepts a document of exactly the token limit and refuses one token more (TOO_MANY_TOKENS)', async () => {
    const query = `{ ${'__typename '.repeat(40)}}`;
    const limits = { ...defaults, maxTokens: tokenCount(query) };
    await expectAccepted(query, limits);
    // Refused while parsing; under application/json yoga answers parse-stage errors with 200 (GraphQL over HTTP allows either).
    await expectRefused(`{ ${'__typename '.repeat(41)}}`, 'TOO_MANY_TOKENS', limits, 200);
  });

  it('accepts a query at the cost budget and refuses one that costs more (COST_LIMIT_EXCEEDED)', async () => {
    const query = (n: number) => `{ calls(first: ${n}) { edges { node { id participants { name } } } } }`;
    const cost = operationCost(buildSchema(), parse(query(10)), {});
    const limits = { ...defaults, maxCost: cost };
    await expectAccepted(query(10), limits);
    await expectRefused(query(11), 'COST_LIMIT_EXCEEDED', limits);
  });

  it('counts page sizes given as variables in the cost', async () => {
    const query = 'query ($n: Int) { calls(first: $n) { edges { node { id } } } }';
    const cost = operationCost(buildSchema(), parse(query), { n: 10 });
    const limits = { ...defaults, maxCost: cost };
    await expectAccepted(query.replace('$n: Int', '$n: Int = 10'), limits);
    await expectRefused({ query, variables: { n: 11 } }, 'COST_LIMIT_EXCEEDED', limits);
  });

  it('accepts a page of 100 and refuses 101 (BAD_USER_INPUT naming the argument)', async () => {
    await expectAccepted('{ calls(first: 100) { totalCount } }');
    const t = testApp(store);
    const { json } = await t.post({ query: '{ calls(first: 101) { totalCount } }' });
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(json.errors[0].message).toMatch(/first/);
    expect(t.statements).toHaveLength(0);
  });

  it('accepts a body of exactly the size limit and refuses one byte more with 413', async () => {
    const limits = { ...defaults, maxBodyBytes: 4096 };
    const body = (size: number) => {
      const base = JSON.stringify({ query: '{ __typename }' });
      return base.replace('{ __typename }', `{ __typename }${' '.repeat(size - base.length)}`);
    };
    const t = testApp(store, { limits });
    const ok = await t.post(body(4096));
    expect(ok.status).toBe(200);
    const refused = await t.post(body(4097));
    expect(refused.status).toBe(413);
    expect(refused.json.errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect(t.statements).toHaveLength(0);
  });
});
