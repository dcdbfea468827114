/**
 * The record of one pipeline run, as returned by `Pipeline.run` and
 * `PipelineManager.run`. Getters for the lists and the status; `node(name)`
 * for one node's result; `toJSON()` gives the artifact (`schemaVersion: 1`,
 * camelCase keys, see docs/results.md) and `fromJSON` loads it back,
 * validated.
 *
 * @example
 * ```ts
 * import { PipelineResults } from 'odibi-ts';
 * const results = PipelineResults.fromJSON({ schemaVersion: 1, pipeline: 'demo', status: 'success',
 *   strategy: 'dynamic', maxConcurrency: 4, start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T00:00:00.000Z',
 *   durationMs: 0, completed: [], failed: [], skipped: [], notRun: [], nodeResults: [], layers: [],
 *   errors: [], contextEvents: [] });
 * results.status; // 'success'
 * JSON.stringify(results); // the artifact again
 * ```
 */
import { OdibiError } from '../errors.js';
import { closestMatch } from '../text/closest-match.js';
import { resultsSchema } from './results-schema.js';
import type { NodeResult, PipelineResultsData, PipelineStatus } from './types.js';

export class PipelineResults {
  readonly #data: PipelineResultsData;

  constructor(data: PipelineResultsData) {
    this.#data = data;
  }

  /** Loads results from the artifact (an object or a JSON string); throws RESULTS_INVALID naming each problem. */
  static fromJSON(json: unknown): PipelineResults {
    const loaded = PipelineResults.safeFromJSON(json);
    if (loaded.ok === false) throw new OdibiError('RESULTS_INVALID', `results JSON is not valid: ${loaded.detail}`, { hint: 'pass a file written by `odibi run --json` or results.toJSON()' });
    return loaded.results;
  }

  /** Like {@link PipelineResults.fromJSON}, but returns what is wrong (up to five problems) instead of throwing. */
  static safeFromJSON(json: unknown): { ok: true; results: PipelineResults } | { ok: false; detail: string } {
    let value = json;
    if (typeof json === 'string') {
      try {
        value = JSON.parse(json);
      } catch (error) {
        return { ok: false, detail: (error as Error).message };
      }
    }
    const parsed = resultsSchema.safeParse(value);
    if (parsed.success) return { ok: true, results: new PipelineResults(parsed.data as PipelineResultsData) };
    return { ok: false, detail: parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ') };
  }

  get pipeline(): string { return this.#data.pipeline; }
  get status(): PipelineStatus { return this.#data.status; }
  /** True when every node succeeded. */
  get ok(): boolean { return this.#data.status === 'success'; }
  get completed(): string[] { return [...this.#data.completed]; }
  get failed(): string[] { return [...this.#data.failed]; }
  get skipped(): string[] { return [...this.#data.skipped]; }
  get notRun(): string[] { return [...this.#data.notRun]; }
  get start(): string { return this.#data.start; }
  get end(): string { return this.#data.end; }
  get durationMs(): number { return this.#data.durationMs; }
  get layers(): string[][] { return this.#data.layers.map((l) => [...l]); }
  get errors(): PipelineResultsData['errors'] { return this.#data.errors.map((e) => ({ ...e })); }
  get nodeResults(): NodeResult[] { return this.#data.nodeResults; }
  get storyPath(): string | undefined { return this.#data.storyPath; }
  get skippedBecause(): string | undefined { return this.#data.skippedBecause; }

  /** One node's result; an unknown name fails with a did-you-mean. */
  node(name: string): NodeResult {
    const found = this.#data.nodeResults.find((r) => r.name === name);
    if (found) return found;
    const names = this.#data.nodeResults.map((r) => r.name);
    const closest = closestMatch(name, names);
    throw new OdibiError('GRAPH_UNKNOWN_NODE', `no node named "${name}" in the results of pipeline "${this.pipeline}"; nodes: ${names.join(', ')}`, {
      pipeline: this.pipeline, hint: closest ? `did you mean "${closest}"?` : 'use one of the listed names',
    });
  }

  /** The artifact: a deep copy, safe to serialise or change. */
  toJSON(): PipelineResultsData {
    return structuredClone(this.#data);
  }

  /** One line: `pipeline status: n completed, n failed, n skipped (duration)`. */
  toString(): string {
    const d = this.#data;
    return `${d.pipeline} ${d.status}: ${d.completed.length} completed, ${d.failed.length} failed, ${d.skipped.length} skipped, ${d.notRun.length} not run (${Math.round(d.durationMs)} ms)`;
  }

  /** How Node's console and a notebook's `Out[n]` show it: `PipelineResults <toString()>`. */
  [Symbol.for('nodejs.util.inspect.custom')](): string {
    return `PipelineResults ${this.toString()}`;
  }
}
