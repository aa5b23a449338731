#!/usr/bin/env node
// The package's bin: runs the TypeScript CLI through tsx, so `npx diplograph` always runs the
// current source without a build step.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/run-cli.ts');
process.exitCode = await runCli(process.argv);
