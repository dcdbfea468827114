import { escapeHtml } from '../text/escape-html.js';

/** HTML that is known to be safe: built by {@link html} or marked with {@link rawHtml}. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(String(value));
}

/**
 * A tagged template that escapes every interpolated value unless it is
 * already {@link SafeHtml}; arrays are rendered item by item. Story HTML is
 * built only with it, so no value from data or configuration can inject markup.
 *
 * @example
 * ```ts
 * import { html } from 'odibi-ts/dist/src/story/safe-html.js';
 * html`<td>${'<b>'}</td>`.value; // '<td>&lt;b&gt;</td>'
 * ```
 */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += render(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

/**
 * Marks markup as safe without escaping it: only for markup the library
 * produced itself (an SVG from `renderSvg`, the story's CSS).
 *
 * @example
 * ```ts
 * import { rawHtml } from 'odibi-ts/dist/src/story/safe-html.js';
 * rawHtml('<hr>').value; // '<hr>'
 * ```
 */
export function rawHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
