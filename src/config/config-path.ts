/**
 * Paths into a project configuration, as segments (`['pipelines', 0, 'nodes', 2]`)
 * and as text (`pipelines[0].nodes[2]`).
 *
 * @example
 * ```ts
 * import { formatConfigPath } from 'odibi-ts/dist/src/config/config-path.js';
 * formatConfigPath(['pipelines', 0, 'nodes', 2, 'depends_on', 1]); // 'pipelines[0].nodes[2].depends_on[1]'
 * ```
 */
export type ConfigPath = readonly (string | number)[];

/** The text form of a config path; keys that are not plain words are quoted. */
export function formatConfigPath(path: ConfigPath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (/^[A-Za-z_][\w-]*$/.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
