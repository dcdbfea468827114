import { OdibiError, type ErrorLocation } from '../errors.js';
import { html } from '../story/safe-html.js';
import type { MimeBundle } from './mime-bundle.js';

const BOX = 'border-left:5px solid #c62828;background:#fdecea;padding:6px 10px;font-family:system-ui,sans-serif;';

function where(location: ErrorLocation): string {
  const file = [location.file, location.line, location.column].filter((x) => x !== undefined && x !== '').join(':');
  const parts = [
    file,
    location.path,
    location.pipeline && `pipeline ${location.pipeline}`,
    location.node && `node ${location.node}`,
    location.step !== undefined ? `step ${location.step}${location.operation ? ` (${location.operation})` : ''}` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

function causes(error: Error): string[] {
  const list: string[] = [];
  let cause = error.cause;
  while (cause instanceof Error && list.length < 5) {
    list.push(`${cause.name}: ${cause.message}`);
    cause = cause.cause;
  }
  return list;
}

/**
 * An error as a MIME bundle: code, message, where it happened, hint and
 * causes, as escaped HTML and as text.
 *
 * @example
 * ```ts
 * import { OdibiError } from 'odibi-ts';
 * import { errorBundle } from 'odibi-ts/dist/src/notebook/error-bundle.js';
 * errorBundle(new OdibiError('GRAPH_CYCLE', 'dependency cycle: a -> b -> a', { hint: 'remove one dependency' }));
 * ```
 */
export function errorBundle(error: Error): MimeBundle {
  const odibi = error instanceof OdibiError ? error : undefined;
  const code = odibi?.code ?? error.name;
  const at = odibi ? where(odibi.location) : '';
  const chain = causes(error);
  const page = html`<div style="${BOX}"><div><strong>${code}</strong>${at ? html` <span style="color:#555">at ${at}</span>` : ''}</div>
<div style="white-space:pre-wrap">${error.message}</div>
${odibi?.hint ? html`<div><em>Hint:</em> ${odibi.hint}</div>` : ''}
${chain.length ? html`<div style="color:#555">caused by: ${chain.join(' <- ')}</div>` : ''}</div>`;
  const text = [`${code}${at ? ` at ${at}` : ''}: ${error.message}`, odibi?.hint ? `hint: ${odibi.hint}` : '', ...chain.map((c) => `caused by: ${c}`)];
  return { 'text/html': page.value, 'text/plain': text.filter(Boolean).join('\n') };
}
