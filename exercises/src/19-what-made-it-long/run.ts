// Exercise 19's harness: runs in the grading sandbox and calls the answer with one case's input.
import { practicePipeline, type PracticeNode } from '../../../src/grading/practice-pipeline.js';
import { explainDuration } from '../../../src/viz/explain-duration.js';

/** The nodes, each one's delay (virtual ms), the strategy and the concurrency limit. */
export interface Ex19Input {
  nodes: PracticeNode[];
  delays: Record<string, number>;
  strategy: 'dynamic' | 'layers' | 'sequential';
  maxConcurrency: number;
}

/** The answer's chain for a real run, and the library's own (explainDuration). */
export async function run(whatMadeItLong: any, input: Ex19Input) {
  const inject = Object.fromEntries(Object.entries(input.delays).map(([node, delayMs]) => [node, { delayMs }]));
  const { pipeline } = practicePipeline({ nodes: input.nodes });
  const results = (await pipeline.run({ strategy: input.strategy, maxConcurrency: input.maxConcurrency, inject })).toJSON();
  const predicted: unknown = whatMadeItLong(JSON.parse(JSON.stringify(results)));
  return {
    predicted: { chain: predicted },
    actual: { chain: explainDuration(results).chain.map((link) => `${link.node} (${link.cause})`) },
  };
}
