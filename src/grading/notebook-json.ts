/**
 * The nbformat 4 notebook shapes the grader reads and writes, and how a
 * notebook is serialised (as Jupyter writes it).
 *
 * @example
 * ```ts
 * import { codeCell, serialiseNotebook } from 'odibi-ts/dist/src/grading/notebook-json.js';
 * const nb = { nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [codeCell('1 + 1', {})] };
 * serialiseNotebook(nb).startsWith('{'); // true
 * ```
 */
/** One cell of an nbformat 4 notebook. */
export interface NotebookCell {
  cell_type: 'markdown' | 'code' | 'raw';
  metadata: Record<string, unknown>;
  source: string | string[];
  outputs?: unknown[];
  execution_count?: number | null;
  id?: string;
}

/** An nbformat 4 notebook. */
export interface NotebookJson {
  nbformat: number;
  nbformat_minor: number;
  metadata: Record<string, unknown>;
  cells: NotebookCell[];
}

/** What the course's cell metadata says about a cell: `"odibi": {"exercise": 3, "role": "answer"}`. */
export interface OdibiCellMeta {
  exercise: number;
  role: 'prompt' | 'answer' | 'check';
}

/** The metadata for a tslab (TypeScript) notebook. */
export const TSLAB_METADATA = {
  kernelspec: { display_name: 'TypeScript', language: 'typescript', name: 'tslab' },
  language_info: { codemirror_mode: { mode: 'typescript', name: 'javascript', typescript: true }, file_extension: '.ts', mimetype: 'text/typescript', name: 'typescript', version: '5.0.4' },
};

/** Splits text into nbformat's list of lines, each but the last ending in a newline. */
export function sourceLines(text: string): string[] {
  return text.split(/(?<=\n)/);
}

/** The text of a cell's source, whichever form it is stored in; empty when it has none (`null` in a damaged file). */
export function cellText(cell: NotebookCell): string {
  const source: unknown = cell.source;
  if (Array.isArray(source)) return source.filter((line): line is string => typeof line === 'string').join('');
  return typeof source === 'string' ? source : '';
}

/** A code cell without outputs. */
export function codeCell(text: string, metadata: Record<string, unknown>): NotebookCell {
  return { cell_type: 'code', execution_count: null, metadata, outputs: [], source: sourceLines(text) };
}

/** A Markdown cell. */
export function markdownCell(text: string, metadata: Record<string, unknown>): NotebookCell {
  return { cell_type: 'markdown', metadata, source: sourceLines(text) };
}

/** The course metadata of a cell, if it has any well-formed one. */
export function odibiMeta(cell: NotebookCell): OdibiCellMeta | undefined {
  const metadata: unknown = cell.metadata;
  const m = metadata !== null && typeof metadata === 'object' ? ((metadata as Record<string, unknown>).odibi as Partial<OdibiCellMeta> | null | undefined) : undefined;
  return m && typeof m === 'object' && typeof m.exercise === 'number' && typeof m.role === 'string' ? (m as OdibiCellMeta) : undefined;
}

/**
 * A notebook as Jupyter (nbformat) writes it: keys sorted, one-space
 * indentation, a final newline. The one serialiser of the project: the
 * exercise generator, the grader and `npm run generate` use it,
 * so a notebook saved by Jupyter and one written here differ only in content.
 */
export function serialiseNotebook(nb: NotebookJson): string {
  return JSON.stringify(sortedKeys(nb), null, 1) + '\n';
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(object).sort().map((key) => [key, sortedKeys(object[key])]));
}
