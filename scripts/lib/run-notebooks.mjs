// The notebook step of `npm test`: runs each notebook headlessly through the
// library's runNotebook (its sources here, its compiled form in a released course), on a copy in an ignored work folder (never the
// committed file), with the kernel working in the original's folder so that
// relative imports such as ../src/index.js resolve.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

async function loadRunNotebook(root) {
  const built = path.join(root, 'dist', 'src', 'notebook', 'run-notebook.js');
  if (!fs.existsSync(path.join(root, 'src', 'notebook', 'run-notebook.ts'))) return (await import(pathToFileURL(built).href)).runNotebook;
  const { register } = await import('tsx/esm/api');
  register();
  const module = await import(pathToFileURL(path.join(root, 'src', 'notebook', 'run-notebook.ts')).href);
  return module.runNotebook;
}

/** Failure lines for one result: notebook, cell number (1-based), first line, error. */
function describeFailures(rel, result, timeoutMs) {
  const lines = [];
  for (const cell of result.cells) {
    if (cell.status !== 'error' && cell.status !== 'timeout') continue;
    const error = cell.status === 'timeout' ? `timed out after ${timeoutMs / 1000} s` : `${cell.error?.name}: ${cell.error?.message}`;
    lines.push(`${rel}: cell ${cell.index + 1} \`${cell.firstLine}\`\n    ${error.split('\n').join('\n    ')}`);
  }
  if (lines.length === 0) lines.push(`${rel}: cells not run: ${result.cells.filter((c) => c.status !== 'ok').map((c) => c.index + 1).join(', ')}`);
  return lines;
}

async function runOne(root, rel, runNotebook, timeoutMs, workDir) {
  const started = performance.now();
  const copy = path.join(workDir, rel);
  fs.mkdirSync(path.dirname(copy), { recursive: true });
  fs.copyFileSync(path.join(root, rel), copy);
  let failures;
  try {
    const result = await runNotebook(copy, { cwd: path.dirname(path.join(root, rel)), timeoutMs, outputPath: copy, root });
    failures = result.ok ? [] : describeFailures(rel, result, timeoutMs);
  } catch (error) {
    failures = [`${rel}: ${error instanceof Error ? error.message : String(error)}`];
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${failures.length === 0 ? 'ok  ' : 'FAIL'} ${rel} (${seconds} s)${failures.length ? '\n  ' + failures.join('\n  ') : ''}`);
  return { notebook: rel, ok: failures.length === 0, failures };
}

/**
 * Runs `notebooks` (paths relative to `root`), `parallel` at a time, the
 * executed copies under `workDir`; resolves with one result per notebook.
 */
export async function runNotebooks(root, notebooks, { parallel = 2, timeoutMs = 120_000, workDir = path.join(root, '.odibi', 'test') } = {}) {
  const runNotebook = await loadRunNotebook(root);
  const queue = [...notebooks];
  const results = [];
  const worker = async () => {
    while (queue.length > 0) results.push(await runOne(root, queue.shift(), runNotebook, timeoutMs, workDir));
  };
  await Promise.all(Array.from({ length: Math.min(parallel, notebooks.length) }, worker));
  return results;
}
