/**
 * The Context shares tables between nodes. It stores the engine's table
 * handles by node name, asks the engine for their stats, and records every
 * register and release as an event (the memory chart reads them).
 *
 * @example
 * ```ts
 * import { Context, ArqueroEngine } from 'odibi-ts';
 * import * as aq from 'arquero';
 * const engine = new ArqueroEngine();
 * const context = new Context(engine);
 * context.register('orders', aq.table({ id: [1, 2] }));
 * context.stats('orders'); // { rows: 2, columns: 1, bytes: ... }
 * ```
 */
import { OdibiError } from '../errors.js';
import type { Engine } from '../engine/engine.js';
import type { ContextEvent } from '../results/types.js';
import { closestMatch } from '../text/closest-match.js';

export interface TableStats {
  rows: number;
  columns: number;
  bytes: number;
}

export class Context<T = unknown> {
  readonly #engine: Engine<T>;
  readonly #now: () => number;
  readonly #tables = new Map<string, { table: T; stats: TableStats }>();
  readonly #events: ContextEvent[] = [];
  #liveBytes = 0;
  #origin: number;

  /** `monotonic` gives event times; by default `performance.now`. */
  constructor(engine: Engine<T>, monotonic: () => number = () => performance.now()) {
    this.#engine = engine;
    this.#now = monotonic;
    this.#origin = monotonic();
  }

  /** Restarts event times at 0 (the runner calls it when a run starts). */
  resetClock(): void {
    this.#origin = this.#now();
  }

  register(name: string, table: T): void {
    const stats: TableStats = {
      rows: this.#engine.rowCount(table),
      columns: Object.keys(this.#engine.schema(table)).length,
      bytes: this.#engine.approxBytes(table),
    };
    const previous = this.#tables.get(name);
    if (previous) {
      this.#liveBytes -= previous.stats.bytes;
      this.#record('release', name, previous.stats, true);
    }
    this.#tables.set(name, { table, stats });
    this.#liveBytes += stats.bytes;
    this.#record('register', name, stats);
  }

  get(name: string): T {
    const entry = this.#tables.get(name);
    if (!entry) {
      const names = this.names();
      const closest = closestMatch(name, names);
      throw new OdibiError('ENGINE_UNKNOWN_TABLE', `no table named "${name}" in the context; available: ${names.join(', ') || '(none)'}`, {
        hint: closest ? `did you mean "${closest}"?` : 'add the node to depends_on so its table is available',
      });
    }
    return entry.table;
  }

  has(name: string): boolean {
    return this.#tables.has(name);
  }

  /** Removes a table (a release); returns whether it was there. */
  remove(name: string): boolean {
    const entry = this.#tables.get(name);
    if (!entry) return false;
    this.#tables.delete(name);
    this.#liveBytes -= entry.stats.bytes;
    this.#record('release', name, entry.stats);
    return true;
  }

  names(): string[] {
    return [...this.#tables.keys()];
  }

  clear(): void {
    for (const name of this.names()) this.remove(name);
  }

  stats(name: string): TableStats {
    this.get(name);
    return { ...this.#tables.get(name)!.stats };
  }

  /** Live tables and their total approximate bytes. */
  totals(): { tables: number; bytes: number } {
    return { tables: this.#tables.size, bytes: this.#liveBytes };
  }

  /** Every register and release recorded since the context was made or `clearEvents` was called, oldest first. */
  events(): ContextEvent[] {
    return this.#events.map((e) => ({ ...e }));
  }

  /** Drops recorded events (keeps the tables). */
  clearEvents(): void {
    this.#events.length = 0;
  }

  /** Records an event after the change (a replaced table's release: as if it had just left). */
  #record(kind: ContextEvent['kind'], table: string, stats: TableStats, replacing = false): void {
    this.#events.push({
      kind,
      table,
      offsetMs: Math.max(0, this.#now() - this.#origin),
      rows: stats.rows,
      bytes: stats.bytes,
      liveTables: this.#tables.size - (replacing ? 1 : 0),
      liveBytes: this.#liveBytes,
    });
  }
}
