/**
 * Configuration for a CLI command: parsed once; on a wrong setting the command prints the
 * problems (each naming its variable), sets exit code 2 and gets null.
 */
import { ConfigError, loadConfig, type Config } from '../config/env.js';
import { createLogger, type Logger } from '../logger.js';
import { EXIT_CODES } from './exit-codes.js';

export function cliConfig(): Config | null {
  try {
    return loadConfig(process.env);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`diplograph: ${err.message}\n`);
    process.exitCode = EXIT_CODES.usage.code;
    return null;
  }
}

/** A batch command's logger: quieter than the server's (info lines would break its progress bar). */
export function commandLogger(config: Config): Logger {
  return createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel);
}
