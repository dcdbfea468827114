/**
 * Applies one transform step (an operation, a registered function or SQL,
 * which runs in an in-process DuckDB) to an Arquero table; for a node with
 * `timeout_ms`, operations and functions from modules run in a worker
 * thread its deadline can stop (`ctx.isolation`). Every error names the node, the step number and the
 * operation: ENGINE_STEP wraps unexpected failures, NODE_FUNCTION a
 * function that threw, CONFIG_UNKNOWN_FUNCTION an unregistered one.
 *
 * @example
 * ```ts
 * import { applyStep } from 'odibi-ts/dist/src/engine/arquero/apply-step.js';
 * import * as aq from 'arquero';
 * const tables = { get: (): never => { throw new Error('none'); }, has: () => false, names: () => [] };
 * const ctx = { node: 'demo', stepIndex: 1, tables, functions: new Map(), signal: new AbortController().signal };
 * const out = await applyStep(aq.table({ x: [1, 5] }), { kind: 'operation', operation: 'limit', params: { n: 1 } }, ctx);
 * ```
 */
import type { ColumnTable } from 'arquero';
import type { StepConfig } from '../../config/types.js';
import { OdibiError } from '../../errors.js';
import { checkColumnNames } from '../../operations/check-column-names.js';
import { closestMatch } from '../../text/closest-match.js';
import type { StepContext } from '../engine.js';
import { runSqlOnArquero } from '../duckdb/run-sql-on-arquero.js';
import { applyOperation } from './apply-operation.js';

export async function applyStep(table: ColumnTable, step: StepConfig, ctx: StepContext<ColumnTable>): Promise<ColumnTable> {
  ctx.signal.throwIfAborted();
  const name = step.kind === 'operation' ? step.operation : step.kind === 'function' ? step.function : 'sql';
  const where = `node "${ctx.node}", step ${ctx.stepIndex} (${name})`;
  const location = { node: ctx.node, step: ctx.stepIndex, operation: name };
  if (step.kind === 'sql') return runSqlStep(table, step.sql, step.params, ctx);
  if (ctx.isolation?.canRun(step)) return ctx.isolation.run(table, step, ctx.tables);
  try {
    const out = step.kind === 'operation' ? applyOperation(table, step.operation, step.params, ctx.tables) : await callFunction(table, step.function, step.params, ctx, where);
    checkColumnNames(out.columnNames(), 'the result'); // a pivot's values, or a function's table, may name columns
    return out;
  } catch (error) {
    if (error instanceof OdibiError) {
      throw new OdibiError(error.code, `${where}: ${error.message}`, { ...error.location, ...location, hint: error.hint, cause: error.cause ?? error });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new OdibiError('ENGINE_STEP', `${where} failed: ${reason}`, { ...location, hint: "check the step's params against the operations reference", cause: error });
  }
}

async function callFunction(table: ColumnTable, name: string, params: Record<string, unknown>, ctx: StepContext<ColumnTable>, where: string): Promise<ColumnTable> {
  const fn = ctx.functions.get(name);
  if (!fn) {
    const closest = closestMatch(name, ctx.functions.keys());
    throw new OdibiError('CONFIG_UNKNOWN_FUNCTION', `function "${name}" is not registered; registered: ${[...ctx.functions.keys()].join(', ') || '(none)'}`, {
      hint: `${closest ? `did you mean "${closest}"? ` : ''}export it from a module listed under \`functions:\` or pass it in code`,
    });
  }
  let result: unknown;
  try {
    result = await fn(table, params ?? {}, { node: ctx.node, tables: ctx.tables, signal: ctx.signal });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new OdibiError('NODE_FUNCTION', `function "${name}" threw: ${reason}`, { hint: 'fix the function; the cause has its stack', cause: error });
  }
  if (!isTable(result)) {
    throw new OdibiError('NODE_FUNCTION', `function "${name}" returned ${result === null ? 'null' : typeof result}, not an Arquero table`, {
      hint: 'return a table, e.g. `return table.filter(...)`',
    });
  }
  return result;
}

function isTable(value: unknown): value is ColumnTable {
  return typeof value === 'object' && value !== null && typeof (value as ColumnTable).numRows === 'function' && typeof (value as ColumnTable).columnNames === 'function';
}

function runSqlStep(table: ColumnTable, sql: string, params: Record<string, unknown>, ctx: StepContext<ColumnTable>): Promise<ColumnTable> {
  const tables = new Map(ctx.tables.names().map((name) => [name, ctx.tables.get(name)] as const));
  return runSqlOnArquero(table, tables, sql, params, { node: ctx.node, step: ctx.stepIndex, signal: ctx.signal });
}
