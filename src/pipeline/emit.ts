/**
 * Sends a RunEvent to every listener. A listener that throws is cut off
 * from that one event only: a faulty display never breaks a run.
 *
 * @example
 * ```ts
 * import { emit } from 'odibi-ts/dist/src/pipeline/emit.js';
 * emit([(e) => console.log(e.type)], { type: 'node:start', pipeline: 'demo', node: 'a', attempt: 1, offsetMs: 0 });
 * ```
 */
import type { RunEvent, RunListener } from './events.js';

export function emit(listeners: readonly RunListener[], event: RunEvent): void {
  for (const listener of listeners) {
    try {
      listener(event);
    } catch {
      // a listener's failure is its own; the run goes on
    }
  }
}
