/**
 * Writes a file atomically: the bytes go to a temporary file in the same
 * folder, which is then renamed over the target. A failure at any point
 * removes the temporary file and leaves the previous content untouched.
 *
 * @example
 * ```ts
 * import { atomicWrite } from 'odibi-ts/dist/src/connections/atomic-write.js';
 * await atomicWrite('/tmp/odibi-example.txt', 'hello');
 * ```
 */
import { open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';

/** The file operations an atomic write uses; tests replace them to simulate failures. */
export interface AtomicWriteOps {
  writeFile(file: string, data: Uint8Array): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

/** Writes, flushes to disk and closes a new file (fails when it exists). */
async function writeNewFile(file: string, data: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The real file system. */
export const fileSystemOps: AtomicWriteOps = { writeFile: writeNewFile, rename, unlink };

let sequence = 0;

/** The temporary name used next to `target` (hidden, with the process id and a counter). */
export function temporaryName(target: string): string {
  sequence += 1;
  return path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${sequence}.odibi-tmp`);
}

export async function atomicWrite(target: string, data: Uint8Array | string, ops: AtomicWriteOps = fileSystemOps): Promise<void> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  const temporary = temporaryName(target);
  try {
    await ops.writeFile(temporary, bytes);
    await ops.rename(temporary, target);
  } catch (error) {
    await ops.unlink(temporary).catch(() => undefined);
    throw error;
  }
}
