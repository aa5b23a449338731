/**
 * The command line as compiled JavaScript: what `npm start` runs (`node dist/server/cli-entry.js
 * serve`, after `npm run build` compiled src/ into dist/ — build-dist.ts). The same program as
 * bin/diplograph.js, which runs the TypeScript source through tsx; compiled, the served process
 * pays neither tsx's per-function name wrappers nor source-mapped stacks on every request.
 */
import { runCli } from '../cli/run-cli.js';

process.exitCode = await runCli(process.argv);
// As bin/diplograph.js: whatever still holds the event loop once the command is done must not keep
// the process alive (unref'd, so a clean exit is not delayed).
setTimeout(() => process.exit(), 1_000).unref();
