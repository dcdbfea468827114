/**
 * Whether an SQL step's text may run: exactly one query (SELECT, WITH ...
 * SELECT, FROM-first, VALUES) that reads only the tables it can see (and the
 * names its own WITH defines), through no table function but `range`,
 * `generate_series` and `unnest`. DuckDB parses the text itself
 * (`json_serialize_sql`, which serialises SELECT statements only), so
 * nothing is bound or run: the check needs no table. It returns the first
 * reason to refuse, or undefined. Both engines run it before every SQL step;
 * `odibi validate` runs it on every SQL step of the project. Internal.
 *
 * @example
 * ```ts
 * // not run: needs a DuckDB connection
 * import { checkSqlQuery } from 'odibi-ts/dist/src/engine/duckdb/check-sql-query.js';
 * (await checkSqlQuery(connection, "SELECT * FROM read_csv('/etc/passwd')", ['current']))?.what;
 * // 'table function read_csv'
 * ```
 */
import type { DuckDBConnection } from '@duckdb/node-api';

/** Table functions a step may call: they make rows, and touch no file. */
export const ALLOWED_TABLE_FUNCTIONS = ['range', 'generate_series', 'unnest'] as const;

/** Why a step's SQL may not run. */
export interface SqlRefusal {
  /** `syntax` errors are DuckDB's own; `unknown-table` names a plain table the step cannot see; the others are refused outright. */
  kind: 'syntax' | 'statement' | 'statements' | 'dynamic-pivot' | 'table-function' | 'outside-table' | 'unknown-table';
  /** What is refused, e.g. `table function read_csv`, `COPY statement`, `table "/etc/passwd"`. */
  what: string;
  /** The name involved (a table, a function), when there is one. */
  name?: string;
  /** 0-based offset in the SQL text (characters), when DuckDB gives one. */
  offset?: number;
  /** DuckDB's own message, for syntax errors. */
  detail?: string;
}

export async function checkSqlQuery(connection: DuckDBConnection, sql: string, visible: readonly string[]): Promise<SqlRefusal | undefined> {
  const tree = await serialise(connection, sql);
  if (tree.error) {
    if (tree.error_type === 'parser') return { kind: 'syntax', what: 'syntax error', detail: tree.error_message, offset: charOffset(sql, Number(tree.position)) };
    if (/\bpivot\b/i.test(withoutComments(sql))) return { kind: 'dynamic-pivot', what: 'PIVOT without IN (...)' };
    const keyword = firstKeyword(sql);
    const count = QUERY_KEYWORDS.includes(keyword) ? await statementCount(connection, sql) : 1;
    return count > 1 ? { kind: 'statements', what: `${count} statements` } : { kind: 'statement', what: `${keyword} statement` };
  }
  const statements = tree.statements ?? [];
  if (statements.length !== 1) return { kind: 'statements', what: statements.length === 0 ? 'an empty query' : `${statements.length} statements` };
  return refusedTableRef(statements[0], new Set(visible.map((name) => name.toLowerCase())), sql);
}

/** The words a query may start with. */
const QUERY_KEYWORDS = ['SELECT', 'WITH', 'FROM', 'VALUES', 'TABLE'];

/** How many statements DuckDB finds in the text (0 when it cannot split it). */
async function statementCount(connection: DuckDBConnection, sql: string): Promise<number> {
  try {
    return (await connection.extractStatements(sql)).count;
  } catch {
    return 0;
  }
}

interface Serialised {
  error: boolean;
  error_type?: string;
  error_message?: string;
  position?: string;
  statements?: unknown[];
}

async function serialise(connection: DuckDBConnection, sql: string): Promise<Serialised> {
  const reader = await connection.runAndReadAll('SELECT json_serialize_sql(CAST($sql AS VARCHAR))', { sql });
  return JSON.parse(String(reader.getRows()[0]![0])) as Serialised;
}

/**
 * Walks the parse tree: every table function must be allowed, every table a
 * visible one or a WITH name in scope (a WITH name is in scope in the main
 * query, in later WITH bodies, and in its own body when it is recursive).
 */
function refusedTableRef(node: unknown, scope: ReadonlySet<string>, sql: string): SqlRefusal | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = refusedTableRef(item, scope, sql);
      if (found) return found;
    }
    return undefined;
  }
  if (typeof node !== 'object' || node === null) return undefined;
  const record = node as Record<string, unknown>;
  const offset = typeof record.query_location === 'number' ? charOffset(sql, record.query_location) : undefined;
  if (record.type === 'TABLE_FUNCTION') {
    const name = String((record.function as { function_name?: unknown } | undefined)?.function_name ?? '?');
    if (!(ALLOWED_TABLE_FUNCTIONS as readonly string[]).includes(name.toLowerCase())) return { kind: 'table-function', what: `table function ${name}`, name, offset };
  }
  if (record.type === 'BASE_TABLE') {
    const found = refusedTable(record, scope, offset);
    if (found) return found;
  }
  const ctes = (record.cte_map as { map?: { key: string; value: { query?: { node?: { type?: string } } } }[] } | undefined)?.map;
  if (ctes && ctes.length > 0) return refusedWithCtes(record, ctes, scope, sql);
  for (const [key, value] of Object.entries(record)) {
    if (key === 'cte_map') continue;
    const found = refusedTableRef(value, scope, sql);
    if (found) return found;
  }
  return undefined;
}

function refusedWithCtes(record: Record<string, unknown>, ctes: { key: string; value: { query?: { node?: { type?: string } } } }[], scope: ReadonlySet<string>, sql: string): SqlRefusal | undefined {
  const inScope = new Set(scope);
  for (const cte of ctes) {
    const name = cte.key.toLowerCase();
    const recursive = cte.value.query?.node?.type === 'RECURSIVE_CTE_NODE';
    const found = refusedTableRef(cte.value, recursive ? new Set([...inScope, name]) : inScope, sql);
    if (found) return found;
    inScope.add(name);
  }
  return refusedTableRef({ ...record, cte_map: undefined }, inScope, sql);
}

function refusedTable(record: Record<string, unknown>, scope: ReadonlySet<string>, offset: number | undefined): SqlRefusal | undefined {
  const name = String(record.table_name ?? '');
  const qualified = [record.catalog_name, record.schema_name].some((part) => typeof part === 'string' && part !== '');
  if (!qualified && scope.has(name.toLowerCase())) return undefined;
  const full = [record.catalog_name, record.schema_name, name].filter((part) => typeof part === 'string' && part !== '').join('.');
  // A name with a path's characters is a file DuckDB would read by itself ("replacement scan").
  const outside = qualified || /[/\\.:*?]/.test(name);
  return { kind: outside ? 'outside-table' : 'unknown-table', what: `table "${full}"`, name: full, offset };
}

/** DuckDB counts positions in UTF-8 bytes; the caller counts characters. */
function charOffset(sql: string, bytes: number): number | undefined {
  if (!Number.isFinite(bytes) || bytes < 0 || bytes > Buffer.byteLength(sql, 'utf8')) return undefined;
  return Buffer.from(sql, 'utf8').subarray(0, bytes).toString('utf8').length;
}

/** The statement's first keyword (COPY, ATTACH, INSTALL...), comments and parentheses aside. */
function firstKeyword(sql: string): string {
  return (/[A-Za-z]+/.exec(withoutComments(sql))?.[0] ?? 'empty').toUpperCase();
}

function withoutComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, ' ').replace(/\/\*[\s\S]*?\*\//g, ' ');
}
