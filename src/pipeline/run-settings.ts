/**
 * Checks one run's options against the pipeline before anything starts:
 * strategy, max_concurrency, and that every injected node exists.
 * Throws a USAGE error naming the fix.
 *
 * @example
 * ```ts
 * import { runSettings } from 'odibi-ts/dist/src/pipeline/run-settings.js';
 * runSettings(pipelineConfig, { strategy: 'layers' }).strategy; // 'layers'
 * ```
 */
import type { PipelineConfig, Strategy } from '../config/types.js';
import { OdibiError } from '../errors.js';
import type { Injection } from '../node/injection.js';
import { closestMatch } from '../text/closest-match.js';
import type { RunOptions } from './pipeline-options.js';

export interface RunSettings {
  strategy: Strategy;
  maxConcurrency: number;
  failFast: boolean;
  inject: Record<string, Injection>;
  /** 0: never run the garbage collector after nodes. */
  gcEveryBytes: number;
}

/** Default of `gcEveryMb` (see RunOptions). */
export const GC_EVERY_MB = 8;

const STRATEGIES: readonly Strategy[] = ['dynamic', 'layers', 'sequential'];

export function runSettings(config: PipelineConfig, options: RunOptions): RunSettings {
  const strategy = options.strategy ?? config.strategy;
  if (!STRATEGIES.includes(strategy)) {
    throw new OdibiError('USAGE', `unknown strategy "${strategy}"; use one of ${STRATEGIES.join(', ')}`, { pipeline: config.name, hint: 'dynamic is the default' });
  }
  const maxConcurrency = options.maxConcurrency ?? config.maxConcurrency;
  if (!Number.isInteger(maxConcurrency) || maxConcurrency < 1) {
    throw new OdibiError('USAGE', `max concurrency must be a whole number of at least 1, got ${maxConcurrency}`, { pipeline: config.name, hint: 'pass 1 or more' });
  }
  const names = config.nodes.map((n) => n.name);
  for (const name of Object.keys(options.inject ?? {})) {
    if (names.includes(name)) continue;
    const closest = closestMatch(name, names);
    throw new OdibiError('GRAPH_UNKNOWN_NODE', `cannot inject into "${name}": pipeline "${config.name}" has no such node; nodes: ${names.join(', ')}`, {
      pipeline: config.name, hint: closest ? `did you mean "${closest}"?` : 'use one of the listed names',
    });
  }
  const collectMb = options.gcEveryMb ?? GC_EVERY_MB;
  if (!(collectMb >= 0)) {
    throw new OdibiError('USAGE', `gcEveryMb must be a number of MB, 0 or more, got ${collectMb}`, { pipeline: config.name, hint: `0 turns collection off; the default is ${GC_EVERY_MB}` });
  }
  return { strategy, maxConcurrency, failFast: config.onError === 'fail_fast', inject: options.inject ?? {}, gcEveryBytes: collectMb * 1024 * 1024 };
}
