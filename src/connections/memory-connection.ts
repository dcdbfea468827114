/**
 * Tables and bytes held in the process: for notebooks and tests. Writing a
 * table through an engine stores the table itself (no serialisation), so
 * types survive exactly; bytes written with `writeBytes` are kept too.
 *
 * @example
 * ```ts
 * import { MemoryConnection } from 'odibi-ts';
 * import * as aq from 'arquero';
 * const memory = new MemoryConnection('mem');
 * memory.putTable('orders', aq.table({ id: [1, 2] }));
 * memory.getTable('orders')?.numRows(); // 2
 * ```
 */
import path from 'node:path';
import type { ColumnTable } from 'arquero';
import { OdibiError, type Problem } from '../errors.js';
import type { Connection } from './connection.js';

export class MemoryConnection implements Connection {
  readonly type = 'memory';
  readonly name: string;
  readonly #bytes = new Map<string, Uint8Array>();
  readonly #tables = new Map<string, ColumnTable>();

  constructor(name = 'memory') {
    this.name = name;
  }

  async check(): Promise<Problem[]> {
    return [];
  }

  async exists(key: string): Promise<boolean> {
    const k = normalise(key, this.name);
    return this.#tables.has(k) || this.#bytes.has(k);
  }

  async readBytes(key: string): Promise<Uint8Array> {
    const bytes = this.#bytes.get(normalise(key, this.name));
    if (bytes) return bytes.slice();
    const isTable = this.#tables.has(normalise(key, this.name));
    throw new OdibiError('CONNECTION_FILE_NOT_FOUND', `${key} does not exist in connection "${this.name}"${isTable ? ' as bytes (it holds a table)' : ''}`, {
      hint: isTable ? 'read it through an engine, which takes the table directly' : 'check the path, or run the node that writes it first',
    });
  }

  async writeBytes(key: string, data: Uint8Array | string): Promise<void> {
    const k = normalise(key, this.name);
    this.#tables.delete(k);
    this.#bytes.set(k, typeof data === 'string' ? new TextEncoder().encode(data) : data.slice());
  }

  async list(prefix = ''): Promise<string[]> {
    const start = prefix === '' || prefix === '.' ? '' : normalise(prefix, this.name);
    const keys = new Set([...this.#tables.keys(), ...this.#bytes.keys()]);
    return [...keys].filter((k) => start === '' || k === start || k.startsWith(`${start}/`)).sort();
  }

  describe(key: string): string {
    return `${this.name}:${key} (memory)`;
  }

  getTable(key: string): ColumnTable | undefined {
    return this.#tables.get(normalise(key, this.name));
  }

  putTable(key: string, table: ColumnTable): void {
    const k = normalise(key, this.name);
    this.#bytes.delete(k);
    this.#tables.set(k, table);
  }

  /** Removes a table or bytes; returns whether something was there. */
  delete(key: string): boolean {
    const k = normalise(key, this.name);
    return this.#tables.delete(k) || this.#bytes.delete(k);
  }
}

/** `./a//b.csv` -> `a/b.csv`; refuses keys that climb above the root. */
function normalise(key: string, connection: string): string {
  const k = path.posix.normalize(String(key).replace(/\\/g, '/')).replace(/^\/+/, '');
  if (k === '..' || k.startsWith('../')) {
    throw new OdibiError('CONNECTION_PATH_ESCAPE', `path "${key}" resolves outside connection "${connection}" (memory)`, {
      hint: 'use a plain key such as raw/orders.csv',
    });
  }
  return k;
}
