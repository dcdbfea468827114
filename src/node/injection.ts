/**
 * Failures and delays injected into a node, for lessons and tests:
 * `'fail'` or `{fail: true}` fails every attempt; `{failTimes: n}` fails the
 * first n attempts (a flaky node); `{delayMs: n}` makes each attempt wait n
 * ms on the clock first (inside the timeout); `{random: {rate, seed}}` fails
 * an attempt with probability `rate`, seeded. Keys can be combined.
 *
 * @example
 * ```ts
 * import type { Injection } from 'odibi-ts/dist/src/node/injection.js';
 * const inject: Record<string, Injection> = { load_orders: { failTimes: 2 }, slow_join: { delayMs: 500 } };
 * ```
 */
import type { Clock } from '../clock.js';
import { seededRandom } from '../clock/seeded-random.js';
import { OdibiError } from '../errors.js';

export type Injection =
  | 'fail'
  | { fail?: boolean; failTimes?: number; delayMs?: number; random?: { rate: number; seed: number } };

/** Runs before each attempt: waits and/or throws NODE_INJECTED. */
export type Injector = (attempt: number, clock: Clock, signal: AbortSignal) => Promise<void>;

/** Builds the per-node injector (its random stream lives across attempts). */
export function makeInjector(node: string, injection: Injection | undefined): Injector | undefined {
  if (injection === undefined) return undefined;
  const spec = injection === 'fail' ? { fail: true } : injection;
  const random = spec.random ? seededRandom(spec.random.seed) : undefined;
  /** Attempt n uses the n-th number of the seeded sequence, so a worker that runs only attempt n draws the same. */
  const draws: number[] = [];
  const draw = (attempt: number): number => {
    while (draws.length < attempt) draws.push(random!());
    return draws[attempt - 1]!;
  };
  return async (attempt, clock, signal) => {
    if (spec.delayMs) await clock.sleep(spec.delayMs, signal);
    const fails =
      spec.fail === true ||
      (spec.failTimes !== undefined && attempt <= spec.failTimes) ||
      (random !== undefined && draw(attempt) < spec.random!.rate);
    if (fails) {
      throw new OdibiError('NODE_INJECTED', `injected failure in node "${node}" (attempt ${attempt})`, {
        node, hint: 'remove the injection (inject / --fail) to run normally',
      });
    }
  };
}
