#!/usr/bin/env node
// Idempotent set-up: installs only what is missing, so that `npm start` and
// `npm test` work straight after `git clone`. Node builtins only: this runs
// before node_modules exists. A second run does nothing.
//
//   node scripts/setup.mjs [--test] [--bench] [--quiet]
//
// --test also installs what `npm test` needs beyond `npm start`: Chromium for
// the browser check and Jupyter's kernel test suite.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { projectRoot as root, jupyterDirs, readSetupState } from '../src/notebook/jupyter-env.mjs';
import { aptInstall } from './lib/apt-install.mjs';
import { findJupyterPython } from './lib/find-jupyter-python.mjs';
import { nodePackagesStale, installNodePackages } from './lib/node-packages.mjs';
import { unappliedPatches } from './lib/verify-patches.mjs';
import { kernelspecInstalled, installKernelspec } from './lib/install-kernelspec.mjs';
import { ensureLibraryBuilt } from './lib/library-build.mjs';
import { spawnSync } from 'node:child_process';

const MIN_NODE = [20, 19];
const JUPYTER_PACKAGES = ['jupyter-notebook', 'jupyter-nbconvert', 'python3-nbclient', 'python3-nbformat'];
const BENCH_PACKAGES = ['python3-networkx', 'python3-pandas'];
const CHROMIUM = '/usr/bin/chromium';
const KERNEL_TEST_PACKAGE = 'python3-jupyter-kernel-test';
const REDIS_SERVER = '/usr/bin/redis-server';

const flags = new Set(process.argv.slice(2));
const quiet = flags.has('--quiet');
const started = performance.now();
let acted = false;
const log = (message) => {
  acted = true;
  console.log(`setup: ${message}`);
};
const fail = (message) => {
  console.error(`setup: ${message}`);
  process.exit(1);
};

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major > MIN_NODE[0] || (major === MIN_NODE[0] && minor >= MIN_NODE[1])) return;
  fail(`odibi-ts needs Node.js ${MIN_NODE.join('.')} or later; this is Node.js ${process.versions.node}.\n`
    + 'Install a newer Node.js (for example with your package manager or nvm) and run the command again.');
}

/** The recorded Python while its Jupyter modules are still there; otherwise probe (and install). */
function ensureJupyter() {
  const state = readSetupState(root);
  if (state?.python && fs.existsSync(state.python) && state.modules?.every((file) => fs.existsSync(file))) return state;
  let found = findJupyterPython();
  if (!found && aptInstall(JUPYTER_PACKAGES, 'Jupyter (classic Notebook 6, nbconvert, nbclient, nbformat)', log)) {
    found = findJupyterPython();
  }
  if (!found) {
    fail('no Python here can import notebook (6 or later), nbconvert, nbclient and nbformat together.\n'
      + 'On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y --no-install-recommends '
      + `${JUPYTER_PACKAGES.join(' ')}\n`
      + "Elsewhere, into the python3 on your PATH: python3 -m pip install 'notebook>=6,<7' nbconvert nbclient nbformat\n"
      + 'Then run the command again.');
  }
  log(`using Jupyter from ${found.python} (Notebook ${found.notebookVersion})`);
  fs.mkdirSync(jupyterDirs(root).base, { recursive: true });
  fs.writeFileSync(jupyterDirs(root).state, JSON.stringify(found, null, 2) + '\n');
  return found;
}

function ensureNodePackages() {
  if (!nodePackagesStale(root)) return;
  if (!installNodePackages(root, log)) fail('`npm ci` failed; see its output above.');
}

function ensurePatches() {
  if (unappliedPatches(root).length === 0) return;
  log('applying the patches under patches/ (patch-package)');
  spawnSync(process.execPath, [`${root}/node_modules/patch-package/index.js`], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  const missing = unappliedPatches(root);
  if (missing.length > 0) fail(`these patches are not applied: ${missing.join(', ')}. Remove node_modules and run again.`);
}

function ensureKernel(python) {
  for (const dir of ['config', 'data', 'runtime']) fs.mkdirSync(jupyterDirs(root)[dir], { recursive: true });
  if (kernelspecInstalled(root)) return;
  if (!installKernelspec(root, python, log)) fail('installing the tslab kernelspec failed; see the output above.');
}

function ensureDebian(check, packages, what) {
  if (check()) return;
  if (!aptInstall(packages, what, log) || !check()) fail(`${what} is still missing.`);
}

const kernelTestInstalled = (python) => spawnSync(python, ['-c', 'import jupyter_kernel_test'], { stdio: 'ignore' }).status === 0;
const benchInstalled = () => ['networkx', 'pandas'].every((m) => fs.existsSync(`/usr/lib/python3/dist-packages/${m}`));

checkNode();
const jupyter = ensureJupyter();
ensureNodePackages();
ensurePatches();
ensureKernel(jupyter.python);
ensureDebian(() => fs.existsSync(REDIS_SERVER), ['redis-server'], 'Redis (for the queue executor: odibi worker, its tests and lessons)');
if (!(await ensureLibraryBuilt(root, log))) fail('the library does not compile; fix the errors above (`npm run typecheck` shows them too).');
if (flags.has('--test')) {
  ensureDebian(() => fs.existsSync(CHROMIUM), ['chromium'], 'Chromium (for the browser test)');
  ensureDebian(() => kernelTestInstalled(jupyter.python), [KERNEL_TEST_PACKAGE], "Jupyter's kernel test suite (jupyter_kernel_test)");
}
if (flags.has('--bench')) ensureDebian(benchInstalled, BENCH_PACKAGES, 'networkx and pandas (for the benchmark)');
if (!quiet) {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`setup: ${acted ? 'done' : 'everything is in place'} (${seconds} s)`);
}
