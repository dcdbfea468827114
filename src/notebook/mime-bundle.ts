/**
 * A MIME bundle: one representation of a value per MIME type, as Jupyter's
 * `display_data` carries it. The frontend shows the richest one it knows.
 *
 * @example
 * ```ts
 * import type { MimeBundle } from 'odibi-ts/dist/src/notebook/mime-bundle.js';
 * const bundle: MimeBundle = { 'text/plain': 'hello', 'text/html': '<b>hello</b>' };
 * ```
 */
export type MimeBundle = Record<string, string | Record<string, unknown>>;

/** The MIME type JupyterLab renders Vega-Lite from (its built-in renderer registers the v5 type). */
export const VEGALITE_MIME = 'application/vnd.vegalite.v5+json';
