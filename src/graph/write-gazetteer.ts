/**
 * Loads the gazetteers into the graph: countries, leaders and officials with their dated
 * HOLDS_OFFICE terms, institutions. Each batch is its own transaction (the gazetteer is large and
 * every statement is an idempotent MERGE, so a run cut short is finished by running it again).
 *
 * @example
 *   await writeGazetteer(store, loadGazetteer()); // { statements, nodesCreated, relationshipsCreated }
 */
import { buildGazetteerStatements, type GazetteerData } from './build-gazetteer-statements.js';
import type { GraphStore, StatementEvent } from './graph-store.js';

export interface GazetteerReport {
  statements: number;
  nodesCreated: number;
  relationshipsCreated: number;
}

export async function writeGazetteer(store: GraphStore, gazetteer: GazetteerData, batchSize = 500): Promise<GazetteerReport> {
  const report: GazetteerReport = { statements: 0, nodesCreated: 0, relationshipsCreated: 0 };
  for (const statement of buildGazetteerStatements(gazetteer, batchSize)) {
    let last: StatementEvent | undefined;
    await store.observed((e) => (last = e)).writeAll([statement]);
    report.statements++;
    report.nodesCreated += last?.updates?.nodesCreated ?? 0;
    report.relationshipsCreated += last?.updates?.relationshipsCreated ?? 0;
  }
  return report;
}
