// Finds a Python that can run the classic Notebook (6 or later) with nbconvert,
// nbclient and nbformat, preferring Debian's /usr/bin/python3.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const PROBE = [
  'import json, notebook, nbconvert, nbclient, nbformat, jupyter_client',
  'mods = (notebook, nbconvert, nbclient, nbformat, jupyter_client)',
  'print(json.dumps({"notebook": notebook.__version__, "files": [m.__file__ for m in mods]}))',
].join('\n');

/** Candidate interpreters: /usr/bin/python3 first, then python3 and python on PATH. */
function candidates() {
  const onPath = (name) => (process.env.PATH ?? '').split(path.delimiter)
    .filter(Boolean).map((dir) => path.join(dir, name)).filter((file) => fs.existsSync(file));
  return [...new Set(['/usr/bin/python3', ...onPath('python3'), ...onPath('python')])].filter((f) => fs.existsSync(f));
}

/** What `python` can import, or undefined when Jupyter is not usable from it. */
export function probePython(python) {
  const result = spawnSync(python, ['-c', PROBE], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 60_000 });
  if (result.status !== 0) return undefined;
  try {
    const info = JSON.parse(result.stdout.trim().split('\n').pop());
    const major = Number.parseInt(String(info.notebook).split('.')[0], 10);
    return major >= 6 ? { python, notebookVersion: info.notebook, modules: info.files } : undefined;
  } catch {
    return undefined;
  }
}

/** The first usable Jupyter Python, or undefined. */
export function findJupyterPython() {
  for (const python of candidates()) {
    const found = probePython(python);
    if (found) return found;
  }
  return undefined;
}
