import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OdibiError } from '../errors.js';
import { jupyterEnv } from './jupyter-env.mjs';

/** How one cell ended: `notRun` when the run stopped before it, or the kernel aborted it. */
export type CellStatus = 'ok' | 'error' | 'notRun' | 'timeout';

/** A cell's failure: the error's name and message, as the kernel reported them. */
export interface CellError {
  name: string;
  message: string;
  traceback?: string[];
}

/** One output of a cell, as stored in the .ipynb file (`output_type`, `data`, `text`, ...). */
export interface NotebookOutput {
  output_type: string;
  [key: string]: unknown;
}

/** The result of one cell. Markdown and raw cells are `ok` unless the run stopped before them. */
export interface CellRunResult {
  /** 0-based position in the notebook. */
  index: number;
  cellType: 'code' | 'markdown' | 'raw';
  /** The first non-blank line of the cell's source. */
  firstLine: string;
  status: CellStatus;
  error?: CellError;
  outputs: NotebookOutput[];
  /** Wall time from sending the cell to its reply (code cells that ran), including the kernel's compile of the cell. */
  durationMs?: number;
}

/** The result of {@link runNotebook}. */
export interface NotebookRunResult {
  /** True when every cell is `ok`. */
  ok: boolean;
  /** The notebook that was run (absolute path). */
  path: string;
  cells: CellRunResult[];
  /** Where the executed notebook was written (the `outputPath` option). */
  executedPath?: string;
}

/** Options of {@link runNotebook}. */
export interface RunNotebookOptions {
  /** The kernel's working folder; default: the notebook's folder (as in the Notebook server). */
  cwd?: string;
  /** Time allowed for each cell, in milliseconds; default 60 000. */
  timeoutMs?: number;
  /** Run the remaining cells after a failing one; default false (stop at the first failure). */
  continueAfterError?: boolean;
  /** After a cell times out, start a fresh kernel and go on; default false (stop). */
  restartOnTimeout?: boolean;
  /** Write the executed notebook here. */
  outputPath?: string;
  /** Extra environment variables for the kernel. */
  env?: Record<string, string>;
  /** The project root; default: found from this module's or the current folder. */
  root?: string;
  /** The kernel to use; default `tslab` (TypeScript). */
  kernelName?: string;
  /** Time allowed for the kernel to start and answer, in milliseconds; default 120 000 (kernels start slowly on a busy machine). */
  startupTimeoutMs?: number;
  /**
   * With `continueAfterError`, the pause after a failing cell, in milliseconds;
   * default 300. tslab aborts cells sent within 200 ms of a failure, and an
   * aborted cell is reported `notRun`.
   */
  pauseAfterErrorMs?: number;
}

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_STARTUP_TIMEOUT_MS = 120_000;
/** tslab aborts every cell that arrives within 200 ms of a failure. */
const DEFAULT_PAUSE_AFTER_ERROR_MS = 300;

interface BridgeResult {
  ok: boolean;
  cells: CellRunResult[];
}

/** Runs the Python bridge with `request` on stdin; resolves with its stdout. */
function runBridge(python: string, bridge: string, request: object, env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, [bridge], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString('utf8')).slice(-20_000)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new Error(lastLines(stderr) || `the notebook runner exited with code ${code}`));
    });
    child.stdin.end(JSON.stringify(request));
  });
}

function lastLines(text: string): string {
  return text.trim().split('\n').slice(-8).join('\n');
}

/** The one line that says why the bridge failed: its last exception line, else its last line. */
function failureReason(detail: string): string {
  const lines = detail.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const exception = lines.filter((line) => /^[\w.]+(Error|Exception|Exit)\b.*/.test(line)).pop();
  return exception ?? lines.pop() ?? 'unknown failure';
}

/**
 * Executes a notebook headlessly through nbclient and the real kernel
 * (tslab), with the project's Jupyter environment, and returns a typed result
 * per cell. The notebook file itself is never changed; pass `outputPath` to
 * keep the executed copy.
 *
 * By default the run stops at the first failing cell and the rest are
 * `notRun`. With `continueAfterError` it pauses after a failure long enough
 * for tslab to accept the next cell; a cell the kernel still aborts is
 * `notRun`, never `ok`. A cell over `timeoutMs` is `timeout`; with
 * `restartOnTimeout` a fresh kernel runs the following cells.
 *
 * @example
 * ```ts
 * import { runNotebook } from 'odibi-ts/dist/src/notebook/run-notebook.js';
 * const result = await runNotebook('00-environment-check.ipynb', { timeoutMs: 30_000 });
 * result.cells.filter((c) => c.status !== 'ok').map((c) => `${c.index}: ${c.firstLine}`);
 * ```
 */
export async function runNotebook(notebookPath: string, options: RunNotebookOptions = {}): Promise<NotebookRunResult> {
  const file = path.resolve(notebookPath);
  if (!fs.existsSync(file)) {
    throw new OdibiError('NOTEBOOK_RUN', `notebook ${file} could not be executed: it does not exist`, { file, hint: 'check the path' });
  }
  const { root, python, env } = jupyterEnv({ root: options.root });
  const executedPath = options.outputPath ? path.resolve(options.outputPath) : undefined;
  const request = {
    notebook: file,
    cwd: path.resolve(options.cwd ?? path.dirname(file)),
    timeoutSeconds: (options.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000,
    continueAfterError: options.continueAfterError ?? false,
    restartOnTimeout: options.restartOnTimeout ?? false,
    errorPauseSeconds: (options.pauseAfterErrorMs ?? DEFAULT_PAUSE_AFTER_ERROR_MS) / 1000,
    kernelName: options.kernelName ?? 'tslab',
    startupTimeoutSeconds: Math.ceil((options.startupTimeoutMs ?? DEFAULT_STARTUP_TIMEOUT_MS) / 1000),
    outputPath: executedPath,
  };
  let stdout: string;
  try {
    stdout = await runBridge(python, bridgeScript(root), request, { ...env, ...options.env });
  } catch (cause) {
    const reason = failureReason(cause instanceof Error ? cause.message : String(cause));
    throw new OdibiError('NOTEBOOK_RUN', `notebook ${file} could not be executed: ${reason}`, {
      file,
      hint: 'run `npm run setup` and check that the tslab kernel is installed',
      cause,
    });
  }
  const result = JSON.parse(stdout) as BridgeResult;
  return { ok: result.ok, path: file, cells: result.cells, ...(executedPath ? { executedPath } : {}) };
}

/** The Python side of the runner: beside the sources, or beside the compiled library in a released course. */
function bridgeScript(root: string): string {
  const sources = path.join(root, 'src', 'notebook', 'run-notebook.py');
  return fs.existsSync(sources) ? sources : path.join(root, 'dist', 'src', 'notebook', 'run-notebook.py');
}
