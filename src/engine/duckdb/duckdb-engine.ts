/**
 * The DuckDB engine: tables live in an in-process DuckDB database
 * (`@duckdb/node-api`, its binary inside the npm package). It reads and
 * writes csv, json and parquet itself (arrow through Arquero), runs SQL
 * steps there, and keeps schema, row counts and a sample on each table
 * handle (row count and sample only: validation counts nulls and distinct
 * values for its own rules, when it runs). Every operation (filter, derive, select, rename, drop, dedupe,
 * orderby, aggregate, join, union, pivot, unpivot, limit, impute) runs as
 * SQL inside DuckDB with Arquero's meaning, row order included; an
 * expression outside the translated part of the subset (date functions,
 * `op.mode`, text joined with numbers...) sends that one step to an Arquero
 * copy of the table, as do `function` steps: a memory cliff for tables
 * larger than memory. `onOperation` tells how each operation step ran.
 * `memoryLimit` (e.g. '1GB') makes DuckDB spill to `tempDirectory` instead
 * of running out of memory. The database is locked down when it opens: it
 * may open files only in its scratch folder and the folders the runs said
 * they use (`allowFolders`: the project's local connections), loads no
 * extension and reaches no network; a file elsewhere is read and written
 * through Arquero instead. A step's signal interrupts its query. `close()`
 * ends the database and removes its scratch folder. DuckDB itself is loaded when the first method that needs
 * the database runs, not when the engine is made or the library imported.
 *
 * @example
 * ```ts
 * import { DuckDbEngine, MemoryConnection, type DuckDbTable } from 'odibi-ts';
 * import * as aq from 'arquero';
 * const engine = new DuckDbEngine();
 * const orders: DuckDbTable = engine.fromArquero(aq.table({ id: [1, 2, 3], amount: [5, 50, 20] }));
 * const tables = { get: (): never => { throw new Error('none'); }, has: () => false, names: () => [] };
 * const ctx = { node: 'demo', stepIndex: 1, tables, functions: new Map(), signal: new AbortController().signal };
 * const big: DuckDbTable = await engine.applyStep(orders, { kind: 'sql', sql: 'SELECT * FROM current WHERE amount > $min', params: { min: 10 } }, ctx);
 * engine.rowCount(big); // 2
 * const runs: string[] = [];
 * const watched = new DuckDbEngine({ onOperation: (run) => runs.push(`${run.operation}: ${run.ranAs}`) });
 * const step = { kind: 'operation' as const, operation: 'aggregate', params: { aggregates: { total: 'd => op.sum(d.amount)' } } };
 * await watched.applyStep(watched.fromArquero(aq.table({ amount: [5, null, 20] })), step, ctx);
 * runs; // ['aggregate: sql']
 * await engine.close();
 * await watched.close();
 * ```
 */
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import type { DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import type { ColumnTable } from 'arquero';
import type { ReadConfig, StepConfig, ValidationConfig, WriteConfig } from '../../config/types.js';
import type { Connection } from '../../connections/connection.js';
import { OdibiError } from '../../errors.js';
import { operationTables } from '../../operations/operation-tables.js';
import { applyStep as applyArqueroStep } from '../arquero/apply-step.js';
import { readTable } from '../arquero/read-table.js';
import { writeTable } from '../arquero/write-table.js';
import type { Engine, ReadonlyTables, Row, StepContext, TableSchema, ValidationOutcome } from '../engine.js';
import { closedTableError as closedTable } from './closed-table-error.js';
import { describeTable } from './describe-table.js';
import { columnCounts } from './column-counts.js';
import { distinctValues } from './distinct-values.js';
import { importDuckDb } from './import-duckdb.js';
import { interruptOnAbort } from './interrupt-on-abort.js';
import { lockDownDatabase } from './lock-down-database.js';
import type { DuckDbEngineOptions } from './duckdb-engine-options.js';

export type { DuckDbEngineOptions, OperationRun } from './duckdb-engine-options.js';
import { duckDbReaderToArquero } from './duckdb-reader-to-arquero.js';
import type { DuckDbTable } from './duckdb-table.js';
import { loadArqueroTable } from './load-arquero-table.js';
import { nativeFormat } from './native-format.js';
import { pendingTable } from './pending-table.js';
import { operationSql } from './operation-sql.js';
import { readNative, writeNative } from './native-io.js';
import { runSqlStep } from './run-sql-step.js';
import { countsToValidate, validateDuckDbTable } from './validate-duckdb-table.js';

/** Numbers this process's DuckDB instances, so their scratch folders never collide. */
let instances = 0;

const EMPTY: ReadonlyTables<DuckDbTable> = { get: (name) => { throw new Error(`no table ${name}`); }, has: () => false, names: () => [] };

/** The engine's open database; `generation` numbers it, so tables of a closed one are known. */
interface Database {
  instance: DuckDBInstance;
  connection: DuckDBConnection;
  folder: string;
  generation: number;
  /** The folders DuckDB may open files in (each ends with a separator). */
  allowed: string[];
}

export class DuckDbEngine implements Engine<DuckDbTable> {
  readonly name = 'duckdb';
  readonly #options: DuckDbEngineOptions;
  #db?: Promise<Database>;
  #counter = 0;
  /** Folders the next database may open files in, besides its scratch folder. */
  readonly #folders = new Set<string>();

  constructor(options: DuckDbEngineOptions = {}) {
    this.#options = options;
  }

  /** Folders this engine's database may open files in (the local connections' base folders); they count from the next time it opens. */
  allowFolders(folders: readonly string[]): void {
    for (const folder of folders) this.#folders.add(resolve(folder));
  }

  async read(read: ReadConfig, connection: Connection, signal?: AbortSignal): Promise<DuckDbTable> {
    signal?.throwIfAborted();
    const name = this.#nextName();
    if (await this.#native(read.format, connection, read.options, read.path)) await this.#interruptible(signal, (db) => readNative(db, name, read, connection));
    else {
      const { connection: db, folder } = await this.#open();
      await loadArqueroTable(db, name, await readTable(read, connection, signal), folder);
    }
    return this.#describe(name);
  }

  async write(table: DuckDbTable, write: WriteConfig, connection: Connection, signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const loaded = await this.load(table);
    if (write.mode === 'overwrite' && (await this.#native(write.format, connection, write.options, write.path))) {
      return this.#interruptible(signal, (db) => writeNative(db, loaded.name, write, connection));
    }
    return writeTable(await this.toArqueroAsync(loaded), write, connection, signal);
  }

  async applyStep(table: DuckDbTable, step: StepConfig, ctx: StepContext<DuckDbTable>): Promise<DuckDbTable> {
    ctx.signal.throwIfAborted();
    if (step.kind === 'sql') {
      const tables = await this.#loadAll(ctx.tables);
      const { instance } = await this.#open();
      const name = this.#nextName();
      await runSqlStep(instance, name, await this.load(table), tables, step, ctx);
      return this.#describe(name);
    }
    let reason = '';
    if (step.kind === 'operation') {
      const translated = await this.#operationInSql(table, step.operation, step.params, ctx);
      if (typeof translated !== 'string') return translated;
      reason = translated;
    }
    const usesTables = step.kind === 'function' || step.operation === 'join' || step.operation === 'union';
    const arqueroTables = await this.#arqueroTables(usesTables ? ctx.tables : EMPTY);
    const out = await applyArqueroStep(await this.toArqueroAsync(table), step, { ...ctx, tables: arqueroTables });
    if (step.kind === 'operation') this.#options.onOperation?.({ node: ctx.node, step: ctx.stepIndex, operation: step.operation, ranAs: 'arquero', reason });
    return this.load(this.fromArquero(out));
  }

  /** Checks the rules; a table without an Arquero copy is counted in DuckDB for these rules only (one query: the `no_nulls` columns' missing values, the `unique` columns' exact distinct values). */
  async validate(table: DuckDbTable, rules: ValidationConfig): Promise<ValidationOutcome[]> {
    if (table.arquero) return validateDuckDbTable(table, rules, { nulls: {}, distinct: {} });
    const { connection, generation } = await this.#open();
    if (table.generation !== generation) throw closedTable(table);
    return validateDuckDbTable(table, rules, await columnCounts(connection, table.name, countsToValidate(table, rules)));
  }

  schema(table: DuckDbTable): TableSchema {
    return table.schema;
  }

  rowCount(table: DuckDbTable): number {
    return table.rows;
  }

  approxBytes(table: DuckDbTable): number {
    return table.bytes;
  }

  sample(table: DuckDbTable, n: number): Row[] {
    return table.sample.slice(0, Math.max(0, n));
  }

  /** The table as Arquero; only for tables that carry a copy (up to `eagerRows` rows): use `toArqueroAsync` otherwise. */
  toArquero(table: DuckDbTable): ColumnTable {
    if (table.arquero) return table.arquero;
    throw new OdibiError('ENGINE_UNSUPPORTED', `table ${table.name} has ${table.rows} rows, more than the ${this.#eagerRows()} the duckdb engine copies to Arquero eagerly`, {
      hint: 'use `await engine.toArqueroAsync(table)`, or raise eagerRows',
    });
  }

  /** The whole table as Arquero, read from DuckDB (the memory cliff: all rows in JavaScript). */
  async toArqueroAsync(table: DuckDbTable): Promise<ColumnTable> {
    if (table.arquero) return table.arquero;
    const { connection, generation } = await this.#open();
    if (table.generation !== generation) throw closedTable(table);
    return duckDbReaderToArquero(await connection.runAndReadAll(`SELECT * FROM "${table.name}"`));
  }

  /** A handle on an Arquero table; it is loaded into DuckDB when a step, a write or `load` first needs it. */
  fromArquero(table: ColumnTable): DuckDbTable {
    return pendingTable(this.#nextName(), table);
  }


  /** The same table, loaded into DuckDB if it was only an Arquero table (or its database was closed since). */
  async load(table: DuckDbTable): Promise<DuckDbTable> {
    const { connection, generation, folder } = await this.#open();
    if (!table.pending && table.generation === generation) return table;
    if (!table.arquero) throw closedTable(table);
    await loadArqueroTable(connection, table.name, table.arquero, folder);
    return { ...table, pending: false, generation };
  }

  async close(): Promise<void> {
    const db = await this.#db;
    this.#db = undefined;
    if (!db) return;
    db.connection.closeSync();
    db.instance.closeSync();
    await rm(db.folder, { recursive: true, force: true });
  }

  /** The operation as SQL inside DuckDB, or why it cannot run there (it does not translate, or its SQL fails). */
  async #operationInSql(table: DuckDbTable, operation: string, params: Record<string, unknown>, ctx: StepContext<DuckDbTable>): Promise<DuckDbTable | string> {
    const loaded = await this.load(table);
    const { connection } = await this.#open();
    const tables = await this.#loadAll(ctx.tables, operationTables(operation, params));
    const distinct = (t: DuckDbTable, column: string): Promise<unknown[]> => distinctValues(connection, t.name, column);
    const nullCounts = async (t: DuckDbTable, columns: readonly string[]) => (await columnCounts(connection, t.name, { nulls: columns })).nulls;
    const translated = await operationSql(loaded, operation, params ?? {}, { tables, distinctValues: distinct, nullCounts });
    if (!translated) return 'outside the SQL translation (see docs/engines.md)';
    const name = this.#nextName();
    try {
      await this.#interruptible(ctx.signal, (db) => db.run(`CREATE TABLE "${name}" AS ${translated.sql}`, translated.params));
    } catch (error) {
      ctx.signal.throwIfAborted();
      return `its SQL failed: ${(error as Error).message.split('\n')[0]}`;
    }
    this.#options.onOperation?.({ node: ctx.node, step: ctx.stepIndex, operation, ranAs: 'sql', sql: translated.sql });
    return this.#describe(name);
  }

  async #describe(name: string): Promise<DuckDbTable> {
    const { connection, generation } = await this.#open();
    return { ...(await describeTable(connection, name, this.#eagerRows())), generation };
  }

  /** Whether DuckDB reads or writes the file itself: a native format, in a folder its database may open. */
  async #native(format: ReadConfig['format'], connection: Connection, options: Record<string, unknown> | undefined, path: string): Promise<boolean> {
    if (!nativeFormat(format, connection, options)) return false;
    const file = connection.localPath!(path);
    return (await this.#open()).allowed.some((folder) => file.startsWith(folder));
  }

  /** `work` on a connection of its own, which `signal` interrupts (the main connection is shared by every node). */
  async #interruptible<R>(signal: AbortSignal | undefined, work: (db: DuckDBConnection) => Promise<R>): Promise<R> {
    const { instance } = await this.#open();
    const db = await instance.connect();
    try {
      return await interruptOnAbort(db, signal, () => work(db));
    } finally {
      db.closeSync();
    }
  }

  #eagerRows(): number {
    return this.#options.eagerRows ?? 10_000;
  }

  #nextName(): string {
    this.#counter += 1;
    return `t${this.#counter}`;
  }

  async #loadAll(tables: ReadonlyTables<DuckDbTable>, only?: string[]): Promise<Map<string, DuckDbTable>> {
    const out = new Map<string, DuckDbTable>();
    for (const name of tables.names()) if (!only || only.includes(name)) out.set(name, await this.load(tables.get(name)));
    return out;
  }

  async #arqueroTables(tables: ReadonlyTables<DuckDbTable>): Promise<ReadonlyTables<ColumnTable>> {
    const copies = new Map<string, ColumnTable>();
    for (const name of tables.names()) copies.set(name, await this.toArqueroAsync(tables.get(name)));
    return { get: (name) => copies.get(name)!, has: (name) => copies.has(name), names: () => [...copies.keys()] };
  }

  #open(): Promise<Database> {
    this.#db ??= (async () => {
      instances += 1;
      const generation = instances;
      const folder = join(tmpdir(), `odibi-duckdb-${process.pid}-${instances}`);
      const spill = this.#options.tempDirectory ?? join(folder, 'spill');
      const settings: Record<string, string> = { temp_directory: spill };
      if (this.#options.memoryLimit) settings.memory_limit = this.#options.memoryLimit;
      const { DuckDBInstance } = await importDuckDb();
      const instance = await DuckDBInstance.create(':memory:', settings);
      const connection = await instance.connect();
      const allowed = [folder, resolve(spill), ...this.#folders].map((f) => (f.endsWith(sep) ? f : f + sep));
      await lockDownDatabase(connection, allowed);
      return { instance, connection, folder, generation, allowed };
    })();
    return this.#db;
  }
}
