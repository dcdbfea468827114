/**
 * How deeply JSON text nests, found in one pass over the text (brackets
 * inside strings do not count), and the line where it first goes deepest.
 * The JSON reader refuses text nested deeper than {@link MAX_JSON_DEPTH}
 * before parsing it: rows are two levels, a value inside a cell a few more,
 * and a file of thousands of levels is a mistake or an attack, not a table.
 *
 * @example
 * ```ts
 * import { jsonDepth } from 'odibi-ts/dist/src/engine/arquero/formats/json-depth.js';
 * jsonDepth('[{"a": [1, "[["]}]'); // { depth: 3, line: 1 }
 * ```
 */

/** The deepest nesting the JSON reader accepts. */
export const MAX_JSON_DEPTH = 64;

export function jsonDepth(text: string): { depth: number; line: number } {
  let depth = 0;
  let deepest = { depth: 0, line: 1 };
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    if (inString) {
      if (c === 92) i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      depth++;
      if (depth > deepest.depth) deepest = { depth, line };
    } else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}
