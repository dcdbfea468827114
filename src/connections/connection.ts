/**
 * A connection is where tables live: a folder on disk (`local`), the
 * process's memory (`memory`), or anything a registered type provides.
 * Engines read and write through it; paths are always relative to it.
 */
import type { ColumnTable } from 'arquero';
import type { Problem } from '../errors.js';

export interface Connection {
  readonly name: string;
  readonly type: string;
  /** Is it usable? Returns problems (e.g. base_path missing) instead of throwing. */
  check(): Promise<Problem[]>;
  exists(path: string): Promise<boolean>;
  /** Reads the whole object. Throws CONNECTION_FILE_NOT_FOUND / CONNECTION_PATH_ESCAPE / CONNECTION_IO. */
  readBytes(path: string): Promise<Uint8Array>;
  /** Writes atomically: the previous content stays intact unless the new one was written completely. */
  writeBytes(path: string, data: Uint8Array | string): Promise<void>;
  /** Lists object paths under a prefix (relative to the connection). */
  list(prefix?: string): Promise<string[]>;
  /** A human description of where `path` is, for messages (never used to open files). */
  describe(path: string): string;
  /** Local file path, for connections backed by the file system (undefined otherwise). */
  localPath?(path: string): string;
  /** Connections that hold tables directly (memory) implement these two. */
  getTable?(path: string): ColumnTable | undefined;
  putTable?(path: string, table: ColumnTable): void;
}

/** Everything a connection factory gets besides its options. */
export interface ConnectionFactoryContext {
  /** Folder relative paths (base_path) resolve against. */
  baseDir: string;
}

/** Builds a connection of one type from its YAML options (snake_case keys as written). */
export type ConnectionFactory = (name: string, options: Record<string, unknown>, ctx: ConnectionFactoryContext) => Connection;
