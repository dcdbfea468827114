/**
 * Checks one SQL step: a non-empty string, or `{sql, params}` where params
 * is a mapping of scalar values (bound as `$name`, never spliced). Every
 * table the SQL reads must be `current` or one of the node's depends_on.
 * Internal.
 */
import type { ConfigPath } from './config-path.js';
import type { RawProblem } from './raw-problem.js';
import { isRecord } from './raw-value.js';
import { sqlTableNames } from './sql-table-names.js';

/** Problems of the SQL step `step` at `path`; `dependsOn` undefined skips the table check. */
export function sqlStepProblems(step: unknown, path: ConfigPath, where: string, dependsOn: readonly string[] | undefined): RawProblem[] {
  const sql = typeof step === 'string' ? step : isRecord(step) ? step.sql : undefined;
  const sqlPath = typeof step === 'string' ? path : [...path, 'sql'];
  if (typeof sql !== 'string' || sql.trim() === '') {
    return [{ code: 'CONFIG_WRONG_TYPE', path: sqlPath, message: `${where}: sql must be a non-empty string`, hint: 'write the step as `- sql: SELECT * FROM current`' }];
  }
  const problems: RawProblem[] = [];
  if (isRecord(step)) problems.push(...keyProblems(step, path, where), ...paramProblems(step.params, [...path, 'params'], where));
  if (dependsOn) problems.push(...tableProblems(sql, sqlPath, where, dependsOn));
  return problems;
}

function keyProblems(step: Record<string, unknown>, path: ConfigPath, where: string): RawProblem[] {
  return Object.keys(step)
    .filter((key) => key !== 'sql' && key !== 'params')
    .map((key) => ({ code: 'CONFIG_UNKNOWN_KEY' as const, path: [...path, key], at: 'key' as const, message: `unknown key "${key}" in ${where}`, hint: 'an SQL step has only sql and params' }));
}

function paramProblems(params: unknown, path: ConfigPath, where: string): RawProblem[] {
  if (params === undefined || params === null) return [];
  if (!isRecord(params)) return [{ code: 'CONFIG_WRONG_TYPE', path, message: `${where}: params must be a mapping`, hint: 'write `params: {min: 0}` and use `$min` in the SQL' }];
  return Object.entries(params)
    .filter(([, value]) => value !== null && !['string', 'number', 'boolean'].includes(typeof value))
    .map(([name]) => ({ code: 'CONFIG_WRONG_TYPE' as const, path: [...path, name], message: `${where}: SQL parameter "${name}" must be a string, number, boolean or null`, hint: 'bind one scalar per parameter' }));
}

function tableProblems(sql: string, path: ConfigPath, where: string, dependsOn: readonly string[]): RawProblem[] {
  const visible = ['current', ...dependsOn];
  return sqlTableNames(sql)
    .filter((name) => !visible.some((v) => v.toLowerCase() === name.toLowerCase()))
    .map((name) => ({
      code: 'CONFIG_UNKNOWN_DEPENDENCY' as const,
      path,
      message: `${where}: the SQL reads table "${name}", which is not in depends_on`,
      hint: `add "${name}" to depends_on; the step can see: ${visible.join(', ')}`,
    }));
}
