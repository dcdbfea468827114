/**
 * The Python peers (networkx, graphlib, pandas) run under Debian's
 * /usr/bin/python3; they time themselves and print one JSON object.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Python used for peers: /usr/bin/python3, else `python3` on PATH. */
export function pythonPath(): string {
  return existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
}

/** Versions of Python and the given modules, or undefined where missing. */
export function pythonVersions(modules: string[]): { python?: string; modules: Record<string, string | undefined> } {
  const code = [
    'import importlib, json, sys',
    'out = {"python": sys.version.split()[0], "modules": {}}',
    `for m in ${JSON.stringify(modules)}:`,
    '    try: out["modules"][m] = importlib.import_module(m).__version__',
    '    except Exception: out["modules"][m] = None',
    'print(json.dumps(out))',
  ].join('\n');
  try {
    const raw = execFileSync(pythonPath(), ['-c', code], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const parsed = JSON.parse(raw) as { python: string; modules: Record<string, string | null> };
    const mods: Record<string, string | undefined> = {};
    for (const [k, v] of Object.entries(parsed.modules)) mods[k] = v ?? undefined;
    return { python: parsed.python, modules: mods };
  } catch {
    return { modules: Object.fromEntries(modules.map((m) => [m, undefined])) };
  }
}

/** Runs a peer script in bench/python/ and parses the JSON it prints last. */
export function runPythonPeer<T>(script: string, args: string[]): Promise<T> {
  const file = fileURLToPath(new URL(`../python/${script}`, import.meta.url));
  return new Promise((resolve, reject) => {
    const child = spawn(pythonPath(), [file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${script} exited with ${code}: ${err.trim().split('\n').slice(-3).join(' ')}`));
      const last = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(last) as T);
      } catch {
        reject(new Error(`${script} printed no JSON: ${out.slice(-200)}`));
      }
    });
  });
}
