/**
 * A failed SQL statement -> an OdibiError that names the node, the step,
 * the position in the SQL (line and column, from DuckDB's caret) and the
 * tables the step can see. An unknown table is ENGINE_UNKNOWN_TABLE (with
 * a did-you-mean among the visible tables); any other failure ENGINE_SQL.
 * A query the check refused ({@link refusedSqlError}) is ENGINE_SQL_REFUSED.
 * Internal.
 */
import { OdibiError } from '../../errors.js';
import { closestMatch } from '../../text/closest-match.js';
import { ALLOWED_TABLE_FUNCTIONS, type SqlRefusal } from './check-sql-query.js';

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

/** Why each kind of refusal is refused, and how to do it instead. */
const REFUSALS: Record<Exclude<SqlRefusal['kind'], 'syntax' | 'unknown-table'>, { why: string; hint: string }> = {
  statement: {
    why: 'a step runs exactly one query (SELECT, or WITH ... SELECT)',
    hint: "write files with the node's write:; a step runs no COPY, ATTACH, INSTALL, SET, EXPORT or other statement",
  },
  statements: {
    why: 'a step runs exactly one query',
    hint: 'put each query in its own step: the next step reads the result as current',
  },
  'dynamic-pivot': {
    why: 'DuckDB runs a PIVOT whose values it must first find as more than one statement',
    hint: "list the values (PIVOT current ON region IN ('north', 'south') USING sum(amount)), or use the pivot operation",
  },
  'table-function': {
    why: `a step reads only the tables it can see, and no table function but ${ALLOWED_TABLE_FUNCTIONS.join(', ')}`,
    hint: "read the file with a node's read: and add that node to depends_on",
  },
  'outside-table': {
    why: 'a step reads only the tables it can see, never a file or another schema',
    hint: "read the file with a node's read: and add that node to depends_on",
  },
};

/** The error for a query {@link checkSqlQuery} refused (syntax errors and unknown tables keep their own codes). */
export function refusedSqlError(refusal: SqlRefusal, sql: string, place: SqlPlace): OdibiError {
  const where = `node "${place.node}", step ${place.step} (sql)`;
  const at = refusal.offset === undefined ? '' : ` at ${lineAndColumn(sql, refusal.offset)} of the SQL`;
  const visible = `tables this step can see: ${place.tables.join(', ') || '(none)'}`;
  const location = { node: place.node, step: place.step, operation: 'sql' };
  if (refusal.kind === 'syntax') return new OdibiError('ENGINE_SQL', `${where}: Parser Error: ${refusal.detail ?? 'syntax error'}${at}; ${visible}`, { ...location, hint: 'fix the SQL at the position shown' });
  if (refusal.kind === 'unknown-table') {
    const closest = closestMatch(refusal.name ?? '', place.tables);
    return new OdibiError('ENGINE_UNKNOWN_TABLE', `${where}: ${refusal.what}${at} is not visible; ${visible}`, {
      ...location, hint: closest ? `did you mean "${closest}"?` : 'add the node to depends_on, or read the step\'s input as "current"',
    });
  }
  const { why, hint } = REFUSALS[refusal.kind];
  return new OdibiError('ENGINE_SQL_REFUSED', `${where}: refused ${refusal.what}${at}: ${why}; ${visible}`, { ...location, hint });
}

function lineAndColumn(sql: string, offset: number): string {
  const before = sql.slice(0, offset).split('\n');
  return `line ${before.length}, column ${before[before.length - 1]!.length + 1}`;
}
