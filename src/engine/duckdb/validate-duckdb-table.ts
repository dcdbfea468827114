/**
 * Validation rules checked on a DuckDbTable: on its Arquero copy when it
 * has one (exactly as the Arquero engine does), otherwise from the counts
 * the engine asked DuckDB for, for these rules only (`columnCounts`: null
 * counts of the `no_nulls` columns, exact distinct counts of the `unique`
 * ones). Internal.
 */
import type { ValidationConfig } from '../../config/types.js';
import { validateTable } from '../arquero/validate-table.js';
import type { ValidationOutcome } from '../engine.js';
import type { ColumnCounts } from './column-counts.js';
import type { DuckDbTable } from './duckdb-table.js';

const ALIASES: Record<string, string> = {
  int: 'number', integer: 'number', float: 'number', double: 'number', numeric: 'number',
  str: 'string', text: 'string', bool: 'boolean', datetime: 'date', timestamp: 'date',
};

/** The columns whose counts `validateDuckDbTable` reads for these rules (those the table has). */
export function countsToValidate(table: DuckDbTable, rules: ValidationConfig): { nulls: string[]; distinct: string[] } {
  const has = (c: string) => Object.prototype.hasOwnProperty.call(table.schema, c);
  return { nulls: (rules.noNulls ?? []).filter(has), distinct: (rules.unique ?? []).filter(has) };
}

export function validateDuckDbTable(table: DuckDbTable, rules: ValidationConfig, counts: ColumnCounts): ValidationOutcome[] {
  if (table.arquero) return validateTable(table.arquero, rules);
  const has = (c: string) => c in table.schema;
  const missing = (c: string) => `column "${c}" is missing; columns: ${Object.keys(table.schema).join(', ') || '(none)'}`;
  const outcomes: ValidationOutcome[] = [];
  if (rules.notEmpty) outcomes.push(table.rows > 0 ? { rule: 'not_empty', passed: true } : { rule: 'not_empty', passed: false, message: 'the table has no rows' });
  for (const c of rules.noNulls ?? []) {
    const rule = `no_nulls:${c}`;
    const n = counts.nulls[c] ?? 0;
    outcomes.push(!has(c) ? { rule, passed: false, message: missing(c) } : n === 0 ? { rule, passed: true } : { rule, passed: false, message: `${n} of ${table.rows} rows have no value in "${c}"` });
  }
  for (const c of rules.unique ?? []) {
    const rule = `unique:${c}`;
    const dup = table.rows - (counts.distinct[c] ?? 0);
    outcomes.push(!has(c) ? { rule, passed: false, message: missing(c) } : dup === 0 ? { rule, passed: true } : { rule, passed: false, message: `${dup} duplicate value(s) in "${c}"` });
  }
  for (const c of rules.schema?.requiredColumns ?? []) outcomes.push(has(c) ? { rule: `schema.required:${c}`, passed: true } : { rule: `schema.required:${c}`, passed: false, message: missing(c) });
  for (const [c, expected] of Object.entries(rules.schema?.types ?? {})) {
    const rule = `schema.type:${c}`;
    const want = ALIASES[expected.toLowerCase()] ?? expected.toLowerCase();
    const actual = table.schema[c];
    outcomes.push(actual === undefined ? { rule, passed: false, message: missing(c) } : actual === want || actual === 'null' ? { rule, passed: true } : { rule, passed: false, message: `"${c}" is ${actual}, expected ${expected}` });
  }
  return outcomes;
}
