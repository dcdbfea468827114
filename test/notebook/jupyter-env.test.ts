import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { jupyterEnv } from '../../src/notebook/index.js';

test("Jupyter's folders are inside the project and this Node comes first on PATH", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'odibi-env-'));
  const { env } = jupyterEnv({ root, baseEnv: { PATH: '/opt/other/bin:/usr/bin', HOME: '/home/learner' } });
  assert.equal(env.JUPYTER_PATH, path.join(root, '.jupyter', 'share', 'jupyter'));
  for (const key of ['JUPYTER_CONFIG_DIR', 'JUPYTER_DATA_DIR', 'JUPYTER_RUNTIME_DIR']) {
    assert.ok(env[key].startsWith(path.join(root, '.jupyter') + path.sep), `${key}=${env[key]}`);
  }
  const entries = env.PATH.split(path.delimiter);
  assert.equal(entries[0], path.dirname(process.execPath));
  assert.ok(entries.indexOf('/usr/bin') < entries.indexOf('/opt/other/bin'));
  assert.equal(new Set(entries).size, entries.length, 'PATH has duplicates');
  assert.equal(env.HOME, '/home/learner');
  fs.rmSync(root, { recursive: true, force: true });
});

test('the Python recorded by set-up is used while it exists', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'odibi-env-'));
  fs.mkdirSync(path.join(root, '.jupyter'));
  fs.writeFileSync(path.join(root, '.jupyter', 'setup-state.json'), JSON.stringify({ python: process.execPath }));
  assert.equal(jupyterEnv({ root }).python, process.execPath);
  fs.writeFileSync(path.join(root, '.jupyter', 'setup-state.json'), JSON.stringify({ python: path.join(root, 'gone', 'python3') }));
  assert.notEqual(jupyterEnv({ root }).python, path.join(root, 'gone', 'python3'));
  fs.rmSync(root, { recursive: true, force: true });
});

test('without `root`, the project is found above the module', () => {
  const { root } = jupyterEnv();
  assert.ok(fs.existsSync(path.join(root, 'src', 'notebook', 'run-notebook.py')), root);
});

test('a Python passed in is used and put on PATH', () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'odibi-env-'));
  const { python, env } = jupyterEnv({ root, python: '/opt/py/bin/python3', baseEnv: { PATH: '/bin' } });
  assert.equal(python, '/opt/py/bin/python3');
  const entries = env.PATH.split(path.delimiter);
  assert.deepEqual(entries.filter((e) => e !== path.dirname(process.execPath)), ['/opt/py/bin', '/usr/bin', '/bin'].filter((e) => e !== path.dirname(process.execPath)));
  fs.rmSync(root, { recursive: true, force: true });
});

test('one module, loadable before `npm ci`: plain JavaScript importing Node builtins only, used by set-up, the scripts and the library', () => {
  const root = jupyterEnv().root;
  const module = path.join(root, 'src', 'notebook', 'jupyter-env.mjs');
  const imports = [...fs.readFileSync(module, 'utf8').matchAll(/^import .* from '([^']+)';$/gm)].map((m) => m[1]);
  assert.ok(imports.length > 0);
  assert.deepEqual(imports.filter((specifier) => !specifier.startsWith('node:')), []);
  for (const user of ['scripts/setup.mjs', 'scripts/start.mjs', 'scripts/lib/install-kernelspec.mjs', 'src/notebook/run-notebook.ts']) {
    assert.match(fs.readFileSync(path.join(root, user), 'utf8'), /from '[./]+(src\/)?notebook\/jupyter-env\.mjs'|from '\.\/jupyter-env\.mjs'/, user);
  }
  assert.ok(!fs.existsSync(path.join(root, 'scripts', 'jupyter-env.mjs')), 'no copy for the scripts');
  assert.ok(!fs.existsSync(path.join(root, 'src', 'notebook', 'jupyter-env.ts')), 'no copy for the library');
});
