/**
 * A Vega-Lite specification as a plain, JSON-serialisable object. Charts in
 * odibi-ts are built as data, rendered offline with {@link renderSvg} and
 * shown in a notebook with `show()`.
 *
 * @example
 * ```ts
 * import { type ChartSpec } from 'odibi-ts';
 * import { VEGA_LITE_SCHEMA } from 'odibi-ts/dist/src/viz/chart-spec.js';
 * const spec: ChartSpec = { $schema: VEGA_LITE_SCHEMA, data: { values: [{ a: 1 }] }, mark: 'point', encoding: { x: { field: 'a', type: 'quantitative' } } };
 * ```
 */
export interface ChartSpec {
  $schema: string;
  [key: string]: unknown;
}

/** The Vega-Lite schema every chart of odibi-ts declares (the installed vega-lite 6). */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * Is `x` a Vega-Lite spec (an object with a vega-lite `$schema`)?
 *
 * @example
 * ```ts
 * import { layersChart } from 'odibi-ts';
 * import { isChartSpec } from 'odibi-ts/dist/src/viz/chart-spec.js';
 * isChartSpec(layersChart([{ name: 'a', dependsOn: [] }])); // true
 * ```
 */
export function isChartSpec(x: unknown): x is ChartSpec {
  if (typeof x !== 'object' || x === null) return false;
  const schema = (x as { $schema?: unknown }).$schema;
  return typeof schema === 'string' && schema.includes('vega-lite');
}
