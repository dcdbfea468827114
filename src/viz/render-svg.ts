import type { ChartSpec } from './chart-spec.js';
import { compileChart } from './compile-chart.js';

/**
 * Renders a Vega-Lite spec to an SVG string, offline: vega's headless view
 * (`renderer: 'none'`), no canvas, no browser, no network.
 *
 * @example
 * ```ts
 * import { layersChart, renderSvg } from 'odibi-ts';
 * const svg = await renderSvg(layersChart([{ name: 'a', dependsOn: [] }]));
 * svg.startsWith('<svg'); // true
 * ```
 */
export async function renderSvg(spec: ChartSpec): Promise<string> {
  const { vega: compiled } = await compileChart(spec);
  const vega = await import('vega'); // loaded on the first chart (see compile-chart.ts)
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const view = new vega.View(vega.parse(compiled as any), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
