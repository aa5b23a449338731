/**
 * Scores a facts document against a gold file with the evaluation kit's scorer
 * (tests/fixtures/eval/score-facts.mjs), run as a child process exactly as the kit runs it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface ScoreLine { label: string; tp: number; fp: number; fn: number }
export interface KitReport { results: ScoreLine[]; microF1: number }

const scorer = join(process.cwd(), 'tests/fixtures/eval/score-facts.mjs');
const work = mkdtempSync(join(tmpdir(), 'diplograph-score-'));

export function scoreWithKit(document: unknown, goldPath: string): KitReport {
  const factsPath = join(work, `${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(factsPath, JSON.stringify(document));
  return JSON.parse(execFileSync('node', [scorer, factsPath, goldPath, '--json'], { encoding: 'utf8' })) as KitReport;
}
