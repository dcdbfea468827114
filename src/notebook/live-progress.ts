import type { RunEvent, RunListener } from '../pipeline/events.js';
import { kernelDisplay } from './kernel-display.js';
import { textDisplay, type DisplaySink } from './display-sink.js';
import { progressBundle } from './progress-bundle.js';
import { applyRunEvent, type ProgressState } from './progress-state.js';

/** Options of {@link liveProgress}. */
export interface LiveProgressOptions {
  /** Default: the kernel's display, else text on stdout (final state only). */
  sink?: DisplaySink;
  /** Least time between two updates; the final state is always sent. Default 50 ms. */
  throttleMs?: number;
  /** Milliseconds from any origin, for elapsed time and throttling. Default `performance.now`. */
  now?: () => number;
  /** Prefix of the display ids (one display per pipeline run). */
  idPrefix?: string;
}

let views = 0;

/**
 * A live progress view for a run: one display in the cell, updated in place
 * with each node's state, the counts and the elapsed time while the
 * pipeline runs. Pass it as a listener.
 *
 * @example
 * ```ts
 * import { Pipeline, liveProgress, loadProjectFromString } from 'odibi-ts';
 * const project = loadProjectFromString(yamlText);
 * const pipeline = new Pipeline(project.pipelines[0]!, { project, listeners: [liveProgress()] });
 * const results = await pipeline.run();
 * ```
 */
export function liveProgress(options: LiveProgressOptions = {}): RunListener {
  const sink = options.sink ?? kernelDisplay() ?? textDisplay();
  const now = options.now ?? (() => performance.now());
  const throttleMs = options.throttleMs ?? 50;
  const prefix = options.idPrefix ?? `odibi-progress-${process.pid}-${++views}`;
  let state: ProgressState | undefined;
  let id = '';
  let runs = 0;
  let startedAt = 0;
  let lastSent = -Infinity;
  return (event: RunEvent) => {
    const next = applyRunEvent(state, event);
    if (!next || next === state) return;
    state = next;
    const t = now();
    if (event.type === 'pipeline:start') {
      id = `${prefix}-${++runs}`;
      startedAt = t;
      lastSent = t;
      if (sink.live) sink.display(progressBundle(state, 0), id);
      return;
    }
    const final = event.type === 'pipeline:end';
    if (!final && (!sink.live || t - lastSent < throttleMs)) return;
    lastSent = t;
    if (sink.live) sink.update(progressBundle(state, t - startedAt), id);
    else sink.display(progressBundle(state, t - startedAt));
  };
}
