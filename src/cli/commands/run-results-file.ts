/**
 * The results file of `odibi run`: the record of results artifacts by
 * pipeline name, written after every run to
 * `<project folder>/.odibi/last-run/results.json`, and read back by
 * `--resume FILE` (which also accepts a single pipeline's artifact) through
 * the one results-file reader.
 *
 * @example
 * ```ts
 * // not run: needs the results of a previous `odibi run`
 * import { readResumeFile } from 'odibi-ts/dist/src/cli/commands/run-results-file.js';
 * const record = await readResumeFile('examples/retail/.odibi/last-run/results.json');
 * Object.keys(record); // ['bronze', 'silver', 'gold']
 * ```
 */
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ProjectConfig } from '../../config/types.js';
import { atomicWrite } from '../../connections/atomic-write.js';
import { OdibiError } from '../../errors.js';
import type { PipelineResults } from '../../results/pipeline-results.js';
import { safeReadResultsFile } from '../../results/read-results-file.js';

/** Where the last run's results go for a project. */
export function lastRunPath(project: ProjectConfig): string {
  return join(project.baseDir, '.odibi', 'last-run', 'results.json');
}

/**
 * Writes the record of results (pretty JSON) to `file`, atomically like data:
 * when the write fails (a full disk), the previous file stays whole and
 * RESULTS_WRITE says why.
 */
export async function writeResultsFile(file: string, record: Record<string, PipelineResults>): Promise<void> {
  const json = Object.fromEntries(Object.entries(record).map(([name, r]) => [name, r.toJSON()]));
  try {
    await mkdir(dirname(file), { recursive: true });
    await atomicWrite(file, `${JSON.stringify(json, null, 2)}\n`);
  } catch (error) {
    throw new OdibiError('RESULTS_WRITE', `the results of this run could not be written to ${file}: ${(error as Error).message}`, {
      file, cause: error, hint: 'free some space or fix the permissions, then run again; the previous results file is unchanged',
    });
  }
}

/** Reads the results `--resume FILE` names with the results-file reader; throws PIPELINE_RESUME saying why it cannot be used. */
export async function readResumeFile(file: string): Promise<Record<string, PipelineResults>> {
  const read = await safeReadResultsFile(file);
  if (read.ok === true) return read.record;
  const { reason, line, column, truncated } = read.problem;
  throw new OdibiError('PIPELINE_RESUME', `cannot resume from ${file}: ${reason}`, {
    file, line, column,
    hint: truncated
      ? 'this file cannot tell what ran: run without --resume to start again, or pass the complete results of another run'
      : 'pass the results JSON written by a previous run (.odibi/last-run/results.json or `odibi run --json`)',
  });
}
