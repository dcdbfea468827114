// Every generated file of the project, from its one source, with one command:
//
//   npm run generate                        write them all
//   npm run generate -- --only readme,errors write some (readme, errors, results-schema, exercises, diagrams, notebooks)
//   npm run generate -- --check             change nothing; exit 1 and name each stale file
//   npm run generate -- --check --executed DIR
//       check the notebooks against executed copies already in DIR (npm test's
//       notebook step leaves them there) instead of running them again
//
// Text files must be equal to what their generator gives. A notebook with
// outputs (notebooks/) is executed through the real kernel and written back
// without this machine's paths or timings; its check compares the cells'
// sources and the kinds of their outputs (stream, display_data, execute_result
// and their MIME types), never output text, which holds timings and timestamps.
// A Mermaid diagram of notebooks/*.md is drawn to notebooks/diagrams/ under a
// hash of its source: it is current when that file exists, and drawn (in
// Chromium) only when it does not; drawings of sources gone are removed.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { projectRoot as root } from '../src/notebook/jupyter-env.mjs';
import { buildExerciseNotebooks } from '../src/grading/build-exercise-notebooks.js';
import { serialiseNotebook, type NotebookJson } from '../src/grading/notebook-json.js';
import { runNotebook } from '../src/notebook/run-notebook.js';
import { resultsJsonSchema } from '../src/results/results-json-schema.js';
import { buildReadme } from './lib/readme.mjs';
import { errorDocs } from './lib/error-docs.js';
import { findNotebooks } from './lib/find-notebooks.mjs';
import { notebookProblems } from './lib/notebook-hygiene.mjs';
import { notebookShape } from './lib/notebook-shape.js';
import { planDiagrams } from './lib/plan-diagrams.js';
import { renderMermaid } from './lib/render-mermaid.js';

/** One generated file: where, its new content, and how to tell whether the committed one is current. */
interface Output {
  path: string;
  /** Undefined: the committed file stays as it is. */
  content?: string;
  /** Default: byte equality. */
  current?: (committed: string) => boolean;
  /** A file that must not exist (any more). */
  remove?: boolean;
}

interface Generator {
  name: string;
  /** What the files are generated from, for the stale message. */
  from: string;
  outputs(check: boolean, executed?: string): Promise<Output[]>;
}

const GENERATORS: Generator[] = [
  { name: 'readme', from: 'docs/readme/*.md', outputs: async () => [{ path: 'README.md', content: buildReadme(root) }] },
  { name: 'errors', from: 'src/error-codes.ts', outputs: async () => [{ path: 'docs/errors.md', content: errorDocs() }] },
  {
    name: 'results-schema',
    from: 'the zod schema in src/results/results-schema.ts',
    outputs: async () => [{ path: 'schema/pipeline-results.schema.json', content: JSON.stringify(resultsJsonSchema(), null, 2) + '\n' }],
  },
  {
    name: 'exercises',
    from: 'exercises/src/',
    outputs: async () => {
      const { exercises, solutions } = buildExerciseNotebooks(root);
      return [{ path: 'exercises/exercises.ipynb', content: serialiseNotebook(exercises) }, { path: 'solutions/solutions.ipynb', content: serialiseNotebook(solutions) }];
    },
  },
  {
    name: 'diagrams',
    from: 'the Mermaid blocks of notebooks/*.md',
    outputs: diagramOutputs,
  },
  {
    name: 'notebooks',
    from: 'their cells, run through the kernel',
    outputs: async (check, executed) => {
      const outputs: Output[] = [];
      for (const rel of findNotebooks(root, ['notebooks'])) {
        const notebook = executed && existsSync(path.join(executed, rel)) ? readExecuted(path.join(executed, rel)) : await execute(rel);
        const content = serialiseNotebook(notebook);
        outputs.push({ path: rel, content, current: (committed) => notebookShape(JSON.parse(committed) as NotebookJson) === notebookShape(notebook) });
        if (check) continue;
        const problems = notebookProblems(notebook);
        if (problems.length > 0) throw new Error(`${rel} would break the committed-notebook rules:\n  ${problems.join('\n  ')}`);
      }
      return outputs;
    },
  },
];

