// A plausible wrong answer: the success rate ignores skipped nodes (they are
// left out of the denominator), and an empty input divides by zero.
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
  const ran = count('success') + count('failed');
  let slowest: (typeof all)[number] | null = null;
  for (const n of all) if (!slowest || n.durationMs > slowest.durationMs) slowest = n;
  return {
    pipelines: runs.length,
    successful: runs.filter((r) => r.nodes.every((n) => n.status !== 'failed')).map((r) => r.pipeline),
    failed: runs.filter((r) => r.nodes.some((n) => n.status === 'failed')).map((r) => r.pipeline),
    nodes: all.length,
    succeeded: count('success'),
    failedNodes: count('failed'),
    skippedNodes: count('skipped'),
    successRate: Math.round((count('success') / ran) * 1000) / 10,
    totalDurationMs: all.reduce((sum, n) => sum + n.durationMs, 0),
    slowestNode: slowest ? slowest.where : null,
  };
}
