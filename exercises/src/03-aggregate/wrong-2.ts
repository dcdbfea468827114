// A plausible shortcut: a pipeline run counts as failed as soon as one of its nodes
// did not succeed, so a run with only skipped nodes is wrongly called failed.
export interface RunNodeResult {
  name: string;
  status: 'success' | 'failed' | 'skipped';
  durationMs: number;
}

export interface RunRecord {
  pipeline: string;
  nodes: RunNodeResult[];
}

export interface RunsSummary {
  pipelines: number;
  successful: string[];
  failed: string[];
  nodes: number;
  succeeded: number;
  failedNodes: number;
  skippedNodes: number;
  successRate: number;
  totalDurationMs: number;
  slowestNode: string | null;
}

export function summariseRuns(runs: RunRecord[]): RunsSummary {
  const all = runs.flatMap((r) => r.nodes.map((n) => ({ ...n, where: `${r.pipeline}/${n.name}` })));
  const count = (status: RunNodeResult['status']) => all.filter((n) => n.status === status).length;
  const allSucceeded = (r: RunRecord) => r.nodes.every((n) => n.status === 'success');
  let slowest: (typeof all)[number] | null = null;
  for (const n of all) if (!slowest || n.durationMs > slowest.durationMs) slowest = n;
  return {
    pipelines: runs.length,
    successful: runs.filter(allSucceeded).map((r) => r.pipeline),
    failed: runs.filter((r) => !allSucceeded(r)).map((r) => r.pipeline),
    nodes: all.length,
    succeeded: count('success'),
    failedNodes: count('failed'),
    skippedNodes: count('skipped'),
    successRate: all.length === 0 ? 0 : Math.round((count('success') / all.length) * 1000) / 10,
    totalDurationMs: all.reduce((sum, n) => sum + n.durationMs, 0),
    slowestNode: slowest ? slowest.where : null,
  };
}
