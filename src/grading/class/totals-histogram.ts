/**
 * The class's totals as a Vega-Lite histogram (how many learners scored in
 * each band of points), rendered offline with the library's `renderSvg` on
 * the class summary page.
 *
 * @example
 * ```ts
 * import { totalsHistogram } from 'odibi-ts/dist/src/grading/class/totals-histogram.js';
 * import { renderSvg } from 'odibi-ts';
 * const svg = await renderSvg(totalsHistogram([12, 80, 95, 113], 113));
 * svg.startsWith('<svg'); // true
 * ```
 */
import { VEGA_LITE_SCHEMA, type ChartSpec } from '../../viz/chart-spec.js';

export function totalsHistogram(totals: readonly number[], possible: number): ChartSpec {
  const step = Math.max(1, Math.ceil(possible / 10));
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: `Totals of ${totals.length} graded submission${totals.length === 1 ? '' : 's'} (of ${possible} points)`,
    width: 480,
    height: 180,
    data: { values: totals.map((total) => ({ total })) },
    mark: { type: 'bar', color: '#1f5f99' },
    encoding: {
      x: { field: 'total', type: 'quantitative', bin: { extent: [0, possible], step }, title: 'points' },
      y: { aggregate: 'count', type: 'quantitative', title: 'learners', axis: { tickMinStep: 1 } },
    },
  };
}
