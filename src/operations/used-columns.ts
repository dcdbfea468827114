/**
 * The columns of its input table an operation step uses: those its params
 * name (`select.columns`, `orderby.keys`...), then those its expressions read
 * (`d.amount`), each once, in that order. Expressions that do not check are
 * left to the step's own checks. The Arquero engine checks them before a
 * step runs; `validate()` checks a first step against a CSV header. Internal.
 */
import { expressionColumns } from './expression-columns.js';
import type { OperationDefinition } from './operation-definition.js';

export function usedColumns<P>(definition: OperationDefinition<P>, params: P): string[] {
  const named = definition.columns(params).map((use) => use.column);
  return [...new Set([...named, ...expressionColumns(definition, params)])];
}
