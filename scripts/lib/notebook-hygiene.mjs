// What a committed notebook must not contain: error outputs, absolute paths
// of a machine, access tokens. Used by the hygiene test and by
// `npm run generate` before it writes a notebook.

const ABSOLUTE_PATH = /(?:^|[\s"'`(=:,[])((?:\/(?:work|root|home|tmp|Users|private\/var)\/|[A-Za-z]:\\\\Users\\\\)[^\s"'`)]*)/;
const TOKEN = /(?:[?&]token=|Authorization:\s*token\s+|JUPYTER_TOKEN=)([0-9A-Za-z_-]{8,})/i;

/** Problems of one notebook (its parsed JSON), each a sentence naming the cell (1-based). */
export function notebookProblems(notebook) {
  const problems = [];
  (notebook.cells ?? []).forEach((cell, index) => {
    const where = `cell ${index + 1}`;
    for (const output of cell.outputs ?? []) {
      if (output.output_type === 'error') problems.push(`${where}: an error output (${output.ename}: ${output.evalue})`);
    }
    const text = JSON.stringify(cell);
    const path = ABSOLUTE_PATH.exec(text);
    if (path) problems.push(`${where}: an absolute path (${path[1].slice(0, 60)})`);
    if (TOKEN.test(text)) problems.push(`${where}: what looks like an access token`);
  });
  const meta = JSON.stringify(notebook.metadata ?? {});
  if (ABSOLUTE_PATH.test(meta)) problems.push('notebook metadata: an absolute path');
  if (TOKEN.test(meta)) problems.push('notebook metadata: what looks like an access token');
  return problems;
}
