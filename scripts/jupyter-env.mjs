// The project's Jupyter environment for the scripts (Node builtins only; the
// library has the same logic in src/notebook/jupyter-env.ts).
// Every Jupyter folder lives inside <root>/.jupyter, never in the user's home.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root: the folder above scripts/. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The Python that set-up chose when it has not recorded one. */
export const DEFAULT_PYTHON = '/usr/bin/python3';

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

/** The Python whose Jupyter the project uses. */
export function jupyterPython(root = projectRoot) {
  return readSetupState(root)?.python ?? DEFAULT_PYTHON;
}

/**
 * The environment for every Jupyter command: this Node and the chosen
 * Python first on PATH, then /usr/bin, then the rest; Jupyter's paths inside
 * the project.
 */
export function jupyterEnv(root = projectRoot, baseEnv = process.env, python = jupyterPython(root)) {
  const dirs = jupyterDirs(root);
  const first = [path.dirname(process.execPath), path.dirname(python), '/usr/bin'];
  const rest = (baseEnv.PATH ?? '').split(path.delimiter).filter(Boolean);
  const PATH = [...new Set([...first, ...rest])].join(path.delimiter);
  return {
    ...baseEnv,
    PATH,
    JUPYTER_PATH: dirs.path,
    JUPYTER_CONFIG_DIR: dirs.config,
    JUPYTER_DATA_DIR: dirs.data,
    JUPYTER_RUNTIME_DIR: dirs.runtime,
    JUPYTER_PLATFORM_DIRS: '1',
    IPYTHONDIR: path.join(dirs.base, 'ipython'),
  };
}
