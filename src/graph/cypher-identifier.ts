/**
 * Backticks a label, type or property name for Cypher, where a name cannot be a parameter (a
 * MERGE's label, a relationship type). Only plain identifiers pass: anything else is refused,
 * stating the contract and the value received.
 *
 * @example
 *   identifier('Call') // '`Call`'
 *   identifier('x` DETACH DELETE n //') // throws TypeError
 */
export function identifier(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new TypeError(`expected a label, type or property name of letters, digits and _, got ${JSON.stringify(name)}`);
  return `\`${name}\``;
}
