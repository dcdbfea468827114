// A plausible shortcut: prints rows with `||`, so a node that wrote 0 rows shows "-"
// as if its row count were unknown.
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
  const count = (s: StoryNode['status']) => run.nodes.filter((n) => n.status === s).length;
  const lines = [
    `# Run of ${run.pipeline}`,
    '',
    `- Status: ${count('failed') > 0 ? 'failed' : 'success'}`,
    `- Started: ${run.startedAt}`,
    `- Duration: ${run.durationMs} ms`,
    `- Nodes: ${run.nodes.length} (${count('success')} succeeded, ${count('failed')} failed, ${count('skipped')} skipped)`,
    '',
    '| node | status | duration | rows |',
    '|---|---|---|---|',
    ...run.nodes.map((n) => `| ${n.name} | ${n.status} | ${n.durationMs} ms | ${n.rows || '-'} |`),
  ];
  const problems = run.nodes.filter((n) => n.status !== 'success');
  if (problems.length > 0) lines.push('', '## Problems', '', ...problems.map((n) => (n.status === 'failed' ? `- ${n.name}: ${n.error}` : `- ${n.name}: skipped because ${n.skippedBecause} failed`)));
  return lines.join('\n');
}
