/**
 * Finds the first CSV record whose field count differs from the header's
 * (quotes respected). Returns undefined when every record has the same width.
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

export function findRaggedRow(text: string, delimiter: string): RaggedRow | undefined {
  let expected = -1;
  let fields = 1;
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let empty = true;
  const finish = (): RaggedRow | undefined => {
    if (!empty) {
      if (expected < 0) expected = fields;
      else if (fields !== expected) return { line: recordLine, expected, found: fields };
    }
    fields = 1;
    empty = true;
    return undefined;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
    } else if (c === '"') {
      quoted = true;
      empty = false;
    } else if (c === delimiter) {
      fields++;
      empty = false;
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') continue;
      const bad = finish();
      if (bad) return bad;
      recordLine = line;
    } else empty = false;
  }
  return finish();
}
