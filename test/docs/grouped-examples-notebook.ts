// Examples grouped into a few cells: the kernel compiles each cell
// on its own, so fewer, larger cells run the documentation many times faster.
// Imports are merged per module; each example keeps its own block and chdir.
import type { DocExample } from '../helpers/doc-examples.js';
import { exampleCell, splitImports } from './examples-notebook.js';
import { examplesPreamble } from './examples-preamble.js';

const NAMED = /^import\s+(type\s+)?\{([^}]*)\}\s+from\s+(['"])([^'"]+)\3;?$/;

/** Import statements merged: named imports of one module in one statement, other forms deduplicated. */
export function mergeImports(statements: readonly string[]): string[] {
  const named = new Map<string, Map<string, string>>();
  const others: string[] = [];
  for (const statement of statements) {
    const m = NAMED.exec(statement.replace(/\s+/g, ' ').trim());
    if (!m) {
      if (!others.includes(statement)) others.push(statement);
      continue;
    }
    const specs = named.get(m[4]!) ?? new Map<string, string>();
    named.set(m[4]!, specs);
    for (const raw of m[2]!.split(',').map((s) => s.trim()).filter(Boolean)) {
      const spec = m[1] && !raw.startsWith('type ') ? `type ${raw}` : raw;
      const name = spec.replace(/^type\s+/, '');
      if (!specs.has(name) || !spec.startsWith('type ')) specs.set(name, spec);
    }
  }
  const merged = [...named].map(([module, specs]) => `import { ${[...specs.values()].join(', ')} } from '${module}';`);
  return [...merged, ...others];
}

/** Examples in groups of at most `size`, in order (one kernel cell each). */
export function groupExamples(examples: readonly DocExample[], size = 16): DocExample[][] {
  const groups: DocExample[][] = [];
  for (let i = 0; i < examples.length; i += size) groups.push(examples.slice(i, i + size));
  return groups;
}

/** One cell running every example of a group, each in its own block. */
export function groupCell(group: readonly DocExample[], root: string): string {
  const cells = group.map((example, i) => exampleCell(example, i, root));
  const imports = mergeImports(cells.flatMap((cell) => splitImports(cell).imports));
  const bodies = cells.map((cell) => `{\n${splitImports(cell).body}\n}`);
  return [...imports, ...bodies].join('\n');
}

/** The preamble, then one cell per group. */
export function groupedExamplesNotebook(groups: readonly DocExample[][], root: string): object {
  const code = (id: string, source: string) => ({ cell_type: 'code', execution_count: null, id, metadata: {}, outputs: [], source });
  return {
    cells: [code('preamble', examplesPreamble('odibi-ts')), ...groups.map((g, i) => code(`group-${i + 1}`, groupCell(g, root)))],
    metadata: { kernelspec: { display_name: 'TypeScript', language: 'typescript', name: 'tslab' } },
    nbformat: 4,
    nbformat_minor: 5,
  };
}
