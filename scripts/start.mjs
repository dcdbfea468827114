#!/usr/bin/env node
// `npm start` (after set-up): signs the notebooks, starts the classic Notebook
// server on 127.0.0.1 at a free port with a random token, in its own process
// group with no terminal on stdin, and prints the link to the lesson. Ctrl-C
// (SIGINT) or SIGTERM shuts it down through its API, stops whatever is left
// and waits for the kernels, so that no process and no busy port remain.
// While it runs, it rebuilds the compiled library (dist/) whenever src/
// changes, so an edit reaches an open notebook at its next kernel restart.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawn, spawnSync } from 'node:child_process';
import { projectRoot as root, jupyterEnv } from '../src/notebook/jupyter-env.mjs';
import { findNotebooks } from './lib/find-notebooks.mjs';
import { freePort } from './lib/free-port.mjs';
import { watchLibrary } from './lib/library-build.mjs';
import { descendants, signalAll, waitUntilGone } from './lib/process-tree.mjs';

const { python, env } = jupyterEnv({ root });
/** Where set-up puts Debian's Redis, which the workers lesson starts (tied to its kernel). */
const REDIS_SERVER = '/usr/bin/redis-server';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const say = (message) => console.log(`start: ${message}`);

/** Trust is local to a machine: sign every notebook with the same data dir as the server. */
function signNotebooks() {
  const notebooks = findNotebooks(root);
  if (notebooks.length === 0) return;
  const result = spawnSync(python, ['-m', 'nbformat.sign', ...notebooks], { cwd: root, env, encoding: 'utf8' });
  if (result.status !== 0) {
    console.error(result.stderr);
    say('warning: signing the notebooks failed; charts and tables may be hidden until you trust them (File > Trust Notebook)');
  }
}

/** The page to open: the lesson once it exists, else the environment check. */
function landingNotebook() {
  return fs.existsSync(path.join(root, 'notebooks', 'lesson.ipynb')) ? 'notebooks/lesson.ipynb' : 'notebooks/00-environment-check.ipynb';
}

/** The server's command line; the token goes through JUPYTER_TOKEN so that `ps` does not show it. */
function serverArgs(port) {
  const args = ['-m', 'notebook', '--no-browser', '--ip=127.0.0.1', `--port=${port}`, '--port-retries=0', `--notebook-dir=${root}`];
  if (process.getuid?.() === 0) args.push('--allow-root');
  return args;
}

async function waitUntilReady(base, token, server) {
  for (let i = 0; i < 600; i++) {
    if (server.exitCode !== null || server.signalCode !== null) return false;
    try {
      const response = await fetch(`${base}/api/status`, { headers: { Authorization: `token ${token}` }, signal: AbortSignal.timeout(2000) });
      if (response.ok) return true;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  return false;
}

/** API shutdown, then the process group, then any process that was below the server (kernels run in their own sessions). */
async function stop(server, base, token) {
  const tree = descendants(server.pid);
  const serverExited = new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
  try {
    const response = await fetch(`${base}/api/shutdown`, { method: 'POST', headers: { Authorization: `token ${token}` }, signal: AbortSignal.timeout(5000) });
    if (response.ok) await Promise.race([serverExited, sleep(10_000)]);
  } catch {
    // not listening (yet), or not answering: the signals below take over
  }
  for (const signal of ['SIGTERM', 'SIGKILL']) {
    const left = await waitUntilGone([{ pid: server.pid, start: '' }, ...tree], signal === 'SIGTERM' ? 0 : 3000);
    if (left.length === 0) break;
    try {
      process.kill(-server.pid, signal);
    } catch {
      // the group is gone
    }
    signalAll(left, signal);
  }
  return waitUntilGone(tree, 5000);
}

async function main() {
  signNotebooks();
  const port = await freePort();
  const token = crypto.randomBytes(24).toString('hex');
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(python, serverArgs(port), {
    cwd: root,
    env: { ...env, JUPYTER_TOKEN: token },
    detached: true,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  let stopping = false;
  const stopWatching = watchLibrary(root, say);
  const shutdown = async (why, failed = false) => {
    if (stopping) return;
    stopping = true;
    say(`${why}: stopping the notebook server`);
    await stopWatching();
    const left = await stop(server, base, token);
    say(left.length === 0 ? 'stopped; nothing is left running' : `could not stop: ${left.map((p) => p.pid).join(', ')}`);
    process.exit(left.length === 0 && !failed ? 0 : 1);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => shutdown(signal));
  server.on('exit', (code) => stopping || shutdown(`the notebook server exited (code ${code})`, true));
  const ready = await waitUntilReady(base, token, server);
  if (stopping) return;
  if (!ready) {
    console.error(`start: the notebook server did not start on port ${port}; see its output above.`);
    return shutdown('start failed', true);
  }
  const workersLesson = fs.existsSync(path.join(root, 'notebooks', 'workers.ipynb'))
    ? `The workers lesson (${base}/notebooks/notebooks/workers.ipynb?token=${token}) starts its own Redis and workers: ${fs.existsSync(REDIS_SERVER) ? `${REDIS_SERVER} is installed` : `${REDIS_SERVER} is MISSING, run \`npm run setup\``}.\n`
    : '';
  const edits = fs.existsSync(path.join(root, 'src')) ? 'Edits to src/ are compiled into dist/ as you save them; restart a notebook\'s kernel to use them.\n' : '';
  console.log(`\nThe odibi-ts notebooks are running with the TypeScript kernel. Open:\n\n    ${base}/notebooks/${landingNotebook()}?token=${token}\n\n`
    + `${workersLesson}${edits}Press Ctrl-C to stop.\n`);
}

main();
