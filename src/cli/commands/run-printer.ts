/**
 * What `odibi run` prints while a run goes: a header per pipeline, a line
 * per node as it ends (status, duration, rows or the error), retries, and
 * a summary per pipeline with its story path.
 *
 * @example
 * ```ts
 * import { runPrinter } from 'odibi-ts/dist/src/cli/commands/run-printer.js';
 * const listener = runPrinter({ write: (s) => process.stdout.write(s) }, process.cwd());
 * ```
 */
import { isAbsolute, relative } from 'node:path';
import type { RunEvent, RunListener } from '../../pipeline/events.js';
import type { NodeResult, NodeStatus, PipelineResultsData } from '../../results/types.js';
import type { TextOutput } from '../cli-context.js';

/** How a status reads in a node's line, where it is not the status itself. */
const LABEL: Partial<Record<NodeStatus, string>> = { success: 'ok', failed: 'FAILED', notRun: 'not run' };

export function runPrinter(out: TextOutput, cwd: string): RunListener {
  return (event: RunEvent) => {
    const line = eventLine(event, cwd);
    if (line !== undefined) out.write(`${line}\n`);
  };
}

function eventLine(event: RunEvent, cwd: string): string | undefined {
  switch (event.type) {
    case 'pipeline:start':
      return `pipeline ${event.pipeline}: ${event.nodes.length} node${event.nodes.length === 1 ? '' : 's'} in ${event.layers.length} layer${event.layers.length === 1 ? '' : 's'}`;
    case 'node:worker':
      return `  started  ${event.node} on ${event.worker}${event.attempt > 1 ? ` (attempt ${event.attempt})` : ''}`;
    case 'node:retry':
      return `  retry    ${event.node}: attempt ${event.attempt} in ${event.delayMs} ms after ${event.error.code}`;
    case 'node:end':
    case 'node:skip':
      return nodeLine(event.result);
    case 'pipeline:end':
      return summaryLine(event.results, cwd);
    default:
      return undefined;
  }
}

/** `  ok       clean_orders       12 ms   56 rows` (or the error / the skip reason). */
export function nodeLine(result: NodeResult): string {
  const head = `  ${(LABEL[result.status] ?? result.status).padEnd(8)} ${result.name.padEnd(20)}`;
  if (result.status === 'skipped') return `${head} ${result.skip?.message ?? ''}`.trimEnd();
  const time = `${Math.round(result.durationMs)} ms`.padStart(8);
  if (result.status === 'failed') return `${head} ${time}   ${result.error?.code ?? ''} ${result.error?.message ?? ''}${result.error?.hint ? ` (${result.error.hint})` : ''}`.trimEnd();
  const rows = result.rowsOut === undefined ? '' : `   ${result.rowsOut} row${result.rowsOut === 1 ? '' : 's'}`;
  const tries = result.attempts.length > 1 ? ` (${result.attempts.length} attempts)` : '';
  const rerun = result.rerunReason ? ` (run again: ${result.rerunReason})` : '';
  return `${head} ${time}${rows}${tries}${rerun}`;
}

/** `pipeline silver: partial, 4 completed, 1 failed, 1 skipped in 230 ms; story: stories/...html`. */
export function summaryLine(data: PipelineResultsData, cwd: string): string {
  const reused = data.nodeResults.filter((r) => r.reused).length;
  const counts = `${data.completed.length} completed${reused ? ` (${reused} reused from the previous run)` : ''}, ${data.failed.length} failed, ${data.skipped.length} skipped${data.notRun.length ? `, ${data.notRun.length} not run` : ''}`;
  const cause = data.skippedBecause ? ` because pipeline ${data.skippedBecause} did not succeed` : '';
  const story = (data.storyPath ? `; story: ${shownPath(data.storyPath, cwd)}` : '')
    + (data.storyError ? `; ${data.storyPath ? '' : 'story not written: '}${data.storyError.code} ${data.storyError.message}` : '');
  return `pipeline ${data.pipeline}: ${data.status}${cause}, ${counts} in ${Math.round(data.durationMs)} ms${story}`;
}

/** A path relative to `cwd` when it is absolute. */
export function shownPath(file: string, cwd: string): string {
  return isAbsolute(file) ? relative(cwd, file) || file : file;
}
