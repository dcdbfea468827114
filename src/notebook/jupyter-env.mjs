// The project's Jupyter environment, in plain JavaScript with Node builtins
// only, so that set-up (scripts/setup.mjs, which runs before node_modules
// exists), the other scripts and the library (through jupyter-env.d.mts) all
// use this one module. Every Jupyter folder lives inside <root>/.jupyter,
// never in the user's home.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'odibi-ts';
const DEBIAN_PYTHON = '/usr/bin/python3';

function isProjectRoot(dir) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

function findUp(start) {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (isProjectRoot(dir)) return dir;
    if (path.dirname(dir) === dir) return undefined;
  }
}

const moduleDir = path.dirname(fileURLToPath(import.meta.url));

/**
 * The project root (the folder with package.json and .jupyter/): found above
 * this module, else above the current folder. When there is none, throws, or
 * with `{ required: false }` returns undefined.
 */
export function findProjectRoot(options = { required: true }) {
  const root = findUp(moduleDir) ?? findUp(process.cwd());
  if (!root && options.required) throw new Error(`cannot find the ${PACKAGE_NAME} project above ${process.cwd()}; pass \`root\``);
  return root;
}

/** The project root for the scripts (they live in it, so it is always found). */
export const projectRoot = findProjectRoot({ required: false }) ?? path.resolve(moduleDir, '..', '..');

/** Jupyter's folders inside the project. */
export function jupyterDirs(root = projectRoot) {
  const base = path.join(root, '.jupyter');
  return {
    base,
    state: path.join(base, 'setup-state.json'),
    path: path.join(base, 'share', 'jupyter'),
    kernelspec: path.join(base, 'share', 'jupyter', 'kernels', 'tslab', 'kernel.json'),
    config: path.join(base, 'config'),
    data: path.join(base, 'data'),
    runtime: path.join(base, 'runtime'),
  };
}

/** What set-up recorded (the Python it validated), or undefined before the first set-up. */
export function readSetupState(root = projectRoot) {
  try {
    return JSON.parse(fs.readFileSync(jupyterDirs(root).state, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The Python recorded by set-up while it exists, else Debian's, else `python3` from PATH. */
export function jupyterPython(root = projectRoot) {
  const recorded = readSetupState(root)?.python;
  if (typeof recorded === 'string' && fs.existsSync(recorded)) return recorded;
  return fs.existsSync(DEBIAN_PYTHON) ? DEBIAN_PYTHON : 'python3';
}

/**
 * The environment for every Jupyter command: this Node and the chosen Python
 * first on PATH, then /usr/bin, then the rest; Jupyter's folders inside the
 * project. See jupyter-env.d.mts for the documented types.
 */
export function jupyterEnv(options = {}) {
  const root = options.root ? path.resolve(options.root) : findProjectRoot();
  const python = options.python ?? jupyterPython(root);
  const base = Object.fromEntries(Object.entries(options.baseEnv ?? process.env).filter(([, value]) => value !== undefined));
  const dirs = jupyterDirs(root);
  const first = [path.dirname(process.execPath), ...(path.isAbsolute(python) ? [path.dirname(python)] : []), '/usr/bin'];
  const rest = (base.PATH ?? '').split(path.delimiter).filter((entry) => entry !== '');
  const env = {
    ...base,
    PATH: [...new Set([...first, ...rest])].join(path.delimiter),
    JUPYTER_PATH: dirs.path,
    JUPYTER_CONFIG_DIR: dirs.config,
    JUPYTER_DATA_DIR: dirs.data,
    JUPYTER_RUNTIME_DIR: dirs.runtime,
    JUPYTER_PLATFORM_DIRS: '1',
    IPYTHONDIR: path.join(dirs.base, 'ipython'),
  };
  return { root, python, env };
}
