/**
 * The exit codes of every `diplograph` command, one table: the commands, run-cli.ts and the docs
 * (README, "Exit codes") all read it, so the same mistake exits the same way in every command.
 *
 * @example
 *   process.exitCode = EXIT_CODES.usage.code; // 2: a missing file, a bad option value …
 */
export const EXIT_CODES = {
  ok: { code: 0, meaning: 'everything was done' },
  failed: {
    code: 1,
    meaning: 'the command ran, but not everything was done: articles or rows refused (each named on stderr), the database unreachable, an unexpected error',
  },
  usage: {
    code: 2,
    meaning: 'nothing was done: the command line, the configuration or a named file is wrong (unknown option, bad value, missing file or folder, a file not in the given format, an output folder that does not exist)',
  },
  interrupted: { code: 130, meaning: 'stopped by Ctrl-C (SIGINT) or SIGTERM: what was done is kept and summarised, the article in progress is written whole or not at all' },
} as const;

/** A mistake in how the command was called: reported as one line, exit code 2, nothing done. */
export class UsageError extends Error {
  readonly exitCode = EXIT_CODES.usage.code;
}
