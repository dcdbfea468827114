/**
 * The running kernel's record of executed cells (kept by the project's tslab
 * patch, as IPython keeps In and Out): each cell's code and whether its run
 * succeeded, oldest first. A check cell reads it to test what an answer
 * cell's latest run defined, or to show that run's error.
 *
 * @example
 * ```ts
 * import { latestCellRun } from 'odibi-ts/dist/src/notebook/kernel-history.js';
 * const run = latestCellRun((code) => code.startsWith('// example'));
 * run?.status; // 'ok' or 'error' inside the kernel; undefined when no such cell ran
 * ```
 */

/** One executed cell. A compile error is `{ name: 'TypeScriptError' }`. */
export interface CellRun {
  code: string;
  status: 'ok' | 'error';
  error?: { name: string; message: string };
}

/** The kernel's history, or undefined outside a (patched) tslab kernel. */
export function kernelHistory(): readonly CellRun[] | undefined {
  const kernel = (globalThis as { __tslab__?: { history?: unknown } }).__tslab__;
  const history = kernel?.history;
  return Array.isArray(history) ? (history as CellRun[]) : undefined;
}

/** The latest run of a cell whose code matches, from `history` (default: the kernel's). */
export function latestCellRun(matches: (code: string) => boolean, history: readonly CellRun[] | undefined = kernelHistory()): CellRun | undefined {
  if (!history) return undefined;
  for (let i = history.length - 1; i >= 0; i--) {
    const run = history[i]!;
    if (typeof run?.code === 'string' && matches(run.code)) return run;
  }
  return undefined;
}
