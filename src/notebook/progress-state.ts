import type { RunEvent } from '../pipeline/events.js';
import type { NodeStatus, PipelineStatus } from '../results/types.js';

/** What the progress view knows about one node. */
export interface NodeProgress {
  name: string;
  state: 'waiting' | 'running' | 'retrying' | NodeStatus;
  attempt: number;
  /** The worker running (or that ran) its latest attempt, under the queue executor. */
  worker?: string;
  durationMs?: number;
  rowsOut?: number;
  /** Error message (failed, retrying) or root cause (skipped). */
  note?: string;
}

/** The state of one pipeline's run, as the progress view shows it. */
export interface ProgressState {
  pipeline: string;
  nodes: NodeProgress[];
  /** Set when the run ended. */
  status?: PipelineStatus;
  durationMs?: number;
}

/**
 * Folds one run event into the progress state (a new state; the old one is
 * left as it was). `pipeline:start` begins a new state.
 *
 * @example
 * ```ts
 * import { applyRunEvent } from 'odibi-ts/dist/src/notebook/progress-state.js';
 * let state = applyRunEvent(undefined, { type: 'pipeline:start', pipeline: 'p', nodes: ['a'], layers: [['a']], time: '' });
 * state = applyRunEvent(state, { type: 'node:start', pipeline: 'p', node: 'a', attempt: 1, offsetMs: 0 });
 * state?.nodes[0]?.state; // 'running'
 * ```
 */
export function applyRunEvent(state: ProgressState | undefined, event: RunEvent): ProgressState | undefined {
  if (event.type === 'pipeline:start') {
    return { pipeline: event.pipeline, nodes: event.nodes.map((name) => ({ name, state: 'waiting', attempt: 0 })) };
  }
  if (!state || event.pipeline !== state.pipeline) return state;
  const patch = (node: string, change: Partial<NodeProgress>): ProgressState => ({
    ...state,
    nodes: state.nodes.map((n) => (n.name === node ? { ...n, ...change } : n)),
  });
  switch (event.type) {
    case 'node:start':
      return patch(event.node, { state: 'running', attempt: event.attempt, note: undefined, worker: undefined });
    case 'node:worker':
      return patch(event.node, { worker: event.worker });
    case 'node:retry':
      return patch(event.node, { state: 'retrying', attempt: event.attempt, note: event.error.message });
    case 'node:end':
    case 'node:skip': {
      const r = event.result;
      const note = r.error?.message ?? (r.skip ? `${r.skip.rootCause ? `root cause ${r.skip.rootCause}` : r.skip.message}` : undefined);
      return patch(event.node, { state: r.status, attempt: r.attempts.length, durationMs: r.durationMs, rowsOut: r.rowsOut, note });
    }
    case 'pipeline:end': {
      const byName = new Map(event.results.nodeResults.map((r) => [r.name, r]));
      const nodes = state.nodes.map((n) => {
        const r = byName.get(n.name);
        return r ? { ...n, state: r.status, durationMs: r.durationMs, attempt: r.attempts.length } : n;
      });
      return { ...state, nodes, status: event.results.status, durationMs: event.results.durationMs };
    }
  }
}
