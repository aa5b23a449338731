/**
 * A benchmark script's entry: runs `main` when the module is the one node was started with (not
 * when another script imports it), prints a failure and exits 1. `exit`: also exit 0 when `main`
 * is done, for scripts whose servers or driver sockets would keep the process alive.
 *
 * @example
 *   runMain(import.meta.url, main, { exit: true });
 */
import { pathToFileURL } from 'node:url';

export function runMain(moduleUrl: string, main: (argv: string[]) => Promise<unknown>, o: { exit?: boolean } = {}): void {
  if (moduleUrl !== pathToFileURL(process.argv[1] ?? '').href) return;
  main(process.argv).then(
    () => {
      if (o.exit) process.exit(0);
    },
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
