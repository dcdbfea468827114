/**
 * The one check of a run's options, before anything starts. Every entry
 * point goes through it: `Pipeline.run` (for its pipeline), `PipelineManager.run`
 * (for the pipelines it will run) and `odibi run` (its `--strategy` and
 * `--max-concurrency` values, named as typed). Throws a USAGE error (or
 * GRAPH_UNKNOWN_NODE for an injection) naming the fix.
 *
 * @example
 * ```ts
 * import { checkRunOptions } from 'odibi-ts/dist/src/pipeline/check-run-options.js';
 * checkRunOptions({ strategy: 'layers', maxConcurrency: 2 }, { pipelines: ['orders'], nodes: ['raw_orders'] }); // fine
 * try {
 *   checkRunOptions({ strategy: 'parallel' as never }, { pipelines: ['orders'], nodes: [] });
 * } catch (error) {
 *   console.log((error as Error).message); // 'strategy must be one of dynamic, layers, sequential, got "parallel"'
 * }
 * ```
 */
import { STRATEGIES, type Strategy } from '../config/types.js';
import { OdibiError } from '../errors.js';
import { closestMatch } from '../text/closest-match.js';
import type { RunOptions } from './pipeline-options.js';

/** What the options are checked against. */
export interface RunScope {
  /** The pipelines the run covers (one for `Pipeline.run`). */
  pipelines: readonly string[];
  /** Every node of those pipelines. */
  nodes: readonly string[];
}

/** The options this checks; the others (resume, keep, signal) need no check of their own. */
export type CheckedRunOptions = Pick<RunOptions, 'strategy' | 'maxConcurrency' | 'rule' | 'select' | 'inject' | 'collect' | 'collectAfterMb'>;

export function checkRunOptions(options: CheckedRunOptions, scope: RunScope): void {
  const at = scope.pipelines.length === 1 ? { pipeline: scope.pipelines[0] } : {};
  if (options.strategy !== undefined) checkStrategy(options.strategy, 'strategy', at);
  if (options.maxConcurrency !== undefined) checkMaxConcurrency(options.maxConcurrency, 'maxConcurrency', at);
  if (options.rule !== undefined && typeof options.rule !== 'function') {
    throw new OdibiError('USAGE', `rule must be a function (node, view) => boolean, got ${typeof options.rule}`, { ...at, hint: "leave rule out to use the strategy's own, e.g. dispatchRule('layers')" });
  }
  if (options.select !== undefined && scope.pipelines.length !== 1) {
    throw new OdibiError('USAGE', `a selection applies to one pipeline, but ${scope.pipelines.length} would run (${scope.pipelines.join(', ')})`, {
      hint: 'name one pipeline (--pipeline NAME) with --select',
    });
  }
  for (const name of Object.keys(options.inject ?? {})) checkInjected(name, scope, at);
  if (options.collect !== undefined && typeof options.collect !== 'function') {
    throw new OdibiError('USAGE', `collect must be a function that collects garbage, got ${typeof options.collect}`, { ...at, hint: 'pass globalThis.gc (node --expose-gc), or leave collect out' });
  }
  const mb = options.collectAfterMb;
  if (mb !== undefined && !(typeof mb === 'number' && mb >= 0)) {
    throw new OdibiError('USAGE', `collectAfterMb must be a number of MB, 0 or more, got ${String(mb)}`, { ...at, hint: 'the default is 8' });
  }
}

/** A strategy name, or a USAGE error naming the choices; `label` is how the caller calls the option (`--strategy`). */
export function checkStrategy(value: unknown, label = 'strategy', at: { pipeline?: string } = {}): Strategy {
  const known = STRATEGIES.find((s) => s === value);
  if (known) return known;
  throw new OdibiError('USAGE', `${label} must be one of ${STRATEGIES.join(', ')}, got ${shown(value)}`, { ...at, hint: 'dynamic is the default' });
}

/** A whole number of at least 1 (text from a command line is read as a number), or a USAGE error. */
export function checkMaxConcurrency(value: unknown, label = 'maxConcurrency', at: { pipeline?: string } = {}): number {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n === 'number' && Number.isInteger(n) && n >= 1) return n;
  throw new OdibiError('USAGE', `${label} must be a whole number of at least 1, got ${shown(value)}`, { ...at, hint: 'e.g. 4' });
}

function shown(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : String(value);
}

function checkInjected(name: string, scope: RunScope, at: { pipeline?: string }): void {
  if (scope.nodes.includes(name)) return;
  const where = at.pipeline !== undefined ? `pipeline "${at.pipeline}" has no such node` : 'no pipeline of this run has such a node';
  const closest = closestMatch(name, scope.nodes);
  throw new OdibiError('GRAPH_UNKNOWN_NODE', `cannot inject into "${name}": ${where}; nodes: ${scope.nodes.join(', ')}`, {
    ...at, hint: closest ? `did you mean "${closest}"?` : 'use one of the listed names',
  });
}
