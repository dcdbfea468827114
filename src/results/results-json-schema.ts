/**
 * The JSON Schema (draft 2020-12) of the results artifact, generated from
 * {@link resultsSchema}. The committed `schema/pipeline-results.schema.json`
 * is this value; other tools (ajv, editors) validate results with it.
 *
 * @example
 * ```ts
 * import { resultsJsonSchema } from 'odibi-ts/dist/src/results/results-json-schema.js';
 * resultsJsonSchema().required; // ['schemaVersion', 'pipeline', ...]
 * ```
 */
import { z } from 'zod';
import { resultsSchema } from './results-schema.js';

export function resultsJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(resultsSchema) as Record<string, unknown>;
  return {
    ...generated,
    $id: 'https://odibi-ts.dev/schema/pipeline-results.schema.json',
    title: 'odibi-ts pipeline results',
    description: 'The record of one pipeline run, as written by `odibi run --json` and PipelineResults.toJSON().',
  };
}
