/**
 * The `diplograph` command line: one program, one sub-command per door. Each sub-command lives in
 * its own file and is loaded only when it runs, so `extract` never loads the database driver.
 *
 * @example
 *   npx diplograph extract seeds/000_58b2ec0da89f2029.txt --json
 */
import { Command, CommanderError } from 'commander';
import { registerExtractCommand } from './extract-command.js';
import { registerServeCommand } from './serve-command.js';
import { registerNeo4jCommand } from './neo4j-command.js';
import { registerIngestCommand } from './ingest-command.js';
import { registerImportCommand } from './import-command.js';
import { registerExportCommand } from './export-command.js';
import { EXIT_CODES, UsageError } from './exit-codes.js';

/** Runs the CLI with the given argv and resolves to the process exit code (exit-codes.ts). */
export async function runCli(argv: string[]): Promise<number> {
  const program = new Command()
    .name('diplograph')
    .description('Diplomatic-contact knowledge graph: extract, ingest and serve.')
    .exitOverride()
    .showHelpAfterError();
  registerServeCommand(program);
  registerExtractCommand(program);
  registerIngestCommand(program);
  registerImportCommand(program);
  registerExportCommand(program);
  registerNeo4jCommand(program);
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    // Help and version exit 0; every other complaint of commander's is a usage mistake.
    if (err instanceof CommanderError) return err.exitCode === 0 ? 0 : EXIT_CODES.usage.code;
    process.stderr.write(`diplograph: ${err instanceof Error ? err.message : String(err)}\n`);
    return err instanceof UsageError ? err.exitCode : EXIT_CODES.failed.code;
  }
}
