/**
 * The `operationName` label of the GraphQL metrics, bounded. The name is the client's choice, and
 * every distinct value is a time series that this process and Prometheus keep for good: a client
 * sending a new name with each request would grow both without end. So the names of the trusted
 * (persisted) documents always pass; any other name passes if it is a plain GraphQL name of at
 * most 64 characters and fewer than `maxOthers` such names have been seen; anything after that
 * is counted as `other`.
 *
 * @example
 *   const label = createOperationLabel(['Leader', 'ContactAdded'], 2);
 *   label('Leader'); label('A'); label('B'); // 'Leader', 'A', 'B'
 *   label('C'); label('x'.repeat(65));        // 'other', 'other'
 *   label('A'); label('Leader');              // 'A', 'Leader'
 */
export const OTHER_OPERATIONS = 'other';

const GRAPHQL_NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;

export function createOperationLabel(trusted: Iterable<string>, maxOthers = 100): (name: string | undefined) => string | undefined {
  const known = new Set(trusted);
  const others = new Set<string>();
  return (name) => {
    // No name at all (a document that did not parse): the metric's own default stands.
    if (name === undefined || known.has(name) || others.has(name)) return name;
    if (!GRAPHQL_NAME.test(name) || others.size >= maxOthers) return OTHER_OPERATIONS;
    others.add(name);
    return name;
  };
}
