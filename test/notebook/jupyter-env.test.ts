import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { jupyterEnv } from '../../src/index.js';

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
