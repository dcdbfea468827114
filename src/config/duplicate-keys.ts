/**
 * Keys written twice in one mapping of a YAML document, found in one pass
 * with a set per mapping (the YAML library's own check compares each key
 * with every earlier one: 100,000 keys took minutes). Each repeat is a
 * CONFIG_YAML_SYNTAX problem at the repeated key. Internal: the YAML
 * loader uses it.
 *
 * @example
 * ```ts
 * import { LineCounter, parseDocument } from 'yaml';
 * import { duplicateKeys } from 'odibi-ts/dist/src/config/duplicate-keys.js';
 * const lineCounter = new LineCounter();
 * const doc = parseDocument('a: 1\nb: 2\na: 3\n', { lineCounter, uniqueKeys: false });
 * duplicateKeys(doc, lineCounter).map((p) => p.line); // [3]
 * ```
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter } from 'yaml';
import type { RawProblem } from './raw-problem.js';
import { clipText } from '../text/clip-text.js';
import type { TextPosition } from './parse-yaml-source.js';

export function duplicateKeys(doc: Document, lineCounter: LineCounter): (RawProblem & TextPosition)[] {
  const problems: (RawProblem & TextPosition)[] = [];
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isSeq(node)) stack.push(...node.items);
    if (!isMap(node)) continue;
    const seen = new Set<string>();
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      stack.push(pair.value);
      const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
      if (key === undefined) continue;
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      const pos = lineCounter.linePos(isScalar(pair.key) ? (pair.key.range?.[0] ?? 0) : 0);
      problems.push({
        code: 'CONFIG_YAML_SYNTAX', path: [], message: `YAML syntax error: Map keys must be unique; "${clipText(key)}" is repeated`,
        hint: 'remove or rename one of the two keys', line: pos.line, column: pos.col,
      });
    }
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}
