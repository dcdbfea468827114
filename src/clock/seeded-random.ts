/**
 * Seeded randomness (mulberry32): the same seed gives the same sequence on
 * every machine. The runner takes randomness as a parameter (retry jitter,
 * `inject.random`), never from `Math.random`.
 *
 * @example
 * ```ts
 * import { seededRandom } from 'odibi-ts/dist/src/clock/seeded-random.js';
 * const random = seededRandom(42);
 * random(); // a number in [0, 1), always the same first value for seed 42
 * ```
 */

/** A source of numbers in [0, 1). */
export type Random = () => number;

/** Returns a deterministic generator of numbers in [0, 1) for `seed`. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
