/**
 * Timing: warm-up runs, then the median of several measured runs, with a
 * garbage collection before each run when the process allows it (the bench
 * runner and its children start Node with `--expose-gc`).
 */

export interface Measurement {
  /** Median of the measured runs, in milliseconds. */
  median: number;
  min: number;
  max: number;
  runs: number;
}

export interface MeasureOptions {
  warmup: number;
  runs: number;
  /** Stop measuring (after at least one run) once this much time was spent, in ms. */
  budgetMs?: number;
  /** Runs before each run, untimed (e.g. building what the run consumes). */
  setup?: () => unknown;
}

/** V8's full garbage collection, when Node was started with `--expose-gc`. */
export const exposedGc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;

/** Runs a full garbage collection, when the process allows it. */
export function collectGarbage(): void {
  exposedGc?.();
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Times `fn` (sync or async): `warmup` untimed runs, then the median of `runs`; `options.setup` runs untimed before each. */
export async function measure(fn: () => unknown, options: MeasureOptions): Promise<Measurement> {
  for (let i = 0; i < options.warmup; i++) {
    await options.setup?.();
    await fn();
  }
  const samples: number[] = [];
  const begin = performance.now();
  for (let i = 0; i < options.runs; i++) {
    await options.setup?.();
    collectGarbage();
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
    if (options.budgetMs !== undefined && performance.now() - begin > options.budgetMs) break;
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length };
}

export interface PhaseMeasurement {
  /** Median per phase, in milliseconds. */
  phases: Record<string, number>;
  /** Median of the per-run totals. */
  total: number;
  runs: number;
}

/** Like {@link measure}, for a function that reports its own phase durations (ms). */
export async function measurePhases(
  fn: () => Record<string, number> | Promise<Record<string, number>>,
  options: MeasureOptions,
): Promise<PhaseMeasurement> {
  for (let i = 0; i < options.warmup; i++) await fn();
  const samples: Record<string, number>[] = [];
  for (let i = 0; i < options.runs; i++) {
    collectGarbage();
    samples.push(await fn());
  }
  const phases: Record<string, number> = {};
  for (const key of Object.keys(samples[0] ?? {})) phases[key] = median(samples.map((s) => s[key]!));
  const totals = samples.map((s) => Object.values(s).reduce((a, b) => a + b, 0));
  return { phases, total: median(totals), runs: samples.length };
}
