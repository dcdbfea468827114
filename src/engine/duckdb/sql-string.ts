/**
 * A value as a single-quoted SQL string literal, inner quotes doubled.
 * Used for file paths only; user values are always bound. Internal.
 */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}
