/**
 * `npm run attack`: issue 16's "done when" checks, run against the real service, printed as one
 * table (check, target, measured, pass) and written to bench/results/attack.md with `--out`.
 * Extraction checks (scripts/attack/extraction-checks.ts) run when that module is present.
 *
 *   npm run attack                     # all checks
 *   npm run attack -- --only storm     # storm | lifecycle | extraction
 *   npm run attack -- --out bench/results/attack.md
 */
import { existsSync, writeFileSync } from 'node:fs';
import { Command } from 'commander';
import type { AttackRow } from './attack/attack-row.js';
import { lifecycleChecks } from './attack/lifecycle-checks.js';
import { stormChecks } from './attack/storm-checks.js';

type Group = 'extraction' | 'storm' | 'lifecycle';

async function extractionChecks(log: (m: string) => void): Promise<AttackRow[]> {
  const file = new URL('./attack/extraction-checks.ts', import.meta.url);
  if (!existsSync(file)) {
    log('extraction: scripts/attack/extraction-checks.ts is not there yet; skipped');
    return [];
  }
  const module = (await import(file.href)) as { extractionChecks: () => Promise<AttackRow[]> };
  return module.extractionChecks();
}

const GROUPS: Record<Group, (log: (m: string) => void) => Promise<AttackRow[]>> = {
  extraction: extractionChecks,
  storm: stormChecks,
  lifecycle: lifecycleChecks,
};

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function attackTable(rows: AttackRow[]): string {
  return [
    '| check | target | measured | pass |',
    '|---|---|---|---|',
    ...rows.map((r) => `| ${cell(r.check)} | ${cell(r.target)} | ${cell(r.measured)} | ${r.pass ? 'yes' : '**no**'} |`),
  ].join('\n');
}

async function main(argv: string[]): Promise<void> {
  const opts = new Command()
    .option('--only <groups>', `comma-separated: ${Object.keys(GROUPS).join(', ')}`)
    .option('--out <file>', 'also write the table (with the date and machine) to this Markdown file')
    .parse(argv)
    .opts<{ only?: string; out?: string }>();
  const groups = (opts.only ? opts.only.split(',') : Object.keys(GROUPS)) as Group[];
  for (const g of groups) if (!(g in GROUPS)) throw new Error(`--only: unknown group ${JSON.stringify(g)}; one of ${Object.keys(GROUPS).join(', ')}`);
  const log = (m: string) => process.stderr.write(`[attack] ${m}\n`);
  const rows: AttackRow[] = [];
  for (const g of groups) {
    try {
      rows.push(...(await GROUPS[g](log)));
    } catch (err) {
      log(`${g} checks failed: ${(err as Error).message}`);
      rows.push({ check: `${g} checks`, target: 'run', measured: `failed: ${(err as Error).message.split('\n')[0]}`, pass: false });
    }
  }
  const table = attackTable(rows);
  process.stdout.write(`${table}\n`);
  if (opts.out) {
    const header = `# npm run attack (issue 16)\n\nRun ${new Date().toISOString()} on ${process.platform} ${process.arch}, Node ${process.version}; groups: ${groups.join(', ')}.\n\n`;
    writeFileSync(opts.out, `${header}${table}\n`);
  }
  if (rows.some((r) => !r.pass)) process.exitCode = 1;
}

await main(process.argv);
