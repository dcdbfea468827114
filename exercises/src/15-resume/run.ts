// Exercise 15's harness: runs in the grading sandbox and calls the answer with one case's input.
import { practicePipeline, type PracticeNode } from '../../../src/grading/practice-pipeline.js';
import { PipelineResults } from '../../../src/results/pipeline-results.js';

/** The pipeline's nodes and the bug (nodes that fail until it is fixed). */
export interface Ex15Input {
  nodes: PracticeNode[];
  bug: Record<string, 'fail'>;
}

/** A run's results as plain data, or a clear error when the answer returned something else. */
function resultsOf(value: unknown, label: string) {
  if (!(value instanceof PipelineResults)) throw new Error(`${label} is not the results of a run (return what pipeline.run() resolved to)`);
  return value.toJSON();
}

/** The prediction, and what the answer's two runs did. */
export async function run(runThenResume: any, input: Ex15Input) {
  const { pipeline } = practicePipeline({ nodes: input.nodes });
  const out = (await runThenResume(pipeline, input.bug)) as { rerun?: unknown; first?: unknown; second?: unknown } | undefined;
  const first = resultsOf(out?.first, 'first');
  const second = resultsOf(out?.second, 'second');
  const ran = second.nodeResults.filter((n) => n.status !== 'notRun' && !n.reused);
  const sorted = (list: unknown) => (Array.isArray(list) ? [...list].sort() : list);
  return {
    predicted: { rerun: sorted(out?.rerun) },
    actual: { rerun: ran.map((n) => n.name).sort() },
    firstFailed: first.failed,
    secondStatus: second.status,
    reused: second.nodeResults.filter((n) => n.reused).map((n) => n.name),
    rerunReasons: Object.fromEntries(ran.filter((n) => n.rerunReason).map((n) => [n.name, n.rerunReason])),
  };
}
