/**
 * Checks a table against a node's validation rules and returns one outcome
 * per rule (never throws): `not_empty`, `no_nulls:<col>` (null, undefined
 * and NaN count as missing), `unique:<col>`, `schema.required:<col>`,
 * `schema.type:<col>`. Type names accept common aliases (int, float ->
 * number; str, text -> string; bool -> boolean; datetime, timestamp -> date).
 *
 * @example
 * ```ts
 * import { validateTable } from 'odibi-ts/dist/src/engine/arquero/validate-table.js';
 * import * as aq from 'arquero';
 * validateTable(aq.table({ id: [1, 1] }), { notEmpty: true, noNulls: [], unique: ['id'] });
 * // [{ rule: 'not_empty', passed: true }, { rule: 'unique:id', passed: false, message: ... }]
 * ```
 */
import type { ColumnTable } from 'arquero';
import type { ValidationConfig } from '../../config/types.js';
import type { ValidationOutcome } from '../engine.js';
import { columnType } from './table-schema.js';
import { columnValues } from './column-values.js';

const ALIASES: Record<string, string> = {
  int: 'number', integer: 'number', float: 'number', double: 'number', numeric: 'number',
  str: 'string', text: 'string', bool: 'boolean', datetime: 'date', timestamp: 'date',
};

export function validateTable(table: ColumnTable, rules: ValidationConfig): ValidationOutcome[] {
  const outcomes: ValidationOutcome[] = [];
  const rows = table.numRows();
  if (rules.notEmpty) outcomes.push(rows > 0 ? { rule: 'not_empty', passed: true } : { rule: 'not_empty', passed: false, message: 'the table has no rows' });
  for (const column of rules.noNulls ?? []) outcomes.push(noNulls(table, column));
  for (const column of rules.unique ?? []) outcomes.push(unique(table, column));
  for (const column of rules.schema?.requiredColumns ?? []) {
    const passed = table.columnNames().includes(column);
    outcomes.push(passed ? { rule: `schema.required:${column}`, passed } : { rule: `schema.required:${column}`, passed, message: missing(table, column) });
  }
  for (const [column, expected] of Object.entries(rules.schema?.types ?? {})) outcomes.push(typeRule(table, column, expected));
  return outcomes;
}

function missing(table: ColumnTable, column: string): string {
  return `column "${column}" is missing; columns: ${table.columnNames().join(', ') || '(none)'}`;
}

function noNulls(table: ColumnTable, column: string): ValidationOutcome {
  const rule = `no_nulls:${column}`;
  if (!table.columnNames().includes(column)) return { rule, passed: false, message: missing(table, column) };
  const values = columnValues(table, column);
  let count = 0;
  for (let i = 0; i < values.length; i++) if (values[i] === null || values[i] === undefined || Number.isNaN(values[i])) count++;
  return count === 0 ? { rule, passed: true } : { rule, passed: false, message: `${count} of ${values.length} rows have no value in "${column}"` };
}

function unique(table: ColumnTable, column: string): ValidationOutcome {
  const rule = `unique:${column}`;
  if (!table.columnNames().includes(column)) return { rule, passed: false, message: missing(table, column) };
  const values = columnValues(table, column);
  const seen = new Set<unknown>();
  let duplicates = 0;
  let example: unknown;
  for (let i = 0; i < values.length; i++) {
    const key = values[i] instanceof Date ? (values[i] as Date).getTime() : values[i];
    if (seen.has(key)) {
      duplicates++;
      example ??= values[i];
    } else seen.add(key);
  }
  return duplicates === 0 ? { rule, passed: true } : { rule, passed: false, message: `${duplicates} duplicate value(s) in "${column}", e.g. ${JSON.stringify(example)}` };
}

function typeRule(table: ColumnTable, column: string, expected: string): ValidationOutcome {
  const rule = `schema.type:${column}`;
  if (!table.columnNames().includes(column)) return { rule, passed: false, message: missing(table, column) };
  const want = ALIASES[expected.toLowerCase()] ?? expected.toLowerCase();
  const actual = columnType(columnValues(table, column));
  const passed = actual === want || actual === 'null';
  return passed ? { rule, passed } : { rule, passed, message: `"${column}" is ${actual}, expected ${expected}` };
}
