/**
 * Finds the first CSV record whose field count differs from the header's
 * (quotes respected). Returns undefined when every record has the same width.
 * One pass over character codes, no allocation: it runs before every CSV
 * parse.
 *
 * @example
 * ```ts
 * import { findRaggedRow } from '../src/index.js';
 * findRaggedRow('a,b\n1,2\n3\n', ','); // { line: 3, expected: 2, found: 1 }
 * ```
 */
export interface RaggedRow {
  /** 1-based line where the record starts. */
  line: number;
  expected: number;
  found: number;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

export function findRaggedRow(text: string, delimiter: string): RaggedRow | undefined {
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  let expected = -1;
  let fields = 1;
  let line = 1;
  let recordLine = 1;
  let empty = true;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === sep) {
      fields++;
      empty = false;
    } else if (c === LF || c === CR) {
      if (c === CR && text.charCodeAt(i + 1) === LF) continue;
      if (!empty) {
        if (expected < 0) expected = fields;
        else if (fields !== expected) return { line: recordLine, expected, found: fields };
      }
      if (c === LF) line++;
      fields = 1;
      empty = true;
      recordLine = line;
    } else if (c === QUOTE) {
      empty = false;
      for (i++; i < n; i++) {
        const q = text.charCodeAt(i);
        if (q === LF) line++;
        else if (q === QUOTE) {
          if (text.charCodeAt(i + 1) !== QUOTE) break;
          i++;
        }
      }
    } else empty = false;
  }
  if (!empty && expected >= 0 && fields !== expected) return { line: recordLine, expected, found: fields };
  return undefined;
}
