/**
 * Zod schemas shared by the operations' params (internal): column names,
 * lists and maps of them, expressions, and `vars` (values `$.name` refers to).
 */
import { z } from 'zod';
import { reservedColumnName, reservedNameHint } from './check-column-names.js';

/** A column name: not empty, and not a member of every JavaScript object (`toString`, `__proto__`...). */
export const columnName = z
  .string({ error: 'expected a column name (a string)' })
  .min(1, 'a column name cannot be empty')
  .refine((name) => !reservedColumnName(name), { error: (issue) => `column "${String(issue.input)}" is not allowed: ${reservedNameHint(String(issue.input))}` });

/** A non-empty list of column names. */
export const columnList = z.array(columnName, { error: 'expected a list of column names, e.g. [id, amount]' }).min(1, 'list at least one column');

/** An expression in the allowed subset (checked separately, see checkExpression). */
export const expression = z.string({ error: 'expected an expression string, e.g. "d => d.amount > 0"' }).min(1, 'the expression is empty');

/** A literal value usable as `$.name` or as a fill value. */
export const literal = z.union([z.number(), z.string(), z.boolean(), z.null()], { error: 'expected a number, string, boolean or null' });

/** Values that expressions can refer to as `$.name`. */
export const vars = z.record(z.string(), literal, { error: 'expected a map of names to values, e.g. {min: 10}' }).optional();

/** The error of a map keyed by column names: a bad key says what is wrong with it, anything else `message`. */
export function columnMapError(message: string): (issue: { code?: string; issues?: { message: string }[] }) => string {
  return (issue) => (issue.code === 'invalid_key' && issue.issues?.[0] ? issue.issues[0].message : message);
}

/** A non-empty map of new column name -> expression. */
export const expressionMap = z
  .record(columnName, expression, { error: columnMapError('expected a map of column name -> expression, e.g. {total: "d => d.price * d.qty"}') })
  .refine((m) => Object.keys(m).length > 0, 'give at least one column');

/** The names of a `vars` map. */
export function varNames(values: Record<string, unknown> | undefined): string[] {
  return Object.keys(values ?? {});
}
