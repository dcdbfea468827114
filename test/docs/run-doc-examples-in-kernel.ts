// Writes the documentation's examples into one notebook under .odibi/ and
// runs it through the real kernel, going on after a failing example.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runNotebook, type NotebookRunResult } from '../../src/notebook/run-notebook.js';
import { collectExamples, type DocExample } from './doc-examples.js';
import { examplesNotebook } from './examples-notebook.js';

/** An example that did not run cleanly, and why. */
export interface ExampleFailure {
  example: DocExample;
  status: string;
  message: string;
}

/** Runs every example that is not marked `// not run`; resolves with the failures and what was skipped. */
export async function runDocExamplesInKernel(root: string, options: { timeoutMs?: number } = {}): Promise<{ ran: DocExample[]; notRun: DocExample[]; failures: ExampleFailure[]; result: NotebookRunResult }> {
  const all = collectExamples(root);
  const ran = all.filter((e) => !e.notRun);
  const dir = path.join(root, '.odibi', 'docs-examples');
  mkdirSync(dir, { recursive: true });
  const notebook = path.join(dir, 'examples.ipynb');
  writeFileSync(notebook, JSON.stringify(examplesNotebook(ran, root), null, 1));
  const result = await runNotebook(notebook, {
    root, cwd: path.join(root, 'notebooks'), continueAfterError: true, restartOnTimeout: true,
    timeoutMs: options.timeoutMs ?? 90_000, outputPath: path.join(dir, 'examples.executed.ipynb'),
  });
  const preamble = result.cells[0];
  if (preamble && preamble.status !== 'ok') {
    throw new Error(`the examples' preamble cell failed: ${preamble.error?.name}: ${preamble.error?.message}`);
  }
  const failures = result.cells.slice(1).filter((c) => c.status !== 'ok').map((c) => ({
    example: ran[c.index - 1]!,
    status: c.status,
    message: c.error ? `${c.error.name}: ${c.error.message}` : c.status,
  }));
  return { ran, notRun: all.filter((e) => e.notRun), failures, result };
}
