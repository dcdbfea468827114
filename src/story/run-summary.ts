import type { NodeResult, PipelineResultsData } from '../results/types.js';
import { formatDuration } from './format-duration.js';
import { joinNames } from './join-names.js';

function were(names: readonly string[]): string {
  return names.length === 1 ? 'was' : 'were';
}

function failureSentence(node: NodeResult, skippedByIt: string[]): string {
  const at = node.error?.step !== undefined ? ` at step ${node.error.step}${node.error.operation ? ` (${node.error.operation})` : ''}` : '';
  const message = (node.error?.message ?? 'no error recorded').replace(/^(node "[^"]*",? )?(step \d+ \([^)]*\)( failed)?: )?/, '').replace(/\.$/, '');
  const consequence = skippedByIt.length > 0 ? `, so ${joinNames(skippedByIt)} ${were(skippedByIt)} skipped` : '';
  return `${node.name} failed${at}: ${message}${consequence}.`;
}

function otherSkips(results: PipelineResultsData, explained: Set<string>): string[] {
  const rest = results.nodeResults.filter((n) => n.status === 'skipped' && !explained.has(n.name));
  const sentences: string[] = [];
  const failFast = rest.filter((n) => n.skip?.reason === 'fail_fast').map((n) => n.name);
  if (failFast.length) sentences.push(`${joinNames(failFast)} ${were(failFast)} not started because the run stops at the first failure (fail_fast).`);
  const upstream = rest.filter((n) => n.skip?.reason === 'upstream_pipeline');
  if (upstream.length) {
    const cause = upstream[0]?.skip?.rootCause ?? results.skippedBecause ?? 'a pipeline it depends on';
    sentences.push(`${joinNames(upstream.map((n) => n.name))} ${upstream.length === 1 ? 'was' : 'were'} skipped because pipeline ${cause} did not succeed.`);
  }
  const unexplained = rest.filter((n) => n.skip?.reason !== 'fail_fast' && n.skip?.reason !== 'upstream_pipeline').map((n) => n.name);
  if (unexplained.length) sentences.push(`${joinNames(unexplained)} ${were(unexplained)} skipped.`);
  return sentences;
}

/**
 * The plain-language summary of a run: how many nodes succeeded, which
 * failed and where, which were skipped because of each failure, and which
 * were unaffected.
 *
 * @example
 * ```ts
 * import { runSummary } from 'odibi-ts/dist/src/story/run-summary.js';
 * runSummary(results);
 * // '2 of 5 nodes succeeded. B failed at step 2 (join): ..., so D and E were skipped; A and C were unaffected.'
 * ```
 */
export function runSummary(results: PipelineResultsData): string {
  const nodes = results.nodeResults;
  const ok = nodes.filter((n) => n.status === 'success').map((n) => n.name);
  if (nodes.length === 0) return 'The pipeline has no nodes.';
  if (ok.length === nodes.length) return `All ${nodes.length} nodes succeeded in ${formatDuration(results.durationMs)}.`;
  const sentences = [`${ok.length} of ${nodes.length} nodes succeeded.`];
  const explained = new Set<string>();
  for (const failed of nodes.filter((n) => n.status === 'failed')) {
    const skipped = nodes.filter((n) => n.status === 'skipped' && n.skip?.rootCause === failed.name && n.skip.reason === 'upstream_failed').map((n) => n.name);
    skipped.forEach((s) => explained.add(s));
    sentences.push(failureSentence(failed, skipped));
  }
  sentences.push(...otherSkips(results, explained));
  const notRun = nodes.filter((n) => n.status === 'notRun').map((n) => n.name);
  if (notRun.length) sentences.push(`${joinNames(notRun)} ${were(notRun)} not run.`);
  if (ok.length && ok.length < nodes.length && sentences.length > 1) {
    const last = (sentences.pop() as string).replace(/\.$/, '');
    sentences.push(`${last}; ${joinNames(ok)} ${were(ok)} unaffected.`);
  }
  return sentences.join(' ');
}
