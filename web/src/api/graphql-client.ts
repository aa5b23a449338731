/**
 * The page's one door to the service: POSTs a GraphQL operation to `/graphql` (same origin) and
 * returns `data`, or throws an ApiError carrying the first error's `extensions.code`.
 *
 * @example
 *   const data = await graphql<{ leader: { name: string } }>('{ leader(name: "Zelenskyy") { name } }');
 */
export class ApiError extends Error {
  constructor(message: string, readonly code: string, readonly status: number) {
    super(message);
  }
}

let bearerToken = sessionStorage.getItem('diplograph.token') ?? '';

/** Sets the API key sent as `Authorization: Bearer …` (kept for this browser tab only). */
export function setToken(token: string): void {
  bearerToken = token.trim();
  sessionStorage.setItem('diplograph.token', bearerToken);
}

export function getToken(): string {
  return bearerToken;
}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (bearerToken) headers.authorization = `Bearer ${bearerToken}`;
  const res = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = (await res.json().catch(() => null)) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  if (!body) throw new ApiError(`the service answered ${res.status} without JSON`, 'BAD_RESPONSE', res.status);
  const first = body.errors?.[0];
  if (first) throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR', res.status);
  return body.data as T;
}
