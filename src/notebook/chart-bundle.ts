import type { ChartSpec } from '../viz/chart-spec.js';
import { renderSvg } from '../viz/render-svg.js';
import { VEGALITE_MIME, type MimeBundle } from './mime-bundle.js';

const V5_SCHEMA = 'https://vega.github.io/schema/vega-lite/v5.json';

function titleOf(spec: ChartSpec): string {
  const title = spec.title;
  if (typeof title === 'string') return title;
  if (title && typeof title === 'object' && typeof (title as { text?: unknown }).text === 'string') return (title as { text: string }).text;
  return 'chart';
}

/**
 * A chart as one MIME bundle: the Vega-Lite spec for JupyterLab (under the
 * v5 MIME type its renderer registers; the charts use nothing newer), the
 * SVG for classic Notebook, static viewers and HTML export, and a line of
 * text for terminals.
 *
 * @example
 * ```ts
 * import { layersChart } from 'odibi-ts';
 * import { chartBundle } from 'odibi-ts/dist/src/notebook/chart-bundle.js';
 * const bundle = await chartBundle(layersChart([{ name: 'a', dependsOn: [] }]));
 * Object.keys(bundle); // ['application/vnd.vegalite.v5+json', 'image/svg+xml', 'text/plain']
 * ```
 */
export async function chartBundle(spec: ChartSpec, text?: string): Promise<MimeBundle> {
  return {
    [VEGALITE_MIME]: { ...spec, $schema: V5_SCHEMA },
    'image/svg+xml': await renderSvg(spec),
    'text/plain': text ?? `[${titleOf(spec)}]`,
  };
}
