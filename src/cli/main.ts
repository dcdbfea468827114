/**
 * The entry of the `odibi` command (`bin/odibi.js` and `npm run odibi` run
 * it). Exports {@link runCli} for tests and programs; runs it when this file
 * is the process's entry module.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli.js';

export { runCli };
export type { CliIo } from './cli-context.js';

function isEntry(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntry()) {
  runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
