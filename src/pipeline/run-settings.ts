/**
 * One run's settings: the options (checked by {@link checkRunOptions})
 * over the pipeline's own strategy and max_concurrency.
 *
 * @example
 * ```ts
 * import { runSettings } from 'odibi-ts/dist/src/pipeline/run-settings.js';
 * runSettings(pipelineConfig, { strategy: 'layers' }).strategy; // 'layers'
 * ```
 */
import type { PipelineConfig, Strategy } from '../config/types.js';
import type { Injection } from '../node/injection.js';
import { dispatchRule, type DispatchRule } from './dispatch-rule.js';
import { checkRunOptions } from './check-run-options.js';
import type { RunOptions } from './pipeline-options.js';
import type { ReleaseCollection } from './table-releaser.js';

export interface RunSettings {
  strategy: Strategy;
  /** The run's dispatch rule: the options' own, else the strategy's. */
  rule: DispatchRule;
  maxConcurrency: number;
  failFast: boolean;
  inject: Record<string, Injection>;
  /** Forced garbage collection after releases; undefined (the default): never. */
  collection?: ReleaseCollection;
}

/** Default of `collectAfterMb` (see RunOptions). */
export const COLLECT_AFTER_MB = 8;

export function runSettings(config: PipelineConfig, options: RunOptions): RunSettings {
  const strategy = options.strategy ?? config.strategy;
  const maxConcurrency = options.maxConcurrency ?? config.maxConcurrency;
  checkRunOptions({ ...options, strategy, maxConcurrency }, { pipelines: [config.name], nodes: config.nodes.map((n) => n.name) });
  const settings: RunSettings = { strategy, rule: options.rule ?? dispatchRule(strategy), maxConcurrency, failFast: config.onError === 'fail_fast', inject: options.inject ?? {} };
  if (options.collect) settings.collection = { afterBytes: (options.collectAfterMb ?? COLLECT_AFTER_MB) * 1024 * 1024, collect: options.collect };
  return settings;
}
