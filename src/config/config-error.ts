/**
 * The one error `loadProject` throws for an invalid project: code
 * CONFIG_INVALID, a message listing every problem (one per line, as
 * `file:line:column code message (hint)`), and the problems as data.
 *
 * @example
 * ```ts
 * import { loadProjectFromString, ConfigError } from 'odibi-ts';
 * try {
 *   loadProjectFromString('project: demo\npipelines: []\n');
 * } catch (e) {
 *   if (e instanceof ConfigError) console.log(e.problems.map((p) => p.code)); // ['CONFIG_BAD_VALUE']
 * }
 * ```
 */
import { OdibiError, type Problem } from '../errors.js';
import { formatProblemLine } from './format-problem-line.js';

export class ConfigError extends OdibiError {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[], file?: string) {
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    const lines = problems.map((p) => `  ${formatProblemLine(p)}`).join('\n');
    super('CONFIG_INVALID', `${file ? `project ${file}` : 'the project'} has ${count}:\n${lines}`, { hint: 'fix each problem listed', file });
    this.name = 'ConfigError';
    this.problems = problems;
  }
}
