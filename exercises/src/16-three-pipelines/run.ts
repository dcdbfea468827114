// Exercise 16's harness: runs in the grading sandbox and calls the answer with one case's input.
import { VirtualClock } from '../../../src/clock/virtual-clock.js';
import { loadProjectFromString } from '../../../src/config/load-project-from-string.js';
import { practiceConnection } from '../../../src/grading/practice-pipeline.js';
import { PipelineManager } from '../../../src/manager/pipeline-manager.js';
import type { PipelineResults } from '../../../src/results/pipeline-results.js';

/** What the manager runs: every pipeline (no `pipeline`) or one with `upstream`, and the nodes that fail. */
export interface Ex16Input {
  pipeline?: string;
  upstream?: boolean;
  fail?: string[];
}

/** Each pipeline that ran: its status, why it was skipped, and the rows its last node produced. */
export async function run(threePipelinesYaml: any, input: Ex16Input) {
  const yaml: unknown = threePipelinesYaml();
  if (typeof yaml !== 'string') throw new Error(`threePipelinesYaml() returned ${typeof yaml}, not the YAML text`);
  const project = loadProjectFromString(yaml, { file: 'answer.yaml' });
  const manager = await PipelineManager.fromConfig(project, {
    connections: { mem: practiceConnection() }, clock: new VirtualClock({ start: '2026-01-15T09:00:00Z' }), storyWriter: false,
  });
  const inject = Object.fromEntries((input.fail ?? []).map((node) => [node, 'fail' as const]));
  const ran: Record<string, PipelineResults> = input.pipeline === undefined
    ? await manager.run(undefined, { inject })
    : await manager.run([input.pipeline], { inject, upstream: input.upstream });
  return Object.fromEntries(Object.entries(ran).map(([name, r]) => {
    const data = r.toJSON();
    const last = data.nodeResults.at(-1);
    const skip = data.nodeResults.find((n) => n.skip)?.skip;
    return [name, { status: data.status, skipped: skip ? `${skip.reason} (${skip.rootCause})` : null, rows: last?.rowsOut ?? null }];
  }));
}
