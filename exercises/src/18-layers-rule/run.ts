// Exercise 18's harness: runs in the grading sandbox and calls the answer with one case's input.
import { practicePipeline, type PracticeNode } from '../../../src/grading/practice-pipeline.js';

/** The nodes, each one's delay (virtual ms) and the concurrency limit. */
export interface Ex18Input {
  nodes: PracticeNode[];
  delays: Record<string, number>;
  maxConcurrency: number;
}

/** When each node started under the answer's rule, and the durations under it and under dynamic. */
export async function run(layersBarrier: any, input: Ex18Input) {
  if (typeof layersBarrier !== 'function') throw new Error('layersBarrier is not a function');
  const inject = Object.fromEntries(Object.entries(input.delays).map(([node, delayMs]) => [node, { delayMs }]));
  const once = (rule: any) => practicePipeline({ nodes: input.nodes }).pipeline.run({ strategy: 'dynamic', maxConcurrency: input.maxConcurrency, inject, ...(rule ? { rule } : {}) });
  const yours = (await once((node: string, view: unknown) => Boolean(layersBarrier(node, view)))).toJSON();
  const dynamic = (await once(undefined)).toJSON();
  return {
    starts: Object.fromEntries(yours.nodeResults.map((n) => [n.name, n.startOffsetMs ?? null])),
    statuses: [...new Set(yours.nodeResults.map((n) => n.status))],
    durationMs: yours.durationMs,
    dynamicMs: dynamic.durationMs,
  };
}
