/**
 * Checks the transform steps of one node: each is `{operation, params}` or
 * `{function, params}`. Operation steps go through the operation catalogue's
 * `checkOperationStep` (unknown operation, bad params, bad expressions), whose
 * paths are relative to the step. SQL steps (a string, or `{sql, params}`)
 * go through `sqlStepProblems`.
 * Internal.
 */
import type { StepProblem } from '../operations/check-step.js';
import { closestMatch } from '../text/closest-match.js';
import type { ConfigPath } from './config-path.js';
import type { RawProblem } from './raw-problem.js';
import { isRecord, listOf } from './raw-value.js';
import { sqlStepProblems } from './sql-step-problems.js';

/** Checks one operation step: `(operation, params) -> problems` with paths relative to the step. */
export type StepChecker = (operation: string, params: unknown) => StepProblem[];

const STEP_KEYS = { operation: ['operation', 'params'], function: ['function', 'params'] } as const;

/** Problems of the steps of `transform` (a raw node's `transform` value) at `nodePath`. */
export function stepProblems(transform: unknown, nodePath: ConfigPath, nodeName: string | undefined, check: StepChecker, dependsOn?: readonly string[]): RawProblem[] {
  if (!isRecord(transform)) return [];
  return listOf(transform.steps).flatMap((step, k) => {
    const where = `step ${k + 1} of node "${nodeName ?? '?'}"`;
    return oneStep(step, [...nodePath, 'transform', 'steps', k], where, check, dependsOn).map((p) => ({ ...p, step: k + 1 }));
  });
}

function oneStep(step: unknown, path: ConfigPath, where: string, check: StepChecker, dependsOn: readonly string[] | undefined): RawProblem[] {
  if (typeof step === 'string' || (isRecord(step) && 'sql' in step)) return sqlStepProblems(step, path, where, dependsOn);
  if (!isRecord(step)) {
    return [{ code: 'CONFIG_WRONG_TYPE', path, message: `${where} must be a mapping with operation or function`, hint: 'write the step as `- operation: filter` with `params:` below it' }];
  }
  const hasOperation = 'operation' in step;
  const hasFunction = 'function' in step;
  if (hasOperation === hasFunction) {
    const detail = hasOperation ? 'has both operation and function' : 'needs an operation or a function';
    return [{ code: hasOperation ? 'CONFIG_BAD_VALUE' : 'CONFIG_MISSING_KEY', path, message: `${where} ${detail}`, hint: 'give each step exactly one of `operation:` or `function:`' }];
  }
  const kind = hasOperation ? 'operation' : 'function';
  const problems = unknownStepKeys(step, path, where, STEP_KEYS[kind]);
  const name = step[kind];
  if (typeof name !== 'string' || name === '') {
    problems.push({ code: 'CONFIG_WRONG_TYPE', path: [...path, kind], message: `${where}: ${kind} must be a name (a string)`, hint: `write \`${kind}: <name>\`` });
    return problems;
  }
  if (step.params !== undefined && step.params !== null && !isRecord(step.params)) {
    problems.push({ code: 'CONFIG_WRONG_TYPE', path: [...path, 'params'], message: `${where}: params must be a mapping`, hint: 'write the params as `key: value` lines below `params:`' });
    return problems;
  }
  if (kind === 'operation') problems.push(...operationProblems(name, step.params ?? {}, path, where, check));
  return problems;
}

function operationProblems(operation: string, params: unknown, path: ConfigPath, where: string, check: StepChecker): RawProblem[] {
  return check(operation, params).map((p) => ({ code: p.code, path: [...path, ...p.path], message: `${where}: ${p.message}`, hint: p.hint, operation }));
}

function unknownStepKeys(step: Record<string, unknown>, path: ConfigPath, where: string, allowed: readonly string[]): RawProblem[] {
  return Object.keys(step)
    .filter((key) => !allowed.includes(key))
    .map((key) => {
      const closest = closestMatch(key, allowed);
      return {
        code: 'CONFIG_UNKNOWN_KEY' as const,
        path: [...path, key],
        at: 'key' as const,
        message: `unknown key "${key}" in ${where}`,
        hint: closest ? `did you mean "${closest}"?` : `a step has only ${allowed.join(' and ')}; put options under params`,
      };
    });
}
