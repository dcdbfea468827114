/** One node's result inside a run record. */
export interface RunNodeResult {
  name: string;
  status: 'success' | 'failed' | 'skipped';
  durationMs: number;
}

/** The results record of one pipeline run. */
export interface RunRecord {
  pipeline: string;
  nodes: RunNodeResult[];
}

/** Totals over several runs. */
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

/** Summarises several runs: pipeline and node counts, success rate in percent, time. */
export function summariseRuns(runs: RunRecord[]): RunsSummary {
  // BEGIN SOLUTION
  const all = runs.flatMap((r) => r.nodes.map((n) => ({ ...n, where: `${r.pipeline}/${n.name}` })));
  const count = (status: RunNodeResult['status']) => all.filter((n) => n.status === status).length;
  const hasFailure = (r: RunRecord) => r.nodes.some((n) => n.status === 'failed');
  const slowest = all.reduce<(typeof all)[number] | null>((best, n) => (best && best.durationMs >= n.durationMs ? best : n), null);
  return {
    pipelines: runs.length,
    successful: runs.filter((r) => !hasFailure(r)).map((r) => r.pipeline),
    failed: runs.filter(hasFailure).map((r) => r.pipeline),
    nodes: all.length,
    succeeded: count('success'),
    failedNodes: count('failed'),
    skippedNodes: count('skipped'),
    successRate: all.length === 0 ? 0 : Math.round((count('success') / all.length) * 1000) / 10,
    totalDurationMs: all.reduce((sum, n) => sum + n.durationMs, 0),
    slowestNode: slowest ? slowest.where : null,
  };
  // END SOLUTION
}
