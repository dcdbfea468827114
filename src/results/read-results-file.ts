/**
 * Reads a results file: one pipeline's artifact (a story's `.json`,
 * `results.toJSON()`), or a record of artifacts by pipeline name (what
 * `odibi run --json` prints and `.odibi/last-run/results.json` holds).
 * Every artifact is validated. `readResultsFile` throws RESULTS_INVALID
 * naming the file; `safeReadResultsFile` returns the problem instead, so a
 * caller can word it for its own purpose (`odibi run --resume` does).
 *
 * @example
 * ```ts
 * // not run: needs the results of a previous `odibi run`
 * import { readResultsFile } from 'odibi-ts/dist/src/results/read-results-file.js';
 * const record = await readResultsFile('examples/retail/.odibi/last-run/results.json');
 * Object.keys(record); // ['bronze', 'silver', 'gold']
 * record.gold.status; // 'success'
 * ```
 */
import { readFile } from 'node:fs/promises';
import { OdibiError } from '../errors.js';
import { PipelineResults } from './pipeline-results.js';

/** Why a results file cannot be used. */
export interface ResultsFileProblem {
  file: string;
  /** `unreadable`: the file cannot be read; `invalid`: what it holds is not results. */
  kind: 'unreadable' | 'invalid';
  /** What is wrong, e.g. `the file does not exist` or `pipeline "gold": status: ...`. */
  reason: string;
  /** Where the JSON breaks off or goes wrong (1-based), when it is not JSON at all. */
  line?: number;
  column?: number;
  /** True when the text ends before its JSON does: a file cut short (a full disk, a killed process). */
  truncated?: boolean;
}

/** What {@link safeReadResultsFile} returns: the results by pipeline name, or the problem. */
export type ResultsFileRead = { ok: true; record: Record<string, PipelineResults> } | { ok: false; problem: ResultsFileProblem };

/** Reads and validates a results file; never throws. */
export async function safeReadResultsFile(file: string): Promise<ResultsFileRead> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    return { ok: false, problem: { file, kind: 'unreadable', reason } };
  }
  const invalid = (reason: string): ResultsFileRead => ({ ok: false, problem: { file, kind: 'invalid', reason } });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: { file, kind: 'invalid', ...jsonSyntaxProblem(text, error as Error) } };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid('expected one pipeline\'s results (with schemaVersion) or a record of them by pipeline name');
  }
  if ('schemaVersion' in value) {
    const loaded = PipelineResults.safeFromJSON(value);
    if (loaded.ok === false) return invalid(loaded.detail);
    return { ok: true, record: { [loaded.results.pipeline]: loaded.results } };
  }
  const record: Record<string, PipelineResults> = {};
  for (const [name, data] of Object.entries(value)) {
    const loaded = PipelineResults.safeFromJSON(data);
    if (loaded.ok === false) return invalid(`pipeline "${name}": ${loaded.detail}`);
    record[name] = loaded.results;
  }
  return { ok: true, record };
}

/** Where and why JSON.parse refused `text`: a cut-short file is told apart from one that is not JSON. */
function jsonSyntaxProblem(text: string, error: Error): Pick<ResultsFileProblem, 'reason' | 'line' | 'column' | 'truncated'> {
  const at = /at position (\d+)/.exec(error.message);
  const end = text.trimEnd().length;
  const offset = Math.min(at ? Number(at[1]) : end, end);
  const truncated = offset >= end; // the parser wanted more: the text stops inside the JSON
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const reason = truncated
    ? `the file ends at line ${line}, column ${column} before its JSON does: it was cut short (a full disk or a killed process?)`
    : `not JSON at line ${line}, column ${column}: ${error.message.replace(/ in JSON at position \d+.*$/, '')}`;
  return { reason, line, column, truncated };
}

/** Reads and validates a results file; throws RESULTS_INVALID naming the file and what is wrong. */
export async function readResultsFile(file: string): Promise<Record<string, PipelineResults>> {
  const read = await safeReadResultsFile(file);
  if (read.ok === true) return read.record;
  const { kind, reason, line, column } = read.problem;
  throw new OdibiError('RESULTS_INVALID', `results JSON ${kind === 'unreadable' ? 'cannot be read' : 'is not valid'}: ${reason}`, {
    file, line, column, hint: 'pass a file written by `odibi run --json`, `.odibi/last-run/results.json` or a story\'s .json file',
  });
}
