/**
 * The `op.*` functions an expression may call. Row functions work on one
 * row's values; aggregate functions summarise a column (in `aggregate`,
 * `pivot` values and `impute`). Each exists in Arquero and has a plain SQL
 * counterpart, so a SQL engine can translate the same expressions.
 *
 * @example
 * ```ts
 * import { ROW_FUNCTIONS, AGGREGATE_FUNCTIONS } from 'odibi-ts/dist/src/expressions/allowed-ops.js';
 * ROW_FUNCTIONS.includes('round'); // true
 * AGGREGATE_FUNCTIONS.includes('sum'); // true
 * ```
 */

/** Functions of one row's values, grouped for the documentation. */
export const ROW_FUNCTION_GROUPS = {
  math: ['abs', 'ceil', 'floor', 'round', 'trunc', 'sign', 'sqrt', 'cbrt', 'exp', 'log', 'log10', 'log2', 'pow', 'greatest', 'least', 'is_nan', 'is_finite'],
  text: ['lower', 'upper', 'trim', 'length', 'substring', 'replace', 'startswith', 'endswith', 'includes', 'padstart', 'padend', 'parse_float', 'parse_int', 'parse_date'],
  date: ['year', 'quarter', 'month', 'week', 'date', 'dayofweek', 'dayofyear', 'hours', 'minutes', 'seconds', 'utcyear', 'utcmonth', 'utcdate', 'utchours', 'format_date', 'format_utcdate', 'datetime'],
} as const;

/** Every allowed row function. */
export const ROW_FUNCTIONS: readonly string[] = Object.values(ROW_FUNCTION_GROUPS).flat();

/** Every allowed aggregate function. */
export const AGGREGATE_FUNCTIONS: readonly string[] = [
  'count', 'distinct', 'valid', 'invalid', 'sum', 'product', 'mean', 'average', 'median', 'mode',
  'min', 'max', 'stdev', 'stdevp', 'variance', 'variancep', 'quantile', 'any',
];

/** Global names an expression may use besides the row and params. */
export const ALLOWED_CONSTANTS: readonly string[] = ['undefined', 'NaN', 'Infinity'];
