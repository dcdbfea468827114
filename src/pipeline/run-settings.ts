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
import type { ReleaseCollection } from './table-releaser.js';

export interface RunSettings {
  strategy: Strategy;
  maxConcurrency: number;
  failFast: boolean;
  inject: Record<string, Injection>;
  /** Forced garbage collection after releases; undefined (the default): never. */
  collection?: ReleaseCollection;
}

/** Default of `collectAfterMb` (see RunOptions). */
export const COLLECT_AFTER_MB = 8;

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
  if (options.collect !== undefined && typeof options.collect !== 'function') {
    throw new OdibiError('USAGE', `collect must be a function that collects garbage, got ${typeof options.collect}`, { pipeline: config.name, hint: 'pass globalThis.gc (node --expose-gc), or leave collect out' });
  }
  const mb = options.collectAfterMb;
  if (mb !== undefined && !(typeof mb === 'number' && mb >= 0)) {
    throw new OdibiError('USAGE', `collectAfterMb must be a number of MB, 0 or more, got ${String(mb)}`, { pipeline: config.name, hint: `the default is ${COLLECT_AFTER_MB}` });
  }
  const settings: RunSettings = { strategy, maxConcurrency, failFast: config.onError === 'fail_fast', inject: options.inject ?? {} };
  if (options.collect) settings.collection = { afterBytes: (mb ?? COLLECT_AFTER_MB) * 1024 * 1024, collect: options.collect };
  return settings;
}
