import * as fs from 'node:fs';
import * as path from 'node:path';

/** The project's Jupyter environment: where it is, which Python runs Jupyter, and the variables for it. */
export interface JupyterEnv {
  /** The project root (the folder with package.json and .jupyter/). */
  root: string;
  /** The Python whose Jupyter (notebook, nbclient, nbformat) the project uses. */
  python: string;
  /** Environment for Jupyter commands: this Node and the Python first on PATH, Jupyter's folders inside the project. */
  env: Record<string, string>;
}

/** Options of {@link jupyterEnv}. */
export interface JupyterEnvOptions {
  /** The project root; default: found upwards from this module's folder, else from the current folder. */
  root?: string;
  /** The environment to start from; default `process.env`. */
  baseEnv?: Record<string, string | undefined>;
}

const PACKAGE_NAME = 'odibi-ts';

function isProjectRoot(dir: string): boolean {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
    return pkg.name === PACKAGE_NAME;
  } catch {
    return false;
  }
}

function findUp(start: string): string | undefined {
  let dir = path.resolve(start);
  for (;;) {
    if (isProjectRoot(dir)) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The project root: above this module (when Node tells its folder), else above the current folder. */
export function findProjectRoot(options?: { required: true }): string;
export function findProjectRoot(options: { required: false }): string | undefined;
export function findProjectRoot(options: { required: boolean } = { required: true }): string | undefined {
  const moduleDir = typeof __dirname === 'string' ? __dirname : undefined;
  const root = (moduleDir && findUp(moduleDir)) || findUp(process.cwd());
  if (!root && options.required) throw new Error(`cannot find the ${PACKAGE_NAME} project above ${process.cwd()}; pass \`root\``);
  return root;
}

/** The Python recorded by `npm run setup`, else Debian's, else `python3` from PATH. */
function choosePython(root: string): string {
  try {
    const state = JSON.parse(fs.readFileSync(path.join(root, '.jupyter', 'setup-state.json'), 'utf8')) as { python?: string };
    if (state.python && fs.existsSync(state.python)) return state.python;
  } catch {
    // not set up yet: fall through
  }
  return fs.existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

function definedOnly(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined) out[key] = value;
  return out;
}

/**
 * The project's Jupyter environment, the same one `npm start` and `npm test`
 * use: the kernelspec under `.jupyter/share/jupyter`, Jupyter's config, data
 * and runtime folders under `.jupyter/`, and `/usr/bin` early on PATH.
 *
 * @example
 * ```ts
 * import { jupyterEnv } from 'odibi-ts';
 * const { python, env } = jupyterEnv();
 * env.JUPYTER_PATH; // '<project>/.jupyter/share/jupyter'
 * ```
 */
export function jupyterEnv(options: JupyterEnvOptions = {}): JupyterEnv {
  const root = options.root ? path.resolve(options.root) : findProjectRoot();
  const python = choosePython(root);
  const base = definedOnly(options.baseEnv ?? process.env);
  const dirs = path.join(root, '.jupyter');
  const first = [path.dirname(process.execPath), ...(path.isAbsolute(python) ? [path.dirname(python)] : []), '/usr/bin'];
  const rest = (base.PATH ?? '').split(path.delimiter).filter((p) => p !== '');
  const env: Record<string, string> = {
    ...base,
    PATH: Array.from(new Set(first.concat(rest))).join(path.delimiter),
    JUPYTER_PATH: path.join(dirs, 'share', 'jupyter'),
    JUPYTER_CONFIG_DIR: path.join(dirs, 'config'),
    JUPYTER_DATA_DIR: path.join(dirs, 'data'),
    JUPYTER_RUNTIME_DIR: path.join(dirs, 'runtime'),
    JUPYTER_PLATFORM_DIRS: '1',
    IPYTHONDIR: path.join(dirs, 'ipython'),
  };
  return { root, python, env };
}
