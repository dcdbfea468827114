// Installs Debian packages with apt-get, as root or through `sudo -n`.
// Returns false (after printing the exact command to run) when it cannot.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

/** The command a person would run to install `packages`. */
export function aptCommand(packages) {
  return `sudo apt-get update && sudo apt-get install -y --no-install-recommends ${packages.join(' ')}`;
}

/** Whether this process may run apt-get: [] as root, ['sudo', '-n'] with password-less sudo, else null. */
function privilegePrefix() {
  if (!fs.existsSync('/usr/bin/apt-get')) return null;
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : null;
}

function run(argv, log) {
  log(`running: ${argv.join(' ')}`);
  const result = spawnSync(argv[0], argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] });
  return result.status === 0;
}

/**
 * Installs `packages` (Debian names); `what` says what they are for in messages.
 * @returns true when apt-get succeeded, false otherwise (the command was printed).
 */
export function aptInstall(packages, what, log) {
  const prefix = privilegePrefix();
  if (prefix === null) {
    console.error(`setup: ${what} is missing and this process cannot install it (no apt-get, or not root and no password-less sudo).`);
    console.error(`setup: install it with:\n\n    ${aptCommand(packages)}\n`);
    return false;
  }
  log(`installing ${what} with apt-get (${packages.join(', ')}); this takes about a minute`);
  const env = ['env', 'DEBIAN_FRONTEND=noninteractive'];
  const ok = run([...prefix, ...env, 'apt-get', 'update', '-q'], log)
    && run([...prefix, ...env, 'apt-get', 'install', '-y', '-q', '--no-install-recommends', ...packages], log);
  if (!ok) console.error(`setup: apt-get failed; run it yourself:\n\n    ${aptCommand(packages)}\n`);
  return ok;
}
