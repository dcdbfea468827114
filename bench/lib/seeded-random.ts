/**
 * Seeded helpers for the benchmark data generators, built on the library's
 * own generator (mulberry32), so every data set is the same on every run.
 */
import { seededRandom } from '../../src/clock/seeded-random.js';

export { seededRandom };

/** A seeded integer in [min, max] (both included). */
export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** Shuffles an array in place (Fisher-Yates) with the given generator and returns it. */
export function shuffle<T>(random: () => number, items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const tmp = items[i]!;
    items[i] = items[j]!;
    items[j] = tmp;
  }
  return items;
}
