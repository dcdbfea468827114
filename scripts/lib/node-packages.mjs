// Decides whether node_modules matches package-lock.json, and runs `npm ci` when not.
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { spawnSync } from 'node:child_process';

const STAMP = '.odibi-lock-sha256';

function lockHash(root) {
  return crypto.createHash('sha256').update(fs.readFileSync(path.join(root, 'package-lock.json'))).digest('hex');
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Whether npm's own record of what is installed (node_modules/.package-lock.json)
 * has every package of the lockfile at the locked version. Optional packages
 * for other platforms are never installed, so they are skipped.
 */
function installedMatchesLock(root) {
  const lock = readJson(path.join(root, 'package-lock.json'));
  const installed = readJson(path.join(root, 'node_modules', '.package-lock.json'));
  if (!lock?.packages || !installed?.packages) return false;
  for (const [key, entry] of Object.entries(lock.packages)) {
    if (!key.startsWith('node_modules/')) continue;
    const have = installed.packages[key];
    if (!have && (entry.optional || entry.devOptional)) continue;
    if (!have || have.version !== entry.version) return false;
  }
  return true;
}

/** Whether node_modules is missing or stale compared with package-lock.json. */
export function nodePackagesStale(root) {
  const modules = path.join(root, 'node_modules');
  if (!fs.existsSync(modules)) return true;
  const hash = lockHash(root);
  const stamp = path.join(modules, STAMP);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8').trim() === hash) return false;
  if (!installedMatchesLock(root)) return true;
  fs.writeFileSync(stamp, hash + '\n');
  return false;
}

/** Runs `npm ci` (which applies the patches through `postinstall`) and records the lockfile's hash. */
export function installNodePackages(root, log) {
  const npmCli = process.env.npm_execpath;
  const argv = npmCli && /\.c?js$/.test(npmCli) ? [process.execPath, npmCli] : ['npm'];
  const args = ['ci', '--no-audit', '--no-fund'];
  log(`installing npm packages: ${['npm', ...args].join(' ')}`);
  const result = spawnSync(argv[0], [...argv.slice(1), ...args], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) return false;
  fs.writeFileSync(path.join(root, 'node_modules', STAMP), lockHash(root) + '\n');
  return true;
}
