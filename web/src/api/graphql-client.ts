/**
 * The page's one door to the service: runs a generated, typed operation (web/src/gql, from
 * `graphql(`…`)` in web/src/api) against `/graphql` (same origin) and returns its typed `data`,
 * or throws an ApiError carrying the first error's `extensions.code`.
 *
 * It sends the operation's hash, not its text (trusted documents, docs/operations.md): a server
 * with TRUSTED_DOCUMENTS_ONLY runs only the documents of its manifest. A server that does not
 * know the hash (one started before the operation was written) gets the text once instead.
 *
 * @example
 *   const Leader = graphql(`query Leader($name: String!) { leader(name: $name) { name } }`);
 *   const data = await execute(Leader, { name: 'Zelenskyy' }); // data.leader?.name: string
 */
import type { TypedDocumentString } from '../gql/graphql.js';

export class ApiError extends Error {
  constructor(message: string, readonly code: string, readonly status: number) {
    super(message);
  }
}

/** The server's code for a hash it does not hold (src/server/use-trusted-documents.ts). */
const UNKNOWN_HASH = 'PERSISTED_QUERY_NOT_FOUND';

let bearerToken = sessionStorage.getItem('diplograph.token') ?? '';

/** Sets the API key sent as `Authorization: Bearer …` (kept for this browser tab only). */
export function setToken(token: string): void {
  bearerToken = token.trim();
  sessionStorage.setItem('diplograph.token', bearerToken);
}

export function getToken(): string {
  return bearerToken;
}

/**
 * The body of a GraphQL request for a generated document: its hash in the persisted-query
 * extension (the form `@graphql-yoga/plugin-persisted-operations` reads), or its text.
 */
export function requestBody<V>(document: TypedDocumentString<unknown, V>, variables: V, as: 'hash' | 'text' = 'hash') {
  const hash = document.__meta__?.hash;
  if (as === 'hash' && typeof hash === 'string') {
    return { variables, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } };
  }
  return { query: document.toString(), variables };
}

// Variables with only optional fields may be left out; the others must be given.
type Args<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

export async function execute<R, V>(document: TypedDocumentString<R, V>, ...[variables]: Args<V>): Promise<R> {
  const vars = (variables ?? {}) as V;
  try {
    return await post<R>(requestBody(document, vars));
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== UNKNOWN_HASH) throw error;
    return post<R>(requestBody(document, vars, 'text'));
  }
}

async function post<R>(body: object): Promise<R> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (bearerToken) headers.authorization = `Bearer ${bearerToken}`;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(body) });
  const json = (await res.json().catch(() => null)) as { data?: R; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (!json) throw new ApiError(`the service answered ${res.status} without JSON`, 'BAD_RESPONSE', res.status);
  const first = json.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR', res.status);
  return json.data as R;
}
