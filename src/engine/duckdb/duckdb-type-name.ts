/**
 * A DuckDB column type -> the engine-neutral type name `schema()` reports:
 * numeric types -> `number`, VARCHAR -> `string`, BOOLEAN -> `boolean`,
 * DATE and TIMESTAMP types -> `date`, anything else -> `object`. Internal.
 */
export function duckDbTypeName(type: string): string {
  const t = type.toUpperCase();
  if (/^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/.test(t)) return 'number';
  if (t === 'VARCHAR') return 'string';
  if (t === 'BOOLEAN') return 'boolean';
  if (t.startsWith('DATE') || t.startsWith('TIMESTAMP')) return 'date';
  if (t === '"NULL"' || t === 'NULL') return 'null';
  return 'object';
}
