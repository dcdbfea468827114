/**
 * The sections of an existing RESULTS.md, as reports that render verbatim:
 * what `--update` keeps when there is no RESULTS.json beside the Markdown
 * (a results file written before the JSON existed). Each section keeps its
 * text and its rows of the Targets table; a section is matched to the
 * benchmark that replaces it by the number its title starts with.
 */
import type { BenchReport, Target } from './report.js';

/** The number a section's title starts with (`4. Data...` -> 4), or undefined. */
export function sectionNumber(title: string): number | undefined {
  const match = /^(\d+)\./.exec(title);
  return match ? Number(match[1]) : undefined;
}

function cells(line: string): string[] {
  return line.trim().replace(/^\||\|$/g, '').split('|').map((c) => c.trim());
}

/** Rows of the Targets summary table (benchmark, target, measured, status). */
function summaryTargets(markdown: string): Map<string, Target[]> {
  const out = new Map<string, Target[]>();
  const block = /^## Targets\n\n([\s\S]*?)(?=\n## )/m.exec(markdown)?.[1] ?? '';
  for (const line of block.split('\n').filter((l) => l.startsWith('|')).slice(2)) {
    const [title = '', name = '', measured = '', status = ''] = cells(line);
    const met = status === 'met' ? true : status.includes('not met') ? false : null;
    out.set(title, [...(out.get(title) ?? []), { name, measured, met }]);
  }
  return out;
}

/** Every numbered section of `markdown`, with a note that it was kept from an earlier run. */
export function keptSections(markdown: string): BenchReport[] {
  const targets = summaryTargets(markdown);
  return markdown.split(/^(?=## )/m).flatMap((part) => {
    const title = /^## (.*)\n/.exec(part)?.[1]?.trim() ?? '';
    if (sectionNumber(title) === undefined) return [];
    const body = part.slice(part.indexOf('\n') + 1).trim();
    const kept = `## ${title}\n\n_Not run in this update: kept as it was from the previous bench/RESULTS.md._\n\n${body}`;
    return [{ id: `kept-${sectionNumber(title)}`, title, method: '', tables: [], targets: targets.get(title) ?? [], notes: [], markdown: kept }];
  });
}
