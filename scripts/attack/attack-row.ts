/**
 * One line of `npm run attack`'s table: what was checked, the issue's target, what this run
 * measured, and whether the target was met.
 *
 * @example
 *   const row: AttackRow = { check: 'SIGKILL of serve: Neo4j gone after', target: '≤ 10 s', measured: '5.6 s', pass: true };
 */
export interface AttackRow {
  check: string;
  target: string;
  measured: string;
  pass: boolean;
}
