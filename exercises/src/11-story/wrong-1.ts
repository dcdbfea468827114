// A plausible wrong answer: counts only what ran (skipped nodes are left out
// of the counts and the problems), and prints "undefined" for unknown rows.
export interface StoryNode {
  name: string;
  status: 'success' | 'failed' | 'skipped';
  durationMs: number;
  rows?: number;
  error?: string;
  skippedBecause?: string;
}

export interface StoryRun {
  pipeline: string;
  startedAt: string;
  durationMs: number;
  nodes: StoryNode[];
}

export function renderStory(run: StoryRun): string {
  const ran = run.nodes.filter((n) => n.status !== 'skipped');
  const failed = ran.filter((n) => n.status === 'failed');
  const lines = [
    `# Run of ${run.pipeline}`,
    '',
    `- Status: ${failed.length > 0 ? 'failed' : 'success'}`,
    `- Started: ${run.startedAt}`,
    `- Duration: ${run.durationMs} ms`,
    `- Nodes: ${ran.length} (${ran.length - failed.length} succeeded, ${failed.length} failed, 0 skipped)`,
    '',
    '| node | status | duration | rows |',
    '|---|---|---|---|',
    ...run.nodes.map((n) => `| ${n.name} | ${n.status} | ${n.durationMs} ms | ${n.rows} |`),
  ];
  if (failed.length > 0) {
    lines.push('', '## Problems', '');
    for (const n of failed) lines.push(`- ${n.name}: ${n.error}`);
  }
  return lines.join('\n');
}
