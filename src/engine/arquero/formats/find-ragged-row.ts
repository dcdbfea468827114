/**
 * Finds the first CSV record whose field count differs from the header's,
 * reading records as Arquero's parser does: a field that starts with `"` is
 * quoted (a delimiter or line break inside it belongs to the field, `""` is
 * a quote), a `"` further into a field is an ordinary character; a record
 * ends at `\n`, `\r\n` or a lone `\r`, and each of them starts a new line.
 * Blank lines are no records. Returns undefined when every record has the
 * header's width.
 *
 * @example
 * ```ts
 * import { findRaggedRow } from 'odibi-ts/dist/src/engine/arquero/formats/find-ragged-row.js';
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
  let empty = true;
  let fieldStart = true;
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue; // the \n ends the line
    const lineBreak = c === '\n' || c === '\r';
    if (lineBreak) line++;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') i++;
      else if (c === '"') quoted = false;
    } else if (c === delimiter) {
      fields++;
      empty = false;
      fieldStart = true;
    } else if (lineBreak) {
      if (!empty && expected < 0) expected = fields;
      else if (!empty && fields !== expected) return { line: recordLine, expected, found: fields };
      fields = 1;
      empty = true;
      fieldStart = true;
      recordLine = line;
    } else {
      quoted = c === '"' && fieldStart;
      empty = false;
      fieldStart = false;
    }
  }
  if (!empty && expected >= 0 && fields !== expected) return { line: recordLine, expected, found: fields };
  return undefined;
}
