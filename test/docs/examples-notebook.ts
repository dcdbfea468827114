// Turns documentation examples into one notebook: one cell per example, its
// imports kept at the top of the cell (a relative import of src/ pointed at
// the compiled library, as the notebooks import it) and the rest in a block, so that
// names never collide between examples. README examples run in the project
// root (their paths are written from there), TSDoc examples in notebooks/
// (where a learner pastes them); the cell always returns to notebooks/.
import path from 'node:path';
import type { DocExample } from '../helpers/doc-examples.js';
import { examplesPreamble } from './examples-preamble.js';

const IMPORT = /^import\s[\s\S]*?from\s+['"][^'"]+['"];?[ \t]*$|^import\s+['"][^'"]+['"];?[ \t]*$/gm;

/** The example's code split into its import statements and the rest. */
export function splitImports(code: string): { imports: string[]; body: string } {
  const imports = code.match(IMPORT) ?? [];
  return { imports: imports.map((s) => s.trim()), body: code.replace(IMPORT, '').trim() };
}

/** A relative specifier of the project's sources, pointed at the compiled library (`odibi-ts`, `odibi-ts/dist/src/...`). */
function notebookSpecifier(statement: string): string {
  return statement.replace(/(['"])(?:\.\.?\/)+src\/([^'"]+)\1/, (_m, quote: string, rest: string) =>
    `${quote}${rest === 'index.js' ? 'odibi-ts' : `odibi-ts/dist/src/${rest}`}${quote}`);
}

/** The source of the cell that runs `example`. */
export function exampleCell(example: DocExample, index: number, root: string): string {
  const { imports, body } = splitImports(example.code);
  const cwd = example.kind === 'readme' ? root : path.join(root, 'notebooks');
  return [
    `// example ${index + 1}: ${example.file}:${example.line}`,
    ...imports.map(notebookSpecifier),
    `process.chdir(${JSON.stringify(cwd)});`,
    'try {',
    body,
    '} finally {',
    `  process.chdir(${JSON.stringify(path.join(root, 'notebooks'))});`,
    '}',
  ].join('\n');
}

/** An nbformat 4 notebook (tslab kernel): the preamble, then one cell per example. */
export function examplesNotebook(examples: readonly DocExample[], root: string): object {
  const code = (id: string, source: string) => ({ cell_type: 'code', execution_count: null, id, metadata: {}, outputs: [], source });
  return {
    cells: [
      code('preamble', examplesPreamble('odibi-ts')),
      ...examples.map((example, i) => code(`example-${i + 1}`, exampleCell(example, i, root))),
    ],
    metadata: { kernelspec: { display_name: 'TypeScript', language: 'typescript', name: 'tslab' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}
