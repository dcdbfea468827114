#!/usr/bin/env node
// Executes notebooks through the real kernel and writes them back WITH their
// outputs, minus what is specific to this machine (the project's absolute
// path, timings). Refuses to write a notebook whose run failed or that would
// break the committed-notebook rules (no error output, no absolute path, no token).
//
//   node scripts/regenerate-notebooks.mjs [notebook.ipynb ...]   (default: every notebook in notebooks/)
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { projectRoot as root } from '../src/notebook/jupyter-env.mjs';
import { findNotebooks } from './lib/find-notebooks.mjs';
import { notebookProblems } from './lib/notebook-hygiene.mjs';

const { register } = await import('tsx/esm/api');
register();
const { runNotebook } = await import(pathToFileURL(path.join(root, 'src', 'notebook', 'run-notebook.ts')).href);
const { serialiseNotebook } = await import(pathToFileURL(path.join(root, 'src', 'grading', 'notebook-json.ts')).href);

/** Replaces this machine's project path with a relative one and drops timing metadata. */
function stripMachineText(notebook) {
  const text = JSON.stringify(notebook).split(JSON.stringify(root).slice(1, -1) + '/').join('').split(JSON.stringify(root).slice(1, -1)).join('.');
  const clean = JSON.parse(text);
  for (const cell of clean.cells) {
    if (cell.metadata) delete cell.metadata.execution;
  }
  return clean;
}

async function regenerate(rel) {
  const tmp = path.join(root, '.odibi', 'regenerate', rel);
  fs.mkdirSync(path.dirname(tmp), { recursive: true });
  const result = await runNotebook(path.join(root, rel), { outputPath: tmp, timeoutMs: 120_000, root });
  const failed = result.cells.filter((c) => c.status !== 'ok');
  if (failed.length > 0) {
    return failed.map((c) => `cell ${c.index + 1} \`${c.firstLine}\`: ${c.status}${c.error ? ` ${c.error.name}: ${c.error.message}` : ''}`);
  }
  const notebook = stripMachineText(JSON.parse(fs.readFileSync(tmp, 'utf8')));
  const problems = notebookProblems(notebook);
  if (problems.length === 0) fs.writeFileSync(path.join(root, rel), serialiseNotebook(notebook));
  return problems;
}

const targets = process.argv.slice(2).map((file) => path.relative(root, path.resolve(file)));
let failures = 0;
for (const rel of targets.length > 0 ? targets : findNotebooks(root, ['notebooks'])) {
  const problems = await regenerate(rel);
  failures += problems.length > 0 ? 1 : 0;
  console.log(problems.length === 0 ? `wrote ${rel}` : `NOT written ${rel}:\n  ${problems.join('\n  ')}`);
}
process.exit(failures > 0 ? 1 : 0);
