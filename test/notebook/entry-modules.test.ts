// Course, grading, notebook tooling and the CLI are not in the main index;
// each has an entry module of the build, and a notebook imports each one in
// the real kernel (tslab resolves 'odibi-ts/dist/src/...' through the
// node_modules/odibi-ts link; it does not read package.json `exports`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runNotebook } from '../../src/notebook/index.js';

const root = process.cwd();
const dir = path.join(root, '.odibi', 'tmp', `entry-modules-${process.pid}`);

const cells = [
  `import { runNotebook, jupyterEnv, toMimeBundle } from 'odibi-ts/dist/src/notebook/index.js';
console.log([typeof runNotebook, typeof toMimeBundle, jupyterEnv().env.JUPYTER_PATH.endsWith('share/jupyter')].join(' '));`,
  `import { runCli, type CliIo } from 'odibi-ts/dist/src/cli/index.js';
const said: string[] = [];
const io: CliIo = { stdout: { write: (s) => said.push(s) }, stderr: { write: (s) => said.push(s) }, cwd: '..' };
const code: number = await runCli(['validate', 'examples/retail/project.yaml'], io);
console.log(code, said.join('').includes('retail'));`,
];

test('the entry modules of the build load in the real kernel', { timeout: 180_000 }, async () => {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'entries.ipynb');
  const notebook = { cells: cells.map((source) => ({ cell_type: 'code', metadata: {}, execution_count: null, outputs: [], source })), metadata: { kernelspec: { name: 'tslab', display_name: 'TypeScript', language: 'typescript' } }, nbformat: 4, nbformat_minor: 5 };
  writeFileSync(file, JSON.stringify(notebook));
  const result = await runNotebook(file, { root, cwd: path.join(root, 'notebooks'), timeoutMs: 120_000 });
  const text = (i: number) => result.cells[i]!.outputs.map((o) => (o.output_type === 'stream' ? String(o.text) : '')).join('');
  assert.deepEqual(result.cells.map((c) => c.status), ['ok', 'ok'], JSON.stringify(result.cells.map((c) => c.error)));
  assert.equal(text(0), 'function function true\n');
  assert.equal(text(1), '0 true\n');
  rmSync(dir, { recursive: true, force: true });
});
