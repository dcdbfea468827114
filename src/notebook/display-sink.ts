import type { MimeBundle } from './mime-bundle.js';

/**
 * Where `show()` and the progress view send their bundles: the Jupyter
 * kernel (see `kernelDisplay`), or text on stdout outside a notebook.
 */
export interface DisplaySink {
  /** True when a display can be updated in place (a kernel). */
  readonly live: boolean;
  /** Shows a bundle; with an id it can be updated later. */
  display(bundle: MimeBundle, displayId?: string): void;
  /** Replaces the display with this id. */
  update(bundle: MimeBundle, displayId: string): void;
}

/**
 * A sink that prints the `text/plain` form of each bundle, for scripts and
 * terminals; updates are printed as new text.
 *
 * @example
 * ```ts
 * import { textDisplay } from 'odibi-ts/dist/src/notebook/display-sink.js';
 * textDisplay().display({ 'text/plain': 'hello' }); // prints hello
 * ```
 */
export function textDisplay(write: (text: string) => void = (t) => void process.stdout.write(t)): DisplaySink {
  const print = (bundle: MimeBundle) => {
    const text = bundle['text/plain'];
    write(`${typeof text === 'string' ? text : JSON.stringify(text)}\n`);
  };
  return { live: false, display: print, update: print };
}
