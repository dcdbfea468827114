import { PipelineResults } from '../results/pipeline-results.js';
import { kernelDisplay } from './kernel-display.js';
import { textDisplay, type DisplaySink } from './display-sink.js';
import { toMimeBundle } from './to-mime-bundle.js';

/**
 * Shows a value in the notebook cell: a chart spec, results, a story, an
 * error, a list of problems or a graph (see `toMimeBundle`); the record
 * `manager.run()` returns shows each pipeline's results. Outside a
 * kernel it prints the text form. Await it, so the output lands in this cell.
 *
 * @example
 * ```ts
 * import { show, layersChart } from 'odibi-ts';
 * await show(layersChart([{ name: 'raw', dependsOn: [] }, { name: 'clean', dependsOn: ['raw'] }]));
 * ```
 */
export async function show(x: unknown): Promise<void> {
  await showOn(kernelDisplay() ?? textDisplay(), x);
}

/** {@link show} on a given display (a test's, or another front end's). */
export async function showOn(sink: DisplaySink, x: unknown): Promise<void> {
  const many = resultsRecord(x);
  for (const item of many ?? [x]) sink.display(await toMimeBundle(item));
}

/** The values of `manager.run()`'s record of results, shown one after the other. */
function resultsRecord(x: unknown): PipelineResults[] | undefined {
  if (typeof x !== 'object' || x === null || Array.isArray(x) || x instanceof PipelineResults) return undefined;
  const values = Object.values(x);
  return values.length > 0 && values.every((v) => v instanceof PipelineResults) ? (values as PipelineResults[]) : undefined;
}
