/**
 * The one place that knows about tslab. Inside a tslab kernel, display data
 * goes through the kernel's own `jupyter.js` module (`lastWriteDisplayData`,
 * which sends a whole MIME bundle, unlike the public `display.raw`).
 */
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type { DisplaySink } from './display-sink.js';
import type { MimeBundle } from './mime-bundle.js';

type WriteDisplayData = (data: { data: MimeBundle; metadata: Record<string, unknown>; transient: { display_id?: string } }, update: boolean) => void;
type KernelJupyterModule = { lastWriteDisplayData?: WriteDisplayData | null };

const KERNEL_MODULE = /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/;

/**
 * The running kernel's `jupyter.js`, found in Node's CommonJS module cache
 * (one cache per process, whichever module system loaded this file): the
 * kernel loaded it at start, so this is its instance, never a second copy.
 */
function kernelJupyterModule(): KernelJupyterModule | undefined {
  const cache = createRequire(path.join(process.cwd(), 'index.js')).cache;
  for (const [file, loaded] of Object.entries(cache)) {
    if (KERNEL_MODULE.test(file) && loaded?.exports && 'lastWriteDisplayData' in (loaded.exports as object)) return loaded.exports as KernelJupyterModule;
  }
  return undefined;
}

/**
 * The display of the running tslab kernel, or undefined outside one. Each
 * call looks up the current cell's writer, so output lands in the cell that
 * is running.
 *
 * @example
 * ```ts
 * import { kernelDisplay } from 'odibi-ts/dist/src/notebook/kernel-display.js';
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