const DIAGRAMS = 'notebooks/diagrams';

/** One SVG per Mermaid block of notebooks/*.md, named by its source's hash; only the missing ones are drawn. */
async function diagramOutputs(check: boolean): Promise<Output[]> {
  const { wanted, missing, leftOver } = planDiagrams(path.join(root, 'notebooks'), path.join(root, DIAGRAMS));
  if (!check && missing.length > 0) console.log(`generate: drawing ${missing.length} Mermaid diagram(s) in Chromium...`);
  const drawn = check ? [] : await renderMermaid(missing.map((file) => wanted.get(file)!));
  return [
    ...[...wanted.keys()].map((file) => ({ path: `${DIAGRAMS}/${file}`, content: drawn[missing.indexOf(file)], current: () => true })),
    ...leftOver.map((file) => ({ path: `${DIAGRAMS}/${file}`, remove: true })),
  ];
}

/** Runs a notebook through the kernel; throws naming the cell when one fails. */
async function execute(rel: string): Promise<NotebookJson> {
  const out = path.join(root, '.odibi', 'generate', rel);
  mkdirSync(path.dirname(out), { recursive: true });
  console.log(`generate: running ${rel} through the kernel...`);
  const result = await runNotebook(path.join(root, rel), { outputPath: out, timeoutMs: 120_000, root, cwd: path.dirname(path.join(root, rel)) });
  const failed = result.cells.filter((c) => c.status !== 'ok');
  if (failed.length > 0) {
    throw new Error(`${rel} did not run cleanly:\n  ${failed.map((c) => `cell ${c.index + 1} \`${c.firstLine}\`: ${c.status}${c.error ? ` ${c.error.name}: ${c.error.message}` : ''}`).join('\n  ')}`);
  }
  return readExecuted(out);
}

/**
 * An executed notebook without this machine's project path and without timing
 * metadata, every code cell marked `scrolled: false`: Notebook would otherwise
 * squeeze a tall output (a story, a chart) into a small scroll box.
 */
function readExecuted(file: string): NotebookJson {
  const escaped = JSON.stringify(root).slice(1, -1);
  const text = readFileSync(file, 'utf8').split(`${escaped}/`).join('').split(escaped).join('.');
  const notebook = JSON.parse(text) as NotebookJson;
  for (const cell of notebook.cells) {
    if (cell.metadata) delete cell.metadata.execution;
    if (cell.cell_type === 'code') cell.metadata = { ...cell.metadata, scrolled: false };
  }
  return notebook;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false }, only: { type: 'string' }, executed: { type: 'string' } } });
  const names = values.only ? values.only.split(',').map((s) => s.trim()).filter(Boolean) : GENERATORS.map((g) => g.name);
  const unknown = names.filter((n) => !GENERATORS.some((g) => g.name === n));
  if (unknown.length > 0) {
    console.error(`generate: unknown generator ${unknown.join(', ')}; there are ${GENERATORS.map((g) => g.name).join(', ')}`);
    return 2;
  }
  let stale = 0;
  for (const generator of GENERATORS.filter((g) => names.includes(g.name))) {
    for (const output of await generator.outputs(values.check, values.executed && path.resolve(values.executed))) {
      const file = path.join(root, output.path);
      const committed = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
      const current = output.remove ? committed === undefined : committed !== undefined && (output.current ? output.current(committed) : committed === output.content);
      if (values.check) {
        if (!current) {
          stale++;
          console.error(`generate: ${output.path} is ${output.remove ? 'left over from' : 'out of date with'} ${generator.from}: run \`npm run generate -- --only ${generator.name}\``);
        }
      } else if (output.remove) {
        if (committed !== undefined) {
          rmSync(file);
          console.log(`generate: removed ${output.path}`);
        }
      } else if (output.content !== undefined && committed !== output.content) {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, output.content);
        console.log(`generate: wrote ${output.path}`);
      }
    }
  }
  if (values.check) console.log(stale === 0 ? `generate: ${names.join(', ')}: every file is current` : `generate: ${stale} file(s) out of date`);
  return stale > 0 ? 1 : 0;
}

main().then((code) => (process.exitCode = code), (error: unknown) => {
  console.error(`generate: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
