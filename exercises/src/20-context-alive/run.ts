// Exercise 20's harness: runs in the grading sandbox and calls the answer with one case's input.
import { practicePipeline, type PracticeNode } from '../../../src/grading/practice-pipeline.js';

/** The pipeline's nodes. */
export interface Ex20Input {
  nodes: PracticeNode[];
}

/** The answer's prediction, and the context of a real sequential run (each node takes 10 virtual ms). */
export async function run(predictAlive: any, input: Ex20Input) {
  const predicted = predictAlive(input.nodes) as { after?: Record<string, unknown>; peak?: unknown } | undefined;
  const inject = Object.fromEntries(input.nodes.map((n) => [n.name, { delayMs: 10 }]));
  const results = (await practicePipeline({ nodes: input.nodes, strategy: 'sequential' }).pipeline.run({ inject })).toJSON();
  const alive = new Set<string>();
  const byOffset = new Map<number, string[]>();
  for (const event of results.contextEvents) {
    if (event.kind === 'register') alive.add(event.table);
    else alive.delete(event.table);
    byOffset.set(event.offsetMs, [...alive].sort());
  }
  const after = Object.fromEntries(results.nodeResults.map((n) => [n.name, byOffset.get((n.startOffsetMs ?? 0) + n.durationMs) ?? null]));
  const sorted = (lists: Record<string, unknown> | undefined) =>
    lists && typeof lists === 'object' ? Object.fromEntries(Object.entries(lists).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort() : v])) : lists;
  return {
    predicted: predicted && typeof predicted === 'object' ? { after: sorted(predicted.after), peak: predicted.peak } : predicted,
    actual: { after, peak: Math.max(0, ...results.contextEvents.map((e) => e.liveTables)) },
  };
}
