/**
 * How bench/read-path-files.ts groups the files a request ran code in, as docs/read-path.md
 * groups them: the files that pass the request on, those whose text makes up its statements, the
 * helpers met on the way, and what any request runs whatever it reads (server plugins,
 * observability, security). Files are named as they are at HEAD and at the baseline the issue was
 * counted at (692d426), so one table serves both; a file no rule names is shown as "not sorted"
 * and counted on the read path, so a new file is never left out of the count unseen.
 *
 * @example
 *   groupOf('graphql/connection.ts');     // 'pass'
 *   groupOf('server/use-bearer-auth.ts'); // 'outside'
 */
export type Group = 'pass' | 'text' | 'helper' | 'outside' | 'unsorted';

export interface GroupInfo {
  id: Group;
  title: string;
  /** Counted as part of the read path a newcomer follows. */
  onReadPath: boolean;
}

export const GROUPS: readonly GroupInfo[] = [
  { id: 'pass', title: 'passes the request on', onReadPath: true },
  { id: 'text', title: 'writes statement text', onReadPath: true },
  { id: 'helper', title: 'helpers', onReadPath: true },
  { id: 'unsorted', title: 'not sorted (counted on the read path)', onReadPath: true },
  { id: 'outside', title: 'outside the read path (server plugins, observability, security)', onReadPath: false },
];

interface GroupRule {
  id: Group;
  /** Paths under src/, or a folder ending in `/` (every file below it). */
  files: readonly string[];
  reason: string;
}

export const GROUP_RULES: readonly GroupRule[] = [
  {
    id: 'pass',
    files: [
      'server/create-server.ts',
      'graphql/create-context.ts',
      'graphql/loaders/create-loaders.ts',
      'graphql/loaders/create-batch-loader.ts',
      'graphql/build-schema.ts',
      'graphql/resolvers/query-resolvers.ts',
      'graphql/find-leader.ts',
      'graphql/resolvers/actor-resolvers.ts',
      'graphql/connection.ts',
      'graphql/resolvers/connection-resolvers.ts',
      // At the baseline its READ_AHEAD symbol carried what a page read back to the nodes' fields.
      'graphql/relation-fields.ts',
      'graph/readers/keyed-batch.ts',
      'graph/readers/keyset-page.ts',
      'graph/readers/page-statement.ts',
    ],
    reason: 'the request goes through it on its way from the door to a statement: a reader must follow it to find the Cypher',
  },
  {
    id: 'text',
    files: [
      'graph/readers/lookups.ts',
      'graph/readers/relations.ts',
      'graph/readers/read-ahead.ts',
      'graph/readers/node-projection.ts',
      'graph/readers/temporal-text.ts',
      'graph/readers/page-filters.ts',
      'graph/readers/date-window.ts',
      'graph/readers/page-shapes.ts',
      'graph/readers/owner-scans.ts',
    ],
    reason: 'part of the text of a statement the request sends',
  },
  {
    id: 'helper',
    files: [
      'graphql/page-args.ts',
      'graphql/cursor.ts',
      'graphql/selected-fields.ts',
      'graphql/node-properties.ts',
      'graphql/selection-reads.ts',
      'graphql/read-model.ts',
      'graphql/loaders/settle-ahead.ts',
      'graphql/to-api-error.ts',
      'graphql/scalars/date-scalar.ts',
      'graph/readers/read-keyed.ts',
      'graph/graph-store.ts',
      'graph/to-plain.ts',
      'graph/node-keys.ts',
      'graph/annotated-sdl.ts',
    ],
    reason: 'asked for an answer on the way (arguments, cursors, what a selection reads, running a statement, plain values) without passing the request on',
  },
  {
    id: 'outside',
    files: ['server/', 'graphql/use-argument-names.ts'],
    reason: 'runs for every request whatever it reads: yoga plugins for limits, admission, auth, trusted documents, error logging, explain, metrics and traces',
  },
];

export function groupOf(file: string): Group {
  const rule = GROUP_RULES.find((r) => r.files.some((f) => f === file)) ?? GROUP_RULES.find((r) => r.files.some((f) => f.endsWith('/') && file.startsWith(f)));
  return rule?.id ?? 'unsorted';
}
