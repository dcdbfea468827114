// Exercise 13's harness: runs in the grading sandbox and calls the answer with one case's input.
import { practicePipeline } from '../../../src/grading/practice-pipeline.js';

/** A node that fails its first `failures` attempts, and the time the waits may take. */
export interface Ex13Input {
  failures: number;
  budgetMs: number;
}

/** The answer's retry block run for real: how the node ended, its attempts and the run's duration (virtual ms). */
export async function run(chooseRetry: any, input: Ex13Input) {
  const retry: unknown = chooseRetry(input.failures, input.budgetMs);
  if (typeof retry !== 'object' || retry === null) throw new Error(`chooseRetry returned ${String(retry)}, not a retry block`);
  const { pipeline, project } = practicePipeline({ nodes: [{ name: 'load_orders' }], retry: retry as Record<string, unknown> });
  const results = await pipeline.run({ inject: { load_orders: { failTimes: input.failures } } });
  const node = results.node('load_orders');
  return {
    status: node.status,
    maxAttempts: project.pipelines[0]!.nodes[0]!.retry.maxAttempts,
    attempts: node.attempts.length,
    durationMs: results.durationMs,
    budgetMs: input.budgetMs,
  };
}
