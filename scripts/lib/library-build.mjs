// The compiled library: `tsc -p tsconfig.build.json` turns src/ into dist/
// (JavaScript, declarations and source maps), and node_modules/odibi-ts links
// to the project root, so notebooks, exercises and the grader import it by
// name (`import { Pipeline } from 'odibi-ts'`) instead of making the kernel
// type-check ~300 source files at every start. A stamp in dist/ records the
// hash of every input; set-up and `npm start` rebuild only when one changed.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';

/** The stamp the build leaves in dist/: `{ builtAt, files: { 'src/x.ts': sha256, ... } }`. */
export const STAMP = 'build-stamp.json';
/** Files besides src/ whose change means a rebuild. */
const CONFIG_FILES = ['package.json', 'tsconfig.json', 'tsconfig.build.json'];
/** What the build copies from src/ as it is: the Python side of the notebook runner, plain JavaScript modules and their declarations. */
const ASSET = /\.(py|mjs|d\.mts)$/;

function listFiles(dir, root) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listFiles(full, root);
    return entry.isFile() ? [path.relative(root, full).split(path.sep).join('/')] : [];
  });
}

function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Every input of the build (src/ and the configuration files) with the hash of its content. */
export function buildInputs(root) {
  const files = [...listFiles(path.join(root, 'src'), root), ...CONFIG_FILES.filter((f) => fs.existsSync(path.join(root, f)))].sort();
  return Object.fromEntries(files.map((file) => [file, sha256(path.join(root, file))]));
}

function readStamp(root) {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'dist', STAMP), 'utf8'));
  } catch {
    return undefined;
  }
}

/** The inputs added, changed or deleted since the last build (all of them when there is none). */
export function changedInputs(root) {
  const stamp = readStamp(root);
  const now = buildInputs(root);
  if (!stamp?.files) return Object.keys(now);
  const names = new Set([...Object.keys(now), ...Object.keys(stamp.files)]);
  return [...names].filter((name) => now[name] !== stamp.files[name]).sort();
}

/** `node_modules/odibi-ts` -> the project root, so the library resolves by name (tslab reads `main` and `types`). */
export function ensureLibraryLink(root) {
  const link = path.join(root, 'node_modules', 'odibi-ts');
  try {
    if (fs.readlinkSync(link) === '..') return false;
    fs.rmSync(link, { recursive: true, force: true });
  } catch {
    // no link yet
  }
  fs.mkdirSync(path.dirname(link), { recursive: true });
  fs.symlinkSync('..', link, 'dir');
  return true;
}

/** `a, b, c and 4 more`. */
export function describeChanges(changed) {
  const shown = changed.slice(0, 3).join(', ');
  return changed.length > 3 ? `${shown} and ${changed.length - 3} more` : shown;
}

function runTsc(root, outDir) {
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ ok: code === 0, output: output.trim() }));
  });
}

/**
 * Builds into a fresh folder and swaps it in for dist/, so a kernel never sees
 * half a build. Resolves { ok, seconds, output }; on failure dist/ is untouched.
 */
export async function buildLibrary(root) {
  const started = performance.now();
  const next = path.join(root, '.odibi', 'build-next');
  const old = path.join(root, '.odibi', 'build-old');
  const inputs = buildInputs(root);
  fs.rmSync(next, { recursive: true, force: true });
  const compiled = await runTsc(root, next);
  if (!compiled.ok) return { ok: false, seconds: (performance.now() - started) / 1000, output: compiled.output };
  for (const asset of Object.keys(inputs).filter((f) => f.startsWith('src/') && ASSET.test(f))) {
    fs.mkdirSync(path.dirname(path.join(next, asset)), { recursive: true });
    fs.copyFileSync(path.join(root, asset), path.join(next, asset));
  }
  fs.writeFileSync(path.join(next, STAMP), JSON.stringify({ builtAt: new Date().toISOString(), files: inputs }, null, 1) + '\n');
  fs.rmSync(old, { recursive: true, force: true });
  const dist = path.join(root, 'dist');
  if (fs.existsSync(dist)) fs.renameSync(dist, old);
  fs.renameSync(next, dist);
  fs.rmSync(old, { recursive: true, force: true });
  return { ok: true, seconds: (performance.now() - started) / 1000, output: '' };
}

/** A released course ships the compiled library without its sources: there is nothing to build or watch. */
export function isPrebuilt(root) {
  return !fs.existsSync(path.join(root, 'src', 'index.ts')) && fs.existsSync(path.join(root, 'dist', 'src', 'index.js'));
}

/**
 * Rebuilds dist/ when an input changed (or dist/ is missing) and makes the
 * link. Says what it did in one line through `log`; silent when nothing changed.
 * Returns false when the build failed (its compiler output is printed).
 */
export async function ensureLibraryBuilt(root, log) {
  ensureLibraryLink(root);
  if (isPrebuilt(root)) return true;
  const changed = changedInputs(root);
  if (changed.length === 0) return true;
  const why = readStamp(root) ? `changed since the last build: ${describeChanges(changed)}` : 'no build yet';
  const built = await buildLibrary(root);
  if (!built.ok) {
    process.stderr.write(`${built.output}\n`);
    log(`building the library into dist/ FAILED (${why}); the errors are above`);
    return false;
  }
  log(`built the library into dist/ in ${built.seconds.toFixed(1)} s (${why})`);
  return true;
}

/**
 * Watches src/ and the configuration files, and rebuilds dist/ after each
 * change (debounced), saying what happened through `say`. Returns a function
 * that stops watching. `npm start` runs it, so an edit to src/ reaches an open
 * notebook at its next kernel restart.
 */
export function watchLibrary(root, say, { debounceMs = 300 } = {}) {
  if (isPrebuilt(root)) return async () => {};
  let timer;
  let running;
  let again = false;
  const rebuild = async () => {
    if (running) {
      again = true;
      return;
    }
    const changed = changedInputs(root);
    if (changed.length === 0) return;
    say(`${describeChanges(changed)} changed: rebuilding the library...`);
    running = buildLibrary(root);
    const built = await running;
    running = undefined;
    if (built.ok) say(`rebuilt the library in ${built.seconds.toFixed(1)} s; restart the kernel of an open notebook (Kernel > Restart) to use it`);
    else say(`the library does not compile, so notebooks keep the last good build:\n${built.output}`);
    if (again) {
      again = false;
      await rebuild();
    }
  };
  const onChange = () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, debounceMs);
  };
  const watchers = [fs.watch(path.join(root, 'src'), { recursive: true }, onChange)];
  for (const file of CONFIG_FILES) if (fs.existsSync(path.join(root, file))) watchers.push(fs.watch(path.join(root, file), onChange));
  return async () => {
    clearTimeout(timer);
    for (const watcher of watchers) watcher.close();
    await running;
  };
}
