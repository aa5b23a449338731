/**
 * What every command that works on the graph (`ingest`, `import`, `export`) shares, said once:
 * the configuration is parsed, and with the command line's own problems listed one a line
 * (`diplograph <command>: …`, exit code 2) before anything is opened; then the command's logger,
 * the graph (a local Neo4j started when no NEO4J_URI is set), an optional progress bar on stderr
 * (only on a terminal), and closing in order — bar, store, the Neo4j the command started —
 * however the work ends.
 *
 * @example
 *   await withGraph({ command: 'export', problems: checkOptions(opts), bar: { show: opts.progress, format: 'export [{bar}] {value}/{total}' } },
 *     async ({ store, bar }) => { … });
 */
import { Presets, SingleBar } from 'cli-progress';
import { ConfigError, loadConfig, type Config } from '../config/env.js';
import type { GraphStore } from '../graph/graph-store.js';
import type { Logger } from '../logger.js';
import { commandLogger } from './cli-config.js';
import { EXIT_CODES } from './exit-codes.js';

export interface GraphCommandOptions {
  /** The sub-command, naming it in messages. */
  command: string;
  /** Problems found in the command line (a bad option, a missing file), one line each. */
  problems?: string[];
  /** A cli-progress format; the bar is shown when `show` and stderr is a terminal. */
  bar?: { show: boolean; format: string };
}

export interface GraphCommand {
  config: Config;
  logger: Logger;
  store: GraphStore;
  /** Not started: the command starts it when it knows the total. Null when off. */
  bar: SingleBar | null;
}

/** Runs `work` on an open graph, or reports why it cannot start (exit code 2) and runs nothing. */
export async function withGraph(options: GraphCommandOptions, work: (graph: GraphCommand) => Promise<void>): Promise<void> {
  const problems = [...(options.problems ?? [])];
  let config: Config | undefined;
  try {
    config = loadConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    problems.push(err.message);
  }
  if (problems.length > 0 || !config) {
    process.stderr.write(problems.map((p) => `diplograph ${options.command}: ${p}\n`).join(''));
    process.exitCode = EXIT_CODES.usage.code;
    return;
  }
  const logger = commandLogger(config);
  // Loaded only when a graph command runs, so `extract` never loads the database driver.
  const { openGraph } = await import('../main.js');
  const graph = await openGraph(config, logger);
  const bar = options.bar?.show && process.stderr.isTTY ? new SingleBar({ format: options.bar.format, stream: process.stderr }, Presets.shades_classic) : null;
  try {
    await work({ config, logger, store: graph.store, bar });
  } finally {
    bar?.stop();
    await graph.store.close();
    await graph.neo4j?.stop();
  }
}
