// Types of jupyter-env.mjs: the one module of the project's Jupyter environment.

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
  /** The project root; default: {@link findProjectRoot}. */
  root?: string;
  /** The environment to start from; default `process.env`. */
  baseEnv?: Record<string, string | undefined>;
  /** The Python to use; default: the one set-up recorded while it exists, else `/usr/bin/python3`, else `python3`. */
  python?: string;
}

/** Jupyter's folders inside the project (all absolute). */
export interface JupyterDirs {
  /** `<root>/.jupyter` */
  base: string;
  /** What set-up recorded: `<root>/.jupyter/setup-state.json`. */
  state: string;
  /** `JUPYTER_PATH`, where the kernelspec is. */
  path: string;
  /** The tslab kernelspec's kernel.json. */
  kernelspec: string;
  config: string;
  data: string;
  runtime: string;
}

/** What set-up records about the Jupyter it found. */
export interface SetupState {
  python?: string;
  /** Module files that must still exist for the record to hold. */
  modules?: string[];
  [key: string]: unknown;
}

/** The project root (the folder with package.json and .jupyter/): found above this module, else above the current folder; throws when there is none. */
export function findProjectRoot(options?: { required: true }): string;
/** The same, but undefined when there is none. */
export function findProjectRoot(options: { required: false }): string | undefined;

/** The project root for the scripts (they live in it, so it is always found). */
export const projectRoot: string;

/** Jupyter's folders inside the project. */
export function jupyterDirs(root?: string): JupyterDirs;

/** What set-up recorded, or undefined before the first set-up. */
export function readSetupState(root?: string): SetupState | undefined;

/** The Python recorded by set-up while it exists, else Debian's, else `python3` from PATH. */
export function jupyterPython(root?: string): string;

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
export function jupyterEnv(options?: JupyterEnvOptions): JupyterEnv;
