/**
 * Load-time checks of one operation step: is the operation known, are its
 * params well formed, are its expressions inside the allowed subset?
 * Returns every problem as data; `path` is relative to the step
 * (`['params', 'expr']`).
 *
 * @example
 * ```ts
 * import { checkOperationStep } from 'odibi-ts/dist/src/operations/check-step.js';
 * checkOperationStep('filtr', {}); // [{ code: 'CONFIG_UNKNOWN_OPERATION', ..., hint: 'did you mean "filter"? ...' }]
 * checkOperationStep('filter', { expr: 'process.exit()' })[0].code; // 'CONFIG_BAD_EXPRESSION'
 * ```
 */
import type { z } from 'zod';
import type { ErrorCode } from '../error-codes.js';
import { checkExpression } from '../expressions/check-expression.js';
import { closestMatch } from '../text/closest-match.js';
import { clipText } from '../text/clip-text.js';
import type { OperationDefinition } from './operation-definition.js';
import { findOperation, operationNames } from './operations.js';

export interface StepProblem {
  code: ErrorCode;
  /** Path below the step, e.g. `['params', 'on', 0]`. */
  path: (string | number)[];
  message: string;
  hint?: string;
}

export function checkOperationStep(operation: string, params: unknown): StepProblem[] {
  const definition = findOperation(operation);
  if (!definition) return [unknownOperation(operation)];
  const parsed = definition.schema.safeParse(params ?? {});
  if (!parsed.success) return parsed.error.issues.map((issue) => paramProblem(definition, issue, params));
  return expressionProblems(definition, parsed.data);
}

function unknownOperation(operation: string): StepProblem {
  const closest = closestMatch(String(operation), operationNames());
  return {
    code: 'CONFIG_UNKNOWN_OPERATION',
    path: ['operation'],
    message: `unknown operation "${operation}"`,
    hint: `${closest ? `did you mean "${closest}"? ` : ''}operations: ${operationNames().join(', ')}`,
  };
}

function paramProblem(definition: OperationDefinition, issue: z.core.$ZodIssue, params: unknown): StepProblem {
  const known = Object.keys(definition.paramDocs);
  if (issue.code === 'unrecognized_keys') {
    const key = issue.keys[0];
    const closest = closestMatch(key, known);
    return {
      code: 'CONFIG_BAD_PARAMS',
      path: ['params', ...issue.path.map(pathPart), key],
      message: `operation "${definition.name}": unknown param "${key}"`,
      hint: `${closest ? `did you mean "${closest}"? ` : ''}params of ${definition.name}: ${known.join(', ')}`,
    };
  }
  const path = ['params', ...issue.path.map(pathPart)];
  const missing = issue.code === 'invalid_type' && valueAt(params, issue.path) === undefined;
  return {
    code: 'CONFIG_BAD_PARAMS',
    path,
    message: `operation "${definition.name}": ${formatParamPath(path)}${missing ? ' is required' : `: ${issue.message}`}`,
    hint: `params of ${definition.name}: ${known.join(', ')}; see its example in docs/operations.md#${definition.name}`,
  };
}

function expressionProblems(definition: OperationDefinition, params: unknown): StepProblem[] {
  const problems: StepProblem[] = [];
  for (const use of definition.expressions(params)) {
    const result = checkExpression(use.source, { kind: use.kind, vars: use.vars });
    if (result.ok === true) continue;
    problems.push({
      code: 'CONFIG_BAD_EXPRESSION',
      path: use.path,
      message: `operation "${definition.name}": ${formatParamPath(use.path)}: expression "${clipText(use.source)}" is not allowed: ${result.message}`,
      hint: 'expressions may use columns (d.col), literals, arithmetic, comparisons, boolean logic and the op.* functions listed in docs/expressions.md',
    });
  }
  return problems;
}

function valueAt(value: unknown, path: PropertyKey[]): unknown {
  let current = value;
  for (const part of path) current = current !== null && typeof current === 'object' ? (current as Record<PropertyKey, unknown>)[part] : undefined;
  return current;
}

function pathPart(part: PropertyKey): string | number {
  return typeof part === 'number' ? part : String(part);
}

/** `['params', 'columns', 0]` -> `params.columns[0]`. */
export function formatParamPath(path: (string | number)[]): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
