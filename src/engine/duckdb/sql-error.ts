/**
 * A failed SQL statement -> an OdibiError that names the node, the step,
 * the position in the SQL (line and column, from DuckDB's caret) and the
 * tables the step can see. An unknown table is ENGINE_UNKNOWN_TABLE (with
 * a did-you-mean among the visible tables); any other failure ENGINE_SQL.
 * Internal.
 */
import { OdibiError } from '../../errors.js';
import { closestMatch } from '../../text/closest-match.js';

/** Where the SQL runs: node, 1-based step, and the tables it can see. */
export interface SqlPlace {
  node: string;
  step: number;
  tables: readonly string[];
  /** Lines the engine put before the step's SQL (subtracted from DuckDB's line numbers). */
  lineOffset?: number;
}

export function sqlError(error: unknown, place: SqlPlace): OdibiError {
  const raw = error instanceof Error ? error.message : String(error);
  const headline = (raw.split('\n')[0] ?? raw).replace(/^Failed to extract statements: /, '').trim();
  const position = caretPosition(raw, place.lineOffset ?? 0);
  const at = position ? ` at line ${position.line}, column ${position.column} of the SQL` : '';
  const where = `node "${place.node}", step ${place.step} (sql)`;
  const visible = `tables this step can see: ${place.tables.join(', ') || '(none)'}`;
  const missing = /Table with name (\S+) does not exist/.exec(headline)?.[1];
  const location = { node: place.node, step: place.step, operation: 'sql' };
  if (missing) {
    const closest = closestMatch(missing, place.tables);
    return new OdibiError('ENGINE_UNKNOWN_TABLE', `${where}: table "${missing}"${at} is not visible; ${visible}`, {
      ...location,
      hint: closest ? `did you mean "${closest}"?` : 'add the node to depends_on, or read the step\'s input as "current"',
      cause: error,
    });
  }
  return new OdibiError('ENGINE_SQL', `${where}: ${headline}${at}; ${visible}`, { ...location, hint: 'fix the SQL at the position shown', cause: error });
}

function caretPosition(message: string, lineOffset: number): { line: number; column: number } | undefined {
  const match = /LINE (\d+): ([^\n]*)\n( *)\^/.exec(message);
  if (!match) return undefined;
  const prefix = `LINE ${match[1]}: `.length;
  return { line: Number(match[1]) - lineOffset, column: Math.max(1, match[3]!.length - prefix + 1) };
}
