/**
 * The throwing form of {@link checkOperationStep}: returns the operation's
 * definition and its parsed params, or throws the first problem as an
 * OdibiError (the other problems are listed in its message).
 *
 * @example
 * ```ts
 * import { parseOperationStep } from 'odibi-ts/dist/src/operations/parse-operation-step.js';
 * const { params } = parseOperationStep('limit', { n: 5 });
 * ```
 */
import { OdibiError } from '../errors.js';
import { checkOperationStep } from './check-step.js';
import type { OperationDefinition } from './operation-definition.js';
import { findOperation } from './operations.js';

export interface ParsedOperationStep {
  definition: OperationDefinition;
  params: any;
}

export function parseOperationStep(operation: string, params: unknown): ParsedOperationStep {
  const problems = checkOperationStep(operation, params);
  if (problems.length > 0) {
    const [first, ...rest] = problems;
    const more = rest.length ? `; also: ${rest.map((p) => p.message).join('; ')}` : '';
    throw new OdibiError(first.code, first.message + more, { hint: first.hint, operation });
  }
  const definition = findOperation(operation)!;
  return { definition, params: definition.schema.parse(params ?? {}) };
}
