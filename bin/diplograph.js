#!/usr/bin/env node
// The package's bin: runs the TypeScript CLI through tsx, so `npx diplograph` always runs the
// current source without a build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/run-cli.ts');
process.exitCode = await runCli(process.argv);
// The command is done: whatever still holds the event loop (a driver socket to a server that never
// answered the Bolt handshake) must not keep the process alive. Unref'd: a clean exit is not delayed.
setTimeout(() => process.exit(), 1_000).unref();
