// Exercise 14's harness: runs in the grading sandbox and calls the answer with one case's input.
import { practicePipeline, type PracticeNode } from '../../../src/grading/practice-pipeline.js';

/** The pipeline's nodes, the node that fails, and the pipeline's on_error. */
export interface Ex14Input {
  nodes: PracticeNode[];
  failing: string;
  onError: 'fail_fast' | 'fail_later';
}

/** The answer's prediction, and what a sequential run with `failing` failing really did. */
export async function run(predictOutcome: any, input: Ex14Input) {
  const predicted: unknown = predictOutcome(input.nodes, input.failing, input.onError);
  const { pipeline } = practicePipeline({ nodes: input.nodes, on_error: input.onError, strategy: 'sequential' });
  const results = await pipeline.run({ inject: { [input.failing]: 'fail' } });
  const actual = Object.fromEntries(results.toJSON().nodeResults.map((n) => [n.name, n.skip ? `skipped: ${n.skip.reason}` : n.status]));
  return { predicted, actual };
}
