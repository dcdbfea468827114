// What must not change when a committed notebook is regenerated: every cell's
// type and source, and the kinds of its outputs (a stream's name, a display's
// or a result's MIME types, an error's name). Output text is left out: it
// holds timings, timestamps and random temporary names.
import type { NotebookJson } from '../../src/grading/notebook-json.js';

function text(source: unknown): string {
  return Array.isArray(source) ? source.join('') : String(source ?? '');
}

/** One line per cell: `code | <source> | stream:stdout display_data:image/svg+xml,text/plain ...`. */
export function notebookShape(notebook: NotebookJson): string {
  return notebook.cells.map((cell) => {
    const outputs = ((cell as { outputs?: Array<Record<string, unknown>> }).outputs ?? []).map((o) => {
      if (o.output_type === 'stream') return `stream:${String(o.name)}`;
      if (o.output_type === 'error') return `error:${String(o.ename)}`;
      return `${String(o.output_type)}:${Object.keys((o.data as object | undefined) ?? {}).sort().join(',')}`;
    });
    return [cell.cell_type, JSON.stringify(text(cell.source)), outputs.join(' ')].join(' | ');
  }).join('\n');
}
