/**
 * One pass over CSV text, reading records as Arquero's parser does: a field
 * that starts with `"` is quoted (a delimiter or line break inside it
 * belongs to the field, `""` is a quote), a `"` further into a field is an
 * ordinary character; a record ends at `\n`, `\r\n` or a lone `\r`, and
 * each of them starts a new line. It finds the first record whose field
 * count differs from the header's, a quote still open at the end of the
 * text (the line it opened on), and the blank lines (no records: the CSV
 * reader drops them, as DuckDB's does).
 *
 * @example
 * ```ts
 * import { scanCsv } from 'odibi-ts/dist/src/engine/arquero/formats/scan-csv.js';
 * scanCsv('a,b\n1,2\n\n3\n', ',').ragged; // { line: 4, expected: 2, found: 1 }
 * scanCsv('a,b\n1,"2\n', ',').openQuoteLine; // 2
 * ```
 */
export interface RaggedRow {
  /** 1-based line where the record starts. */
  line: number;
  expected: number;
  found: number;
}

export interface CsvScan {
  ragged?: RaggedRow;
  /** The line of a quote that is never closed. */
  openQuoteLine?: number;
  /** [start, end) offsets of blank lines, line break included. */
  blankLines: [number, number][];
}

export function scanCsv(text: string, delimiter: string): CsvScan {
  const scan: CsvScan = { blankLines: [] };
  let expected = -1;
  let fields = 1;
  let empty = true;
  let fieldStart = true;
  let quoted = false;
  let quoteLine = 0;
  let line = 1;
  let recordLine = 1;
  let recordStart = 0;
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
      if (empty) scan.blankLines.push([recordStart, i + 1]);
      else if (expected < 0) expected = fields;
      else if (fields !== expected) scan.ragged ??= { line: recordLine, expected, found: fields };
      fields = 1;
      empty = true;
      fieldStart = true;
      recordLine = line;
      recordStart = i + 1;
    } else {
      quoted = c === '"' && fieldStart;
      if (quoted) quoteLine = line;
      empty = false;
      fieldStart = false;
    }
  }
  if (quoted) scan.openQuoteLine = quoteLine;
  else if (!empty && expected >= 0 && fields !== expected) scan.ragged ??= { line: recordLine, expected, found: fields };
  return scan;
}

/** The text without its blank lines. */
export function withoutBlankLines(text: string, blankLines: readonly [number, number][]): string {
  if (blankLines.length === 0) return text;
  let out = '';
  let from = 0;
  for (const [start, end] of blankLines) {
    out += text.slice(from, start);
    from = end;
  }
  return out + text.slice(from);
}
