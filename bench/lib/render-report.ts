/** Renders benchmark reports as Markdown (RESULTS.md and the console). */
import type { BenchReport, BenchTable, Target } from './report.js';

/** A Markdown table with padded columns, readable as plain text too. */
export function renderTable(table: BenchTable): string {
  const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  const body = [line(table.headers), rule, ...table.rows.map(line)].join('\n');
  return table.caption ? `${table.caption}\n\n${body}` : body;
}

function mark(target: Target): string {
  if (target.met === null) return target.measured === 'n/a' ? 'not measured' : 'reported';
  return target.met ? 'met' : '**not met**';
}

/** The targets of one benchmark, then the explanation and next step of each miss. */
export function renderTargets(targets: Target[]): string {
  if (targets.length === 0) return '';
  const table = renderTable({ headers: ['Target', 'Measured', 'Status'], rows: targets.map((t) => [t.name, t.measured, mark(t)]) });
  const misses = targets
    .filter((t) => t.met !== true && (t.explanation || t.next))
    .map((t) => `- **${t.name}**: ${t.explanation ?? ''}${t.next ? ` Next step: ${t.next}` : ''}`);
  return [table, ...(misses.length ? ['', ...misses] : [])].join('\n');
}

/** One benchmark's section: title, method, tables, targets, notes. */
export function renderReport(report: BenchReport, heading = '##'): string {
  if (report.markdown !== undefined) return report.markdown;
  const when = report.ranAt ? ` _Ran ${report.ranAt.slice(0, 16).replace('T', ' ')} UTC, 1-minute load ${report.load?.toFixed(1) ?? '?'}._` : '';
  const parts = [`${heading} ${report.title}`, report.method + when];
  for (const table of report.tables) parts.push(renderTable(table));
  const targets = renderTargets(report.targets);
  if (targets) parts.push(targets);
  if (report.notes.length) parts.push(report.notes.map((n) => `- ${n}`).join('\n'));
  return parts.join('\n\n');
}
