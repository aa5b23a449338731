/**
 * Bearer-token access: mutations always need one of the configured API keys when keys are set,
 * and in production they are refused outright when none is set (an open write door is never a
 * default). Queries need a token only when `queriesRequireToken`; then every operation needs one
 * and it is checked before validation, so an anonymous client learns nothing of the schema from
 * validation errors. Tokens are compared in constant time.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import { GraphQLError, Kind, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export interface AuthOptions {
  apiKeys: string[];
  queriesRequireToken: boolean;
  production: boolean;
}

const digest = (s: string) => createHash('sha256').update(s).digest();

function tokenOf(request: Request): string | null {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match ? match[1] : null;
}

function operationType(document: DocumentNode, operationName?: string | null): string | null {
  const op = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName));
  return op && op.kind === Kind.OPERATION_DEFINITION ? op.operation : null;
}

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: { 'www-authenticate': 'Bearer' } } } });
}

export function useBearerAuth(o: AuthOptions): Plugin<{ request: Request }> {
  const keys = o.apiKeys.map(digest);
  const valid = (token: string | null) => token !== null && keys.some((k) => timingSafeEqual(k, digest(token)));
  return {
    // Once the request's parameters are read and before the document is parsed or validated.
    onParams({ request, setResult }) {
      if (o.queriesRequireToken && !valid(tokenOf(request))) {
        setResult({ errors: [unauthenticated('this service needs a valid bearer token (Authorization: Bearer <API key>)')] });
      }
    },
    onExecute({ args, setResultAndStopExecution }) {
      const type = operationType(args.document, args.operationName);
      const needsToken = type === 'mutation' ? keys.length > 0 || o.production : o.queriesRequireToken;
      if (!needsToken) return;
      if (type === 'mutation' && keys.length === 0) {
        setResultAndStopExecution({ errors: [unauthenticated('mutations are disabled: set API_KEYS to allow them in production')] });
      } else if (!valid(tokenOf(args.contextValue.request))) {
        setResultAndStopExecution({ errors: [unauthenticated(`${type ?? 'this operation'} needs a valid bearer token (Authorization: Bearer <API key>)`)] });
      }
    },
  };
}
