/**
 * The catalogue of operations, by name. Engines implement each of them;
 * {@link checkOperationStep} checks a step against it when a project loads.
 *
 * @example
 * ```ts
 * import { operationNames, OPERATIONS } from 'odibi-ts/dist/src/operations/operations.js';
 * operationNames(); // ['filter', 'derive', 'select', ...]
 * console.log(OPERATIONS.join.example);
 * ```
 */
import { aggregate } from './aggregate.js';
import { dedupe } from './dedupe.js';
import { derive } from './derive.js';
import { drop } from './drop.js';
import { filter } from './filter.js';
import { impute } from './impute.js';
import { join } from './join.js';
import { limit } from './limit.js';
import type { OperationDefinition } from './operation-definition.js';
import { orderby } from './orderby.js';
import { pivot } from './pivot.js';
import { rename } from './rename.js';
import { select } from './select.js';
import { union } from './union.js';
import { unpivot } from './unpivot.js';

export const OPERATIONS = { filter, derive, select, rename, drop, dedupe, orderby, aggregate, join, union, pivot, unpivot, limit, impute } as const;

/** An operation name. */
export type OperationName = keyof typeof OPERATIONS;

/** Every operation name, in documentation order. */
export function operationNames(): OperationName[] {
  return Object.keys(OPERATIONS) as OperationName[];
}

/** The operation called `name`, or undefined. */
export function findOperation(name: string): OperationDefinition | undefined {
  return Object.prototype.hasOwnProperty.call(OPERATIONS, name) ? (OPERATIONS as Record<string, OperationDefinition>)[name] : undefined;
}
