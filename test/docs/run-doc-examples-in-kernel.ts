// Writes the documentation's examples into one notebook under .odibi/ and
// runs it through the real kernel, going on after a failing example.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runNotebook, type NotebookRunResult } from '../../src/notebook/index.js';
import { collectExamples, type DocExample } from '../helpers/doc-examples.js';
import { examplesNotebook } from './examples-notebook.js';
import { groupExamples, groupedExamplesNotebook } from './grouped-examples-notebook.js';

/** An example that did not run cleanly, and why. */
export interface ExampleFailure {
  example: DocExample;
  status: string;
  message: string;
}

/**
 * Runs every example that is not marked `// not run`: first a few examples per
 * cell (fast), then each example of a group whose cell failed in a cell of its
 * own, so a failure is named by its file and line.
 */
export async function runDocExamplesInKernel(root: string, options: { timeoutMs?: number } = {}): Promise<{ ran: DocExample[]; notRun: DocExample[]; failures: ExampleFailure[]; result: NotebookRunResult }> {
  const all = collectExamples(root);
  const ran = all.filter((e) => !e.notRun);
  const dir = path.join(root, '.odibi', 'docs-examples');
  mkdirSync(dir, { recursive: true });
  const groups = groupExamples(ran);
  const grouped = await runExamplesNotebook(root, dir, 'grouped', groupedExamplesNotebook(groups, root), options);
  const suspects = grouped.cells.slice(1).filter((c) => c.status !== 'ok').flatMap((c) => groups[c.index - 1]!);
  if (suspects.length === 0) return { ran, notRun: all.filter((e) => e.notRun), failures: [], result: grouped };
  const single = await runExamplesNotebook(root, dir, 'single', examplesNotebook(suspects, root), options);
  const failures = single.cells.slice(1).filter((c) => c.status !== 'ok').map((c) => ({
    example: suspects[c.index - 1]!,
    status: c.status,
    message: c.error ? `${c.error.name}: ${c.error.message}` : c.status,
  }));
  if (failures.length === 0) {
    const names = [...new Set(suspects.map((e) => `${e.file}:${e.line}`))].join(', ');
    failures.push({ example: suspects[0]!, status: 'error', message: `the examples ${names} pass one by one but not together in one cell (a name they import collides)` });
  }
  return { ran, notRun: all.filter((e) => e.notRun), failures, result: single };
}

async function runExamplesNotebook(root: string, dir: string, name: string, notebook: object, options: { timeoutMs?: number }): Promise<NotebookRunResult> {
  const file = path.join(dir, `${name}.ipynb`);
  writeFileSync(file, JSON.stringify(notebook, null, 1));
  const result = await runNotebook(file, {
    root, cwd: path.join(root, 'notebooks'), continueAfterError: true, restartOnTimeout: true,
    timeoutMs: options.timeoutMs ?? 90_000, outputPath: path.join(dir, `${name}.executed.ipynb`),
  });
  const preamble = result.cells[0];
  if (preamble && preamble.status !== 'ok') {
    throw new Error(`the examples' preamble cell failed: ${preamble.error?.name}: ${preamble.error?.message}`);
  }
  return result;
}
