/**
 * The smallest engine the runner accepts: reads return one constant empty
 * table, function steps call the registered function, everything else is a
 * constant. Timing a pipeline on it measures the orchestration alone.
 */
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { Engine, StepContext, TableSchema, ValidationOutcome } from '../../src/engine/engine.js';
import type { StepConfig } from '../../src/config/types.js';

const EMPTY: ColumnTable = aq.table({});
const SCHEMA: TableSchema = Object.freeze({}) as TableSchema;

export class NoopEngine implements Engine<ColumnTable> {
  readonly name = 'noop';

  async read(): Promise<ColumnTable> {
    return EMPTY;
  }

  async write(): Promise<void> {}

  async applyStep(table: ColumnTable, step: StepConfig, ctx: StepContext<ColumnTable>): Promise<ColumnTable> {
    if (step.kind !== 'function') throw new Error(`the no-op engine runs function steps only, not ${step.kind}`);
    const fn = ctx.functions.get(step.function);
    if (!fn) throw new Error(`unknown function ${step.function}`);
    return fn(table, step.params, { node: ctx.node, tables: ctx.tables, signal: ctx.signal });
  }

  async validate(): Promise<ValidationOutcome[]> {
    return [];
  }

  schema(): TableSchema {
    return SCHEMA;
  }

  rowCount(): number {
    return 0;
  }

  approxBytes(): number {
    return 0;
  }

  sample(): [] {
    return [];
  }

  toArquero(table: ColumnTable): ColumnTable {
    return table;
  }

  fromArquero(table: ColumnTable): ColumnTable {
    return table;
  }
}

/** The constant table the no-op engine reads. */
export const NOOP_TABLE = EMPTY;
