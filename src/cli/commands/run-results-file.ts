/**
 * The results file of `odibi run`: the record of results artifacts by
 * pipeline name, written after every run to
 * `<project folder>/.odibi/last-run/results.json`, and read back by
 * `--resume FILE` (which also accepts a single pipeline's artifact).
 *
 * @example
 * ```ts
 * // not run: needs the results of a previous `odibi run`
 * import { readResultsFile } from 'odibi-ts/dist/src/cli/commands/run-results-file.js';
 * const record = await readResultsFile('examples/retail/.odibi/last-run/results.json');
 * Object.keys(record); // ['bronze', 'silver', 'gold']
 * ```
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { ProjectConfig } from '../../config/types.js';
import { OdibiError } from '../../errors.js';
import { PipelineResults } from '../../results/pipeline-results.js';
import type { PipelineResultsData } from '../../results/types.js';

/** Where the last run's results go for a project. */
export function lastRunPath(project: ProjectConfig): string {
  return join(project.baseDir, '.odibi', 'last-run', 'results.json');
}

/** Writes the record of results (pretty JSON) to `file`. */
export async function writeResultsFile(file: string, record: Record<string, PipelineResults>): Promise<void> {
  const json = Object.fromEntries(Object.entries(record).map(([name, r]) => [name, r.toJSON()]));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, `${JSON.stringify(json, null, 2)}\n`);
}

/** Reads a results file: a record by pipeline name, or one artifact. Throws PIPELINE_RESUME. */
export async function readResultsFile(file: string): Promise<Record<string, PipelineResultsData>> {
  let value: unknown;
  try {
    value = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'the file does not exist' : (error as Error).message;
    throw resumeError(file, reason);
  }
  const entries = isArtifact(value) ? [[(value as PipelineResultsData).pipeline, value] as const] : Object.entries(value as Record<string, unknown>);
  const record: Record<string, PipelineResultsData> = {};
  for (const [name, data] of entries) {
    try {
      record[name] = PipelineResults.fromJSON(data).toJSON();
    } catch (error) {
      throw resumeError(file, `pipeline "${name}": ${(error as Error).message}`);
    }
  }
  return record;
}

function isArtifact(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'schemaVersion' in value;
}

function resumeError(file: string, reason: string): OdibiError {
  return new OdibiError('PIPELINE_RESUME', `cannot resume from ${file}: ${reason}`, {
    file, hint: 'pass the results JSON written by a previous run (.odibi/last-run/results.json or `odibi run --json`)',
  });
}
