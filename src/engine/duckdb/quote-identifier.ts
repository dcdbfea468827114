/**
 * A name as a double-quoted SQL identifier (`"my table"`), with inner
 * quotes doubled. Internal.
 */
export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
