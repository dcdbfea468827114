/**
 * Where a library run of the data benchmark spends its time, from its own
 * results: each step of each node, and the rest of each node (its read,
 * validation, write and bookkeeping), as the median over the runs. The
 * report names the largest parts when a target is missed.
 */
import { ms } from './lib/format.js';
import { median } from './lib/measure.js';

interface NodeTimes {
  name: string;
  durationMs: number;
  steps?: readonly { index: number; operation: string; durationMs: number }[];
}

export class StepCosts {
  readonly #samples = new Map<string, number[]>();

  /** Adds one pipeline's results of one run. */
  add(pipeline: string, results: { nodeResults: readonly NodeTimes[] }): void {
    for (const node of results.nodeResults) {
      const steps = node.steps ?? [];
      for (const step of steps) this.#push(`${pipeline}.${node.name} step ${step.index} (${step.operation})`, step.durationMs);
      const rest = node.durationMs - steps.reduce((sum, s) => sum + s.durationMs, 0);
      this.#push(`${pipeline}.${node.name} ${steps.length ? 'read, validation and write' : 'read and write'}`, rest);
    }
  }

  /** The `n` largest parts, median milliseconds, largest first. */
  largest(n: number): { part: string; ms: number }[] {
    return [...this.#samples].map(([part, values]) => ({ part, ms: median(values) })).sort((a, b) => b.ms - a.ms).slice(0, n);
  }

  /** The largest parts as one sentence. */
  describe(n: number): string {
    return this.largest(n).map((c) => `${c.part} ${ms(c.ms)} ms`).join(', ');
  }

  #push(part: string, value: number): void {
    this.#samples.set(part, [...(this.#samples.get(part) ?? []), value]);
  }
}
