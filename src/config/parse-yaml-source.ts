/**
 * YAML text -> plain value plus a way back from config paths to
 * `line:column`. Syntax errors, repeated keys (found in linear time, see
 * {@link duplicateKeys}) and aliases that expand too much (an "alias bomb")
 * become CONFIG_YAML_SYNTAX problems at their position. Internal: the
 * loaders use it.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { ConfigPath } from './config-path.js';
import { duplicateKeys } from './duplicate-keys.js';
import type { RawProblem } from './raw-problem.js';

/** How many alias expansions a document may make (its own anchors reused this often is an attack). */
const MAX_ALIAS_COUNT = 1000;

/** 1-based position in the text. */
export interface TextPosition {
  line: number;
  column: number;
}

/** Finds where a config path sits in the source: at its key or its value. */
export type Locate = (path: ConfigPath, at?: 'key' | 'value') => TextPosition | undefined;

export type YamlSource =
  | { ok: true; value: unknown; locate: Locate }
  | { ok: false; problems: (RawProblem & TextPosition)[] };

/** Parses `text`; on syntax errors returns every one of them with its position. */
export function parseYamlSource(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: false, merge: true });
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((error) => {
      const pos = error.linePos?.[0] ?? { line: 1, col: 1 };
      const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return {
        code: 'CONFIG_YAML_SYNTAX' as const,
        path: [],
        message: `YAML syntax error: ${detail}`,
        hint: 'fix the YAML at the position shown (indentation, a missing colon or quote)',
        line: pos.line,
        column: pos.col,
      };
    });
    return { ok: false, problems };
  }
  const repeated = duplicateKeys(doc, lineCounter);
  if (repeated.length > 0) return { ok: false, problems: repeated };
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locate: locator(doc, lineCounter) };
  } catch (error) {
    return { ok: false, problems: [aliasProblem(doc, lineCounter, error)] };
  }
}

/** The document's aliases expand too much: placed at its first alias. */
function aliasProblem(doc: Document, lineCounter: LineCounter, error: unknown): RawProblem & TextPosition {
  let offset = 0;
  visit(doc, { Alias: (_key, node) => ((offset = node.range?.[0] ?? 0), visit.BREAK) });
  const pos = lineCounter.linePos(offset);
  const reason = error instanceof Error ? error.message : String(error);
  return {
    code: 'CONFIG_YAML_SYNTAX', path: [], line: pos.line, column: pos.col,
    message: `YAML syntax error: aliases (*name) expand to more than ${MAX_ALIAS_COUNT} copies (${reason})`,
    hint: 'write the repeated values out, or use fewer nested aliases',
  };
}

function locator(doc: Document, lineCounter: LineCounter): Locate {
  return (path, at = 'value') => {
    let node: unknown = doc.contents;
    let found: unknown = node;
    for (let k = 0; k < path.length && node; k++) {
      const child = childOf(doc, node, path[k]);
      if (child === undefined) break;
      const last = k === path.length - 1;
      found = last && at === 'key' ? child.key : child.value ?? child.key;
      node = child.value;
    }
    const offset = rangeStart(found);
    if (offset === undefined) return undefined;
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
}

function childOf(doc: Document, node: unknown, segment: string | number): { key: unknown; value: unknown } | undefined {
  const target = isAlias(node) ? node.resolve(doc) : node;
  if (isSeq(target) && typeof segment === 'number') {
    const item = target.items[segment];
    return item === undefined ? undefined : { key: item, value: item };
  }
  if (isMap(target)) {
    const pair = target.items.find((p) => isPair(p) && String(isScalar(p.key) ? p.key.value : p.key) === String(segment));
    return pair ? { key: pair.key, value: pair.value ?? pair.key } : undefined;
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as { range?: [number, number, number] } | null)?.range;
  return range ? range[0] : undefined;
}
