/**
 * The cheap column check of `validate()`: when a node reads a CSV file with
 * a header, its first operation step can only name columns of that header
 * (in its params and in its expressions).
 * Later steps (whose input columns depend on the earlier ones) are left to
 * the run.
 *
 * @example
 * ```ts
 * import { firstStepColumnProblems } from 'odibi-ts/dist/src/pipeline/first-step-column-problems.js';
 * firstStepColumnProblems(node, ['order_id', 'amount']); // [] when the first step only uses those
 * ```
 */
import type { NodeConfig } from '../config/types.js';
import type { Connection } from '../connections/connection.js';
import { csvFormat } from '../engine/arquero/formats/csv-format.js';
import type { Problem } from '../errors.js';
import { findOperation } from '../operations/operations.js';
import { usedColumns } from '../operations/used-columns.js';
import { closestMatch } from '../text/closest-match.js';

export function firstStepColumnProblems(node: NodeConfig, header: readonly string[]): Problem[] {
  const step = node.steps[0];
  const definition = step?.kind === 'operation' ? findOperation(step.operation) : undefined;
  const parsed = definition?.schema.safeParse(step!.params);
  if (!definition || !parsed?.success) return [];
  const unknown = usedColumns(definition, parsed.data).filter((column) => !header.includes(column));
  return unknown.map((column): Problem => {
    const closest = closestMatch(column, header);
    const at = step!.location ?? node.location;
    return {
      code: 'ENGINE_UNKNOWN_COLUMN', node: node.name, step: 1, operation: definition.name,
      file: at?.file, line: at?.line, column: at?.column, path: at?.path,
      message: `node "${node.name}" step 1 (${definition.name}): unknown column "${column}"; ${node.read!.path} has: ${header.join(', ')}`,
      hint: closest ? `did you mean "${closest}"?` : 'use one of the file\'s columns',
    };
  });
}

/** The header of a CSV file a node reads, as the CSV format reads it; undefined when it is not cheaply knowable. */
export async function csvHeader(node: NodeConfig, connection: Connection): Promise<string[] | undefined> {
  const read = node.read;
  if (!read || read.format !== 'csv') return undefined;
  try {
    return csvFormat.columns(await connection.readBytes(read.path), read.options, read.path);
  } catch {
    return undefined;
  }
}
