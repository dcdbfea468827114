/**
 * The process's stdout or stderr as a {@link TextOutput} that survives its
 * reader going away: when the other end of a pipe closes
 * (`odibi run project.yaml | head -2`), the stream reports EPIPE, which
 * would end the process with a stack trace. Here the error is caught, the
 * output is marked closed and later writes are dropped, so the command
 * carries on to its end (a run still writes its outputs, results and
 * stories).
 *
 * @example
 * ```ts
 * import { guardedOutput } from 'odibi-ts/dist/src/cli/guarded-output.js';
 * const out = guardedOutput(process.stdout);
 * out.write('hello\n');
 * out.closed; // false, unless the reader of stdout went away
 * ```
 */
import type { TextOutput } from './cli-context.js';

/** A text output that knows whether its reader went away. */
export interface GuardedOutput extends TextOutput {
  /** True once a write failed (a closed pipe): later writes are dropped. */
  readonly closed: boolean;
}

/** The stream, guarded once: every caller shares the same closed flag and listener. */
const guarded = new WeakMap<NodeJS.WritableStream, GuardedOutput>();

export function guardedOutput(stream: NodeJS.WritableStream): GuardedOutput {
  const known = guarded.get(stream);
  if (known) return known;
  let closed = false;
  // Any error of a standard stream (EPIPE above all) means nobody reads it any more.
  stream.on('error', () => void (closed = true));
  const output: GuardedOutput = {
    get closed() {
      return closed;
    },
    write(text: string) {
      if (closed) return false;
      try {
        return stream.write(text);
      } catch {
        closed = true;
        return false;
      }
    },
  };
  guarded.set(stream, output);
  return output;
}
