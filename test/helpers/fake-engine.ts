// A tiny in-memory engine for runner tests: tables are arrays of rows.
import type { ColumnTable } from 'arquero';
import type { Clock } from '../../src/clock.js';
import type { ReadConfig, StepConfig, ValidationConfig, WriteConfig } from '../../src/config/types.js';
import type { Connection } from '../../src/connections/connection.js';
import type { Engine, Row, StepContext, TableSchema, ValidationOutcome } from '../../src/engine/engine.js';
import { OdibiError } from '../../src/errors.js';

export interface FakeTable {
  rows: Row[];
}

export class FakeEngine implements Engine<FakeTable> {
  readonly name = 'fake';
  /** Path -> rows that `read` returns. */
  readonly files = new Map<string, Row[]>();
  /** Every write, in order. */
  readonly writes: { path: string; rows: Row[] }[] = [];
  readonly reads: string[] = [];
  constructor(readonly clock: Clock) {}

  async read(read: ReadConfig, connection: Connection): Promise<FakeTable> {
    this.reads.push(read.path);
    const rows = this.files.get(read.path) ?? (read.path.startsWith('missing') ? undefined : [{ id: 1 }, { id: 2 }]);
    if (!rows) throw new OdibiError('CONNECTION_FILE_NOT_FOUND', `${read.path} does not exist in connection "${connection.name}"`);
    return { rows: rows.map((r) => ({ ...r })) };
  }

  async write(table: FakeTable, write: WriteConfig): Promise<void> {
    this.files.set(write.path, table.rows);
    this.writes.push({ path: write.path, rows: table.rows });
  }

  async applyStep(table: FakeTable, step: StepConfig, ctx: StepContext<FakeTable>): Promise<FakeTable> {
    if (step.kind === 'function') {
      const fn = ctx.functions.get(step.function);
      if (!fn) throw new OdibiError('CONFIG_UNKNOWN_FUNCTION', `function "${step.function}" is not registered`);
      const out = await fn(table as unknown as ColumnTable, step.params, { node: ctx.node, tables: ctx.tables as never, signal: ctx.signal });
      return out as unknown as FakeTable;
    }
    if (step.kind !== 'operation') throw new OdibiError('ENGINE_UNSUPPORTED', 'sql is not supported by engine fake');
    const p = step.params;
    switch (step.operation) {
      case 'sleep':
        await this.clock.sleep(Number(p.ms), ctx.signal);
        return table;
      case 'hang':
        return new Promise<FakeTable>((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('hang aborted'))));
      case 'boom':
        throw new Error(String(p.message ?? 'boom'));
      case 'set':
        return { rows: table.rows.map((r) => ({ ...r, [String(p.column)]: p.value })) };
      case 'filterEq':
        return { rows: table.rows.filter((r) => r[String(p.column)] === p.value) };
      case 'union':
        return { rows: [...table.rows, ...ctx.tables.get(String(p.with)).rows] };
      default:
        throw new OdibiError('CONFIG_UNKNOWN_OPERATION', `unknown operation "${step.operation}"`);
    }
  }

  async validate(table: FakeTable, rules: ValidationConfig): Promise<ValidationOutcome[]> {
    const out: ValidationOutcome[] = [];
    if (rules.notEmpty) out.push({ rule: 'not_empty', passed: table.rows.length > 0, message: table.rows.length ? undefined : 'the table is empty' });
    for (const col of rules.noNulls) {
      const nulls = table.rows.filter((r) => r[col] == null).length;
      out.push({ rule: `no_nulls:${col}`, passed: nulls === 0, message: nulls ? `${nulls} null(s) in ${col}` : undefined });
    }
    return out;
  }

  schema(table: FakeTable): TableSchema {
    const first = table.rows[0] ?? {};
    return Object.fromEntries(Object.entries(first).map(([k, v]) => [k, typeof v]));
  }
  rowCount(table: FakeTable): number {
    return table.rows.length;
  }
  approxBytes(table: FakeTable): number {
    return JSON.stringify(table.rows).length;
  }
  sample(table: FakeTable, n: number): Row[] {
    return table.rows.slice(0, n);
  }
  toArquero(): ColumnTable {
    throw new Error('not supported');
  }
  fromArquero(): FakeTable {
    throw new Error('not supported');
  }
}

/** A connection stub: the fake engine keeps the data itself. */
export function fakeConnection(name = 'data'): Connection {
  return {
    name, type: 'fake',
    check: async () => [],
    exists: async () => true,
    readBytes: async () => new Uint8Array(),
    writeBytes: async () => undefined,
    list: async () => [],
    describe: (p) => `${name}:${p}`,
  };
}
