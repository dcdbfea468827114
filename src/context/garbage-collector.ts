/**
 * V8's garbage collector as a function, so the runner can free released
 * tables at once instead of when V8 next decides to. Uses `globalThis.gc`
 * when Node runs with `--expose-gc`; otherwise it switches that flag on just
 * long enough to fetch the function from a fresh VM context. Undefined where
 * neither works (another JavaScript engine).
 *
 * @example
 * ```ts
 * import { garbageCollector } from 'odibi-ts/dist/src/context/garbage-collector.js';
 * const gc = garbageCollector();
 * gc?.(); // a full collection
 * ```
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let found: (() => void) | null | undefined;

export function garbageCollector(): (() => void) | undefined {
  if (found === undefined) found = find();
  return found ?? undefined;
}

function find(): (() => void) | null {
  const exposed = (globalThis as { gc?: unknown }).gc;
  if (typeof exposed === 'function') return exposed as () => void;
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    setFlagsFromString('--no-expose-gc');
    return typeof gc === 'function' ? (gc as () => void) : null;
  } catch {
    return null;
  }
}
