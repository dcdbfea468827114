// The `odibi` command as a function, for programs and tests that run it
// in-process (bin/odibi.js runs src/cli/main.ts). Re-exports only:
// `import { runCli } from 'odibi-ts/dist/src/cli/index.js'`.
export { runCli } from './run-cli.js';
export type { CliIo } from './cli-context.js';
