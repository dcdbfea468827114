/**
 * The table names an SQL text reads from, found cheaply: identifiers after
 * FROM or JOIN that are not followed by `(` (table functions), minus the
 * names the query defines itself (`WITH name [(columns)] AS (...)`) and
 * names that are not plain node names (a schema-qualified name, a file):
 * those are refused by the engines' exact check, which `odibi validate`
 * runs too. Comments and string literals are skipped. A best-effort scan, not a parser: it serves
 * the load-time depends_on check; DuckDB has the final word at run time.
 *
 * @example
 * ```ts
 * import { sqlTableNames } from 'odibi-ts/dist/src/config/sql-table-names.js';
 * sqlTableNames('SELECT * FROM raw_orders o JOIN raw_customers c USING (customer_id)');
 * // ['raw_orders', 'raw_customers']
 * ```
 */
export function sqlTableNames(sql: string): string[] {
  const text = stripLiterals(sql);
  const defined = new Set([...text.matchAll(/(?:\bwith\s+(?:recursive\s+)?|,\s*)([A-Za-z_]\w*)\s*(?:\([^()]*\)\s*)?as\s*(?:not\s+)?(?:materialized\s*)?\(/gi)].map((m) => m[1]!.toLowerCase()));
  const names: string[] = [];
  for (const match of text.matchAll(/\b(?:from|join)\s+("(?:[^"]|"")+"|[A-Za-z_][\w.]*)(\s*\()?/gi)) {
    if (match[2] || insideFunctionCall(text, match.index ?? 0)) continue;
    const raw = match[1]!;
    const name = raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw;
    if (/[/\\.:*?]/.test(name)) continue;
    if (!defined.has(name.toLowerCase()) && !names.includes(name)) names.push(name);
  }
  return names;
}

/** True when position `at` sits inside parentheses that are not a subquery, as in `EXTRACT(year FROM d)`. */
function insideFunctionCall(text: string, at: number): boolean {
  let depth = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(') {
      if (depth === 0) return !/^\s*(select|with)\b/i.test(text.slice(i + 1));
      depth--;
    }
  }
  return false;
}

function stripLiterals(sql: string): string {
  return sql
    .replace(/--[^\n]*/g, ' ')
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/'(?:[^']|'')*'/g, "''");
}
