/**
 * The launch wrapper that ties a child server's life to its owner's, whatever ends the owner
 * (SIGKILL included, which no handler in the owner can catch). A small `sh` runs the server in
 * the background and holds the read end of a pipe whose only write end is the owner's: when
 * the owner dies the kernel closes it, the watcher reads EOF and stops the server (SIGTERM,
 * then SIGKILL after `graceSeconds`). SIGTERM/SIGINT sent to the wrapper are passed on, so
 * `child.kill('SIGTERM')` still means a clean shutdown. The wrapper prints the server's pid on
 * its first line of stdout (`watchdog-pid=1234`).
 *
 * @example
 *   const child = spawn('sh', watchdogArgs(['java', '-cp', cp, 'Main'], 7), { stdio: ['pipe', 'pipe', 'pipe'] });
 *   // kill -9 <owner> → the server gets SIGTERM at once and SIGKILL 7 s later if still running
 */

/** The marker before the server's pid on the wrapper's stdout. */
export const PID_MARKER = 'watchdog-pid=';

// A non-interactive sh gives background jobs /dev/null as stdin unless redirected explicitly:
// keep the owner's pipe on fd 3 and hand it to the watcher by name.
const SCRIPT = `
exec 3<&0
"$@" </dev/null 3<&- &
server=$!
echo "${PID_MARKER}$server"
# stdin is a pipe from the owner: EOF means the owner is gone.
( while read -r _; do :; done
  kill -TERM "$server" 2>/dev/null
  i=0
  while [ "$i" -lt "$GRACE_TICKS" ]; do kill -0 "$server" 2>/dev/null || exit 0; sleep 0.5; i=$((i + 1)); done
  kill -KILL "$server" 2>/dev/null ) <&3 &
watcher=$!
trap 'kill -TERM "$server" 2>/dev/null' TERM INT
status=0
while kill -0 "$server" 2>/dev/null; do wait "$server"; status=$?; done
kill "$watcher" 2>/dev/null
exit "$status"
`;

/** Arguments for `spawn('sh', …)` that run `command` under the watchdog. */
export function watchdogArgs(command: string[], graceSeconds: number): string[] {
  return ['-c', `GRACE_TICKS=${Math.max(1, Math.round(graceSeconds * 2))}\n${SCRIPT}`, 'diplograph-neo4j-watchdog', ...command];
}
