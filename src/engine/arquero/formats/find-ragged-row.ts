/**
 * Finds the first CSV record whose field count differs from the header's
 * (quotes respected). Returns undefined when every record has the same width.
 * It runs before every CSV parse: text without quotes is first checked a
 * line at a time by one compiled regular expression (several times faster
 * than a loop over characters); only quoted text, or text with a problem
 * to locate, takes the loop over character codes.
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

const QUOTE = 34;
const LF = 10;
const CR = 13;

export function findRaggedRow(text: string, delimiter: string): RaggedRow | undefined {
  if (delimiter.length === 1 && !text.includes('"') && everyLineHasHeaderWidth(text, delimiter)) return undefined;
  return scanRecords(text, delimiter);
}

/** True when every line of quote-free text has as many fields as the first (false: look closer). */
function everyLineHasHeaderWidth(text: string, delimiter: string): boolean {
  const d = delimiter.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');
  const firstEnd = text.search(/[\r\n]/);
  const delimiters = (firstEnd < 0 ? text : text.slice(0, firstEnd)).split(delimiter).length - 1;
  const line = new RegExp(`[^${d}\\r\\n]*(?:${d}[^${d}\\r\\n]*){${delimiters}}(?:\\r?\\n|\\r|$)`, 'y');
  for (let at = 0; at < text.length; at = line.lastIndex) {
    line.lastIndex = at;
    if (!line.test(text) || line.lastIndex === at) return false;
  }
  return true;
}

/** The exact reading: quotes, blank lines, records over several lines. */
function scanRecords(text: string, delimiter: string): RaggedRow | undefined {
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
