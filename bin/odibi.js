#!/usr/bin/env node
// The `odibi` command. Registers tsx so the TypeScript sources run as they
// are, then hands the arguments to the CLI and exits with its code.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
