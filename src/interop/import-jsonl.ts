/**
 * `import jsonl`: reads the JSON Lines an export wrote (write-jsonl.ts) back into the graph, in
 * batches of `batchSize` lines, one write transaction per batch (writeGraphItems, nodes first). Nodes
 * MERGE on their key; relationships are created unless already there, so importing twice changes
 * nothing. The contact aggregate is not copied but counted from the imported calls, so it stays
 * exact when the file shares pairs of actors with the graph. A line that is not a node or
 * relationship is reported with its number and skipped; a file whose first lines are all bad is in
 * another format and is refused (`WrongFormatError`) before anything is written.
 *
 * @example
 *   const report = await importJsonl(store, readLines(createReadStream('graph.jsonl')));
 *   // { lines: 1203, nodes: 400, relationshipsCreated: 803, missingEnds: 0, skipped: [] }
 */
import { z } from 'zod';
import { identifier } from '../graph/cypher-identifier.js';
import type { GraphItem } from '../graph/graph-item.js';
import type { GraphStore } from '../graph/graph-store.js';
import { writeGraphItems } from '../graph/write-graph-items.js';
import type { NumberedLine, RowError } from './event-record.js';
import { WrongFormatError, WRONG_FORMAT_ROWS } from './wrong-format-error.js';

const ref = z.object({ label: z.string().min(1), property: z.string().min(1), value: z.string() });
const values = { properties: z.record(z.unknown()), types: z.record(z.string()).default({}) };
const itemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('node'), labels: z.array(z.string().min(1)).min(1), key: ref, ...values }),
  z.object({ kind: z.literal('relationship'), type: z.string().min(1), start: ref, end: ref, ...values }),
]);

export interface JsonlImportReport {
  lines: number;
  nodes: number;
  relationshipsCreated: number;
  /** Relationship lines whose start or end node is not in the graph. */
  missingEnds: number;
  /** Lines of the contact aggregate (CONTACTED, CONTACTED_IN): not copied, recounted from the calls (write-graph-items.ts). */
  aggregateLines: number;
  skipped: RowError[];
  seconds: number;
}

export async function importJsonl(
  store: GraphStore,
  lines: AsyncIterable<NumberedLine> | Iterable<NumberedLine>,
  options: { batchSize?: number; onProgress?: (report: JsonlImportReport) => void } = {},
): Promise<JsonlImportReport> {
  const started = performance.now();
  const report: JsonlImportReport = { lines: 0, nodes: 0, relationshipsCreated: 0, missingEnds: 0, aggregateLines: 0, skipped: [], seconds: 0 };
  const batchSize = options.batchSize ?? 2000;
  let batch: GraphItem[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const written = await writeGraphItems(store, batch);
    batch = [];
    report.nodes += written.nodes;
    report.relationshipsCreated += written.relationshipsCreated;
    report.missingEnds += written.missingEnds;
    report.aggregateLines += written.aggregateLines;
  };
  for await (const { line, text } of lines) {
    if (text.trim() === '') continue;
    report.lines++;
    const item = parseLine(line, text);
    if ('error' in item) report.skipped.push(item);
    else batch.push(item.item);
    // Nothing but bad lines from the start: another format (a CSV file, say), refused before anything is written.
    if (report.skipped.length === WRONG_FORMAT_ROWS && report.lines === WRONG_FORMAT_ROWS) throw new WrongFormatError(WRONG_FORMAT_ROWS, report.skipped[0]);
    if (batch.length >= batchSize) await flush();
    options.onProgress?.(report);
  }
  if (report.lines > 0 && report.skipped.length === report.lines) throw new WrongFormatError(report.lines, report.skipped[0]);
  await flush();
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

function parseLine(line: number, text: string): { item: GraphItem } | RowError {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { line, error: `not JSON: ${(err as Error).message}` };
  }
  const parsed = itemSchema.safeParse(json);
  if (!parsed.success) return { line, error: parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ') };
  const item = parsed.data as GraphItem;
  // Names become part of a statement: check them here, so one bad line never sinks its batch.
  const names =
    item.kind === 'node'
      ? [...item.labels, item.key.label, item.key.property]
      : [item.type, item.start.label, item.start.property, item.end.label, item.end.property];
  try {
    [...names, ...Object.keys(item.properties)].forEach(identifier);
  } catch (err) {
    return { line, error: (err as Error).message };
  }
  return { item };
}
