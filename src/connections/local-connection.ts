/**
 * A folder on disk. Every path is relative to `basePath` and must stay
 * inside it (see {@link resolveInside}); writes are atomic.
 *
 * @example
 * ```ts
 * import { LocalConnection } from 'odibi-ts';
 * const data = new LocalConnection('data', '/tmp');
 * await data.writeBytes('odibi-hello.txt', 'hello');
 * new TextDecoder().decode(await data.readBytes('odibi-hello.txt')); // 'hello'
 * ```
 */
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { OdibiError, type Problem } from '../errors.js';
import { atomicWrite, fileSystemOps, type AtomicWriteOps } from './atomic-write.js';
import type { Connection } from './connection.js';
import { resolveInside, resolveLexically } from './resolve-inside.js';

/** Options of a {@link LocalConnection} besides its base path. */
export interface LocalConnectionOptions {
  /** File operations used by atomic writes (tests inject failures here). */
  fileOps?: AtomicWriteOps;
}

export class LocalConnection implements Connection {
  readonly type = 'local';
  readonly name: string;
  /** Absolute folder every path resolves against. */
  readonly basePath: string;
  readonly #fileOps: AtomicWriteOps;

  constructor(name: string, basePath: string, options: LocalConnectionOptions = {}) {
    this.name = name;
    this.basePath = path.resolve(basePath);
    this.#fileOps = options.fileOps ?? fileSystemOps;
  }

  async check(): Promise<Problem[]> {
    const info = await stat(this.basePath).catch(() => undefined);
    if (info?.isDirectory()) return [];
    return [{
      code: 'CONNECTION_UNREACHABLE',
      message: `connection "${this.name}": base_path ${this.basePath} ${info ? 'is not a folder' : 'does not exist'}`,
      hint: 'create the folder or fix base_path',
    }];
  }

  async exists(relativePath: string): Promise<boolean> {
    const file = await resolveInside(this.basePath, relativePath, this.name);
    return (await stat(file).catch(() => undefined)) !== undefined;
  }

  async readBytes(relativePath: string): Promise<Uint8Array> {
    const file = await resolveInside(this.basePath, relativePath, this.name);
    try {
      return new Uint8Array(await readFile(file));
    } catch (error) {
      throw this.#ioError(error, relativePath, 'read');
    }
  }

  async writeBytes(relativePath: string, data: Uint8Array | string): Promise<void> {
    const file = await resolveInside(this.basePath, relativePath, this.name);
    try {
      await mkdir(path.dirname(file), { recursive: true });
      await resolveInside(this.basePath, relativePath, this.name);
      await atomicWrite(file, data, this.#fileOps);
    } catch (error) {
      throw error instanceof OdibiError ? error : this.#ioError(error, relativePath, 'write');
    }
  }

  async list(prefix = '.'): Promise<string[]> {
    const folder = await resolveInside(this.basePath, prefix, this.name);
    const entries = await readdir(folder, { recursive: true, withFileTypes: true }).catch(() => []);
    return entries
      .filter((e) => e.isFile() && !e.name.endsWith('.odibi-tmp'))
      .map((e) => path.relative(this.basePath, path.join(e.parentPath ?? e.path, e.name)).split(path.sep).join('/'))
      .sort();
  }

  describe(relativePath: string): string {
    return `${this.name}:${relativePath} (${path.join(this.basePath, relativePath)})`;
  }

  localPath(relativePath: string): string {
    return resolveLexically(this.basePath, relativePath, this.name);
  }

  #ioError(error: unknown, relativePath: string, verb: string): OdibiError {
    const code = (error as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' && verb === 'read') {
      return new OdibiError('CONNECTION_FILE_NOT_FOUND', `${relativePath} does not exist in connection "${this.name}" (${this.basePath})`, {
        hint: 'check the path (relative to base_path), or run the node that writes it first',
        cause: error,
      });
    }
    const reason = error instanceof Error ? error.message : String(error);
    return new OdibiError('CONNECTION_IO', `I/O error on ${this.describe(relativePath)} (${verb}): ${reason}`, {
      hint: 'check permissions and free space',
      cause: error,
    });
  }
}
