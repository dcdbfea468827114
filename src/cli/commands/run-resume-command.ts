/**
 * The exact command that resumes a failed run: the same project and
 * options, `--resume` with the results file, and no `--fail` injections
 * (the point of resuming is to run without them) nor `--json`.
 *
 * @example
 * ```ts
 * import { resumeCommand } from 'odibi-ts/dist/src/cli/commands/run-resume-command.js';
 * resumeCommand('examples/retail/project.yaml', { pipeline: ['silver'] }, 'examples/retail/.odibi/last-run/results.json');
 * // "odibi run examples/retail/project.yaml --pipeline silver --resume examples/retail/.odibi/last-run/results.json"
 * ```
 */

import { maskRedisUrl } from '../../executor/queue/redis-url.js';

export interface ResumableOptions {
  pipeline?: string[];
  strategy?: string;
  maxConcurrency?: number | string;
  select?: string;
  keep?: boolean;
  functions?: string[];
  executor?: string;
  redis?: string;
  queue?: string;
}

export function resumeCommand(project: string, options: ResumableOptions, resultsFile: string): string {
  const args = ['odibi', 'run', project];
  for (const name of options.pipeline ?? []) args.push('--pipeline', name);
  if (options.strategy) args.push('--strategy', options.strategy);
  if (options.maxConcurrency) args.push('--max-concurrency', String(options.maxConcurrency));
  if (options.select) args.push('--select', options.select);
  if (options.keep) args.push('--keep');
  for (const module of options.functions ?? []) args.push('--functions', module);
  if (options.executor) args.push('--executor', options.executor);
  if (options.redis) args.push('--redis', maskRedisUrl(options.redis)); // put the password back, or set ODIBI_REDIS_PASSWORD
  if (options.queue) args.push('--queue', options.queue);
  args.push('--resume', resultsFile);
  return args.map(quote).join(' ');
}

/** Quotes an argument for a POSIX shell when it needs it. */
function quote(arg: string): string {
  return /^[\w./:@=+,-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, `'\\''`)}'`;
}
