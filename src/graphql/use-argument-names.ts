/**
 * A graphql-yoga plugin that names the argument in the errors of invalid literal values. GraphQL
 * checks literals (`from: "2022-02-30"`) while validating, where a scalar only sees the value, so
 * its error cannot say which argument was wrong; this finds the argument (or input field path,
 * e.g. `where.from`) around the offending value and puts it in the message and extensions.
 *
 * @example
 *   createYoga({ schema: buildSchema(), plugins: [useArgumentNames()] });
 *   // Argument "where.from" has an invalid value: Date must be a calendar date written YYYY-MM-DD; received "2022-02-30".
 */
import { BREAK, GraphQLError, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The dotted path of the argument and input fields enclosing `target`, or null. */
function argumentPath(document: DocumentNode, target: ASTNode): string | null {
  const path: string[] = [];
  let found: string | null = null;
  const push = { enter: (n: { name: { value: string } }) => void path.push(n.name.value), leave: () => void path.pop() };
  visit(document, {
    Argument: push,
    ObjectField: push,
    enter: (node) => {
      if (node !== target) return undefined;
      found = path.join('.') || null;
      return BREAK;
    },
  });
  return found;
}

function named(error: GraphQLError, document: DocumentNode): GraphQLError {
  const node = error.nodes?.[0];
  if (error.extensions?.code !== 'BAD_USER_INPUT' || !node || error.extensions.argument) return error;
  const argument = argumentPath(document, node);
  if (!argument) return error;
  return new GraphQLError(`Argument "${argument}" has an invalid value: ${error.message}`, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, argument },
  });
}

export function useArgumentNames(): Plugin {
  return {
    onValidate({ params }) {
      return ({ result, setResult }) => {
        if (result.length === 0) return;
        setResult(result.map((e) => (e instanceof GraphQLError ? named(e, params.documentAST) : e)));
      };
    },
  };
}
