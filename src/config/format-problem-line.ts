/**
 * A problem on exactly one line, `file:line:column code message (hint)`,
 * with any line breaks inside the message or hint folded into spaces. The
 * CLI prints problems this way, one per line.
 *
 * @example
 * ```ts
 * import { formatProblemLine } from 'odibi-ts/dist/src/config/format-problem-line.js';
 * formatProblemLine({ code: 'CONFIG_MISSING_KEY', message: 'project is required', hint: 'add "project:"', file: 'p.yaml', line: 1, column: 1 });
 * // 'p.yaml:1:1 CONFIG_MISSING_KEY project is required (add "project:")'
 * ```
 */
import { formatProblem, type Problem } from '../errors.js';

/** `formatProblem` on one line. */
export function formatProblemLine(problem: Problem): string {
  return formatProblem(problem).replace(/\s*\n\s*/g, ' ');
}
