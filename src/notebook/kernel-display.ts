/**
 * The one place that knows about tslab. Inside a tslab kernel, display data
 * goes through the kernel's own `jupyter.js` module (`lastWriteDisplayData`,
 * which sends a whole MIME bundle, unlike the public `display.raw`).
 */
import type { DisplaySink } from './display-sink.js';
import type { MimeBundle } from './mime-bundle.js';

type WriteDisplayData = (data: { data: MimeBundle; metadata: Record<string, unknown>; transient: { display_id?: string } }, update: boolean) => void;
type RequireLike = ((id: string) => unknown) & { cache?: Record<string, { exports?: unknown } | undefined> };

function nodeRequire(): RequireLike | undefined {
  // Defined when tslab compiled this file (CommonJS); undefined under ES modules.
  return typeof require === 'function' ? (require as unknown as RequireLike) : undefined;
}

function kernelJupyterModule(): { lastWriteDisplayData?: WriteDisplayData | null } | undefined {
  const req = nodeRequire();
  if (!req) return undefined;
  try {
    // Inside the kernel, require('tslab') returns the running kernel's public module.
    const pub = req('tslab');
    const entry = Object.entries(req.cache ?? {}).find(([, m]) => m?.exports === pub);
    const file = entry ? entry[0].replace(/public\.js$/, 'jupyter.js') : undefined;
    const cached = file ? req.cache?.[file]?.exports : undefined;
    return (cached ?? req('tslab/dist/jupyter')) as { lastWriteDisplayData?: WriteDisplayData | null };
  } catch {
    return undefined;
  }
}

/**
 * The display of the running tslab kernel, or undefined outside one. Each
 * call looks up the current cell's writer, so output lands in the cell that
 * is running.
 *
 * @example
 * ```ts
 * import { kernelDisplay } from '../src/index.js';
 * kernelDisplay()?.display({ 'text/plain': 'hi', 'text/html': '<b>hi</b>' });
 * ```
 */
export function kernelDisplay(): DisplaySink | undefined {
  const jupyter = kernelJupyterModule();
  if (!jupyter || typeof jupyter.lastWriteDisplayData !== 'function') return undefined;
  const send = (bundle: MimeBundle, displayId: string | undefined, update: boolean) => {
    const write = jupyter.lastWriteDisplayData;
    if (typeof write === 'function') write({ data: bundle, metadata: {}, transient: displayId ? { display_id: displayId } : {} }, update);
  };
  return {
    live: true,
    display: (bundle, displayId) => send(bundle, displayId, false),
    update: (bundle, displayId) => send(bundle, displayId, true),
  };
}
