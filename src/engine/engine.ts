/**
 * The Engine interface: everything the runner asks of a table library.
 * It is generic over the engine's own table handle `T`; the Context stores
 * handles and asks the engine for stats, so a second engine fits behind
 * the same interface.
 */
import type { ColumnTable } from 'arquero';
import type { ReadConfig, StepConfig, ValidationConfig, WriteConfig } from '../config/types.js';
import type { Connection } from '../connections/connection.js';

/** A row as a plain object. */
export type Row = Record<string, unknown>;

/** Column name -> type name (`number`, `string`, `boolean`, `date`, `bigint`, `object`, `null`...). */
export type TableSchema = Record<string, string>;

/** Outcome of one validation rule. */
export interface ValidationOutcome {
  /** `not_empty`, `no_nulls:amount`, `unique:order_id`, `schema.required:email`, `schema.type:amount`. */
  rule: string;
  passed: boolean;
  message?: string;
}

/** A function step: registered by name, called with an Arquero table. */
export type TransformFunction = (
  table: ColumnTable,
  params: Record<string, unknown>,
  ctx: FunctionContext,
) => ColumnTable | Promise<ColumnTable>;

/** What a function step receives besides its table and params. */
export interface FunctionContext {
  node: string;
  /** Read-only view of the tables available to this node (its dependencies), as Arquero tables. */
  tables: ReadonlyTables<ColumnTable>;
  signal: AbortSignal;
}

/** A read-only view of named tables. */
export interface ReadonlyTables<T> {
  get(name: string): T;
  has(name: string): boolean;
  names(): string[];
}

/** Everything one step needs besides its input table. */
export interface StepContext<T> {
  node: string;
  /** 1-based. */
  stepIndex: number;
  /** Other nodes' tables (joins, unions), by node name. */
  tables: ReadonlyTables<T>;
  functions: ReadonlyMap<string, TransformFunction>;
  signal: AbortSignal;
  /**
   * Set for the steps of a node with `timeout_ms`: runs an Arquero step
   * (operation, or function loaded from a module) in a worker thread that
   * the deadline terminates, so synchronous user code (an expression, a
   * regular expression, a loop in a function) cannot outlive it. Engines
   * hand it every Arquero step it `canRun`.
   */
  isolation?: {
    canRun(step: StepConfig): boolean;
    run(table: ColumnTable, step: StepConfig, tables: ReadonlyTables<ColumnTable>): Promise<ColumnTable>;
  };
}

/**
 * What the runner asks of an engine. Making an engine must stay cheap: a
 * heavy dependency (DuckDB's native library) is loaded on first use, inside
 * the asynchronous methods (`read`, `write`, `applyStep`, `validate`); the
 * synchronous ones (`schema`, `rowCount`, `sample`, `toArquero`,
 * `fromArquero`...) only work on handles those produced or were given, and
 * never need it. `validate` is asynchronous so that an engine may count
 * what its rules need when they are checked (the DuckDB engine counts
 * distinct values for `unique` rules only then), instead of describing
 * every table it makes.
 */
export interface Engine<T = unknown> {
  readonly name: string;
  read(read: ReadConfig, connection: Connection, signal?: AbortSignal): Promise<T>;
  write(table: T, write: WriteConfig, connection: Connection, signal?: AbortSignal): Promise<void>;
  applyStep(table: T, step: StepConfig, ctx: StepContext<T>): Promise<T>;
  validate(table: T, rules: ValidationConfig): Promise<ValidationOutcome[]>;
  schema(table: T): TableSchema;
  rowCount(table: T): number;
  approxBytes(table: T): number;
  sample(table: T, n: number): Row[];
  toArquero(table: T): ColumnTable;
  fromArquero(table: ColumnTable): T;
  /**
   * Told, before it runs, the folders of the local connections a pipeline
   * uses. An engine whose own readers open files (DuckDB) lets them open
   * these folders only.
   */
  allowFolders?(folders: readonly string[]): void;
  /** Releases engine resources (connections, temp files). */
  close?(): Promise<void>;
}
