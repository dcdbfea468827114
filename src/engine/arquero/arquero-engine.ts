/**
 * The Arquero engine: tables are Arquero `ColumnTable`s. It reads and writes
 * csv, json, arrow and parquet through connections, applies transform steps,
 * validates tables and reports their schema, size and a sample.
 *
 * @example
 * ```ts
 * import { ArqueroEngine, MemoryConnection } from 'odibi-ts';
 * import * as aq from 'arquero';
 * const engine = new ArqueroEngine();
 * const memory = new MemoryConnection('mem');
 * await engine.write(aq.table({ id: [1, 2] }), { connection: 'mem', path: 'ids', format: 'csv', mode: 'overwrite', options: {} }, memory);
 * const ids = await engine.read({ connection: 'mem', path: 'ids', format: 'csv', options: {} }, memory);
 * engine.schema(ids); // { id: 'number' }
 * ```
 */
import type { ColumnTable } from 'arquero';
import type { ReadConfig, StepConfig, ValidationConfig, WriteConfig } from '../../config/types.js';
import type { Connection } from '../../connections/connection.js';
import type { Engine, Row, StepContext, TableSchema, ValidationOutcome } from '../engine.js';
import { applyStep } from './apply-step.js';
import { approxBytes } from './approx-bytes.js';
import { readTable } from './read-table.js';
import { tableSchema } from './table-schema.js';
import { validateTable } from './validate-table.js';
import { writeTable } from './write-table.js';

export class ArqueroEngine implements Engine<ColumnTable> {
  readonly name = 'arquero';
  /** Schemas already inferred (a scan of every value), by table: tables are immutable. */
  readonly #schemas = new WeakMap<ColumnTable, TableSchema>();

  read(read: ReadConfig, connection: Connection, signal?: AbortSignal): Promise<ColumnTable> {
    return readTable(read, connection, signal);
  }

  write(table: ColumnTable, write: WriteConfig, connection: Connection, signal?: AbortSignal): Promise<void> {
    return writeTable(table, write, connection, signal);
  }

  applyStep(table: ColumnTable, step: StepConfig, ctx: StepContext<ColumnTable>): Promise<ColumnTable> {
    return applyStep(table, step, ctx);
  }

  async validate(table: ColumnTable, rules: ValidationConfig): Promise<ValidationOutcome[]> {
    return validateTable(table, rules);
  }

  schema(table: ColumnTable): TableSchema {
    return { ...this.#schemaOf(table) };
  }

  rowCount(table: ColumnTable): number {
    return table.numRows();
  }

  approxBytes(table: ColumnTable): number {
    return approxBytes(table, this.#schemaOf(table));
  }

  sample(table: ColumnTable, n: number): Row[] {
    return table.objects({ limit: Math.max(0, n) }) as Row[];
  }

  toArquero(table: ColumnTable): ColumnTable {
    return table;
  }

  fromArquero(table: ColumnTable): ColumnTable {
    return table;
  }

  #schemaOf(table: ColumnTable): TableSchema {
    let schema = this.#schemas.get(table);
    if (!schema) this.#schemas.set(table, (schema = tableSchema(table)));
    return schema;
  }
}
