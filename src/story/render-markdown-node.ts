import { escapeMarkdown as md } from './escape-markdown.js';
import { formatCell } from './format-cell.js';
import { formatDuration } from './format-duration.js';
import { nodeFacts, skipSentence } from './story-facts.js';
import type { StoryNode } from './story-model.js';

function table(header: string[], rows: string[][]): string[] {
  return [`| ${header.map(md).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(md).join(' | ')} |`), ''];
}

function schemaLines(node: StoryNode): string[] {
  if (!node.schema) return [];
  const rows = Object.entries(node.schema).map(([c, t]) => [c, t, node.columnsAdded.includes(c) ? 'added' : '']);
  const removed = node.columnsRemoved.map((c) => [c, '', 'removed']);
  const against = node.comparedWith ? ` (changes against ${md(node.comparedWith)})` : '';
  return [`**Schema**${against}`, '', ...table(['column', 'type', 'change'], [...rows, ...removed])];
}

function detailLines(node: StoryNode): string[] {
  const lines: string[] = [];
  if (node.steps.length) {
    const rows = node.steps.map((s) => [String(s.index), s.operation, formatCell(s.params), String(s.rowsOut), formatDuration(s.durationMs)]);
    lines.push('**Steps**', '', ...table(['#', 'operation', 'params', 'rows out', 'time'], rows));
  }
  if (node.validation.length) {
    lines.push('**Validation**', '', ...node.validation.map((v) => `- ${v.passed ? 'passed' : '**FAILED**'} ${md(v.rule)}${v.message ? `: ${md(v.message)}` : ''}`), '');
  }
  if (node.sample.length) {
    const rows = node.sample.map((r) => node.sampleColumns.map((c) => formatCell(r[c])));
    lines.push(`**Sample rows** (${node.sample.length})`, '', ...table(node.sampleColumns, rows));
  }
  return lines;
}

function problemLines(node: StoryNode): string[] {
  const lines: string[] = [];
  const e = node.error;
  if (e) {
    const at = e.step !== undefined && !e.message.startsWith('step ') ? ` at step ${e.step}${e.operation ? ` (${md(e.operation)})` : ''}` : '';
    lines.push(`> **Error ${md(e.code)}**${at}: ${md(e.message)}`);
    if (e.hint) lines.push('>', `> *Hint:* ${md(e.hint)}`);
    lines.push('');
  }
  if (node.skip) lines.push(`> **Skipped.** ${md(skipSentence(node.skip))}`, '');
  const retried = node.attemptErrors.filter((a) => !e || a.attempt < node.attempts);
  if (retried.length) lines.push('**Retried attempts**', '', ...retried.map((a) => `- attempt ${a.attempt}: ${md(a.code)} ${md(a.message)}`), '');
  return lines;
}

/**
 * One node's section of the Markdown story; every value is escaped.
 *
 * @example
 * ```ts
 * import { buildStoryModel } from 'odibi-ts';
 * import { renderMarkdownNode } from 'odibi-ts/dist/src/story/render-markdown-node.js';
 * renderMarkdownNode(buildStoryModel(results.toJSON()).nodes[0]);
 * ```
 */
export function renderMarkdownNode(node: StoryNode): string {
  return [
    `### ${md(node.name)}: ${node.statusLabel}`,
    '',
    ...(node.description ? [md(node.description), ''] : []),
    ...problemLines(node),
    ...nodeFacts(node).map(([label, value]) => `- **${label}:** ${md(value)}`),
    '',
    ...schemaLines(node),
    ...detailLines(node),
  ].join('\n');
}
