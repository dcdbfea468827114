// The processes below a process, and waiting until they are gone; used by
// scripts/start.mjs and the browser test to leave nothing running.
import fs from 'node:fs';
import { spawnSync } from 'node:child_process';

/** [pid, ppid, start time] of every process: /proc on Linux, `ps` elsewhere. */
function processTable() {
  if (fs.existsSync('/proc/self/stat')) {
    const rows = [];
    for (const name of fs.readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        rows.push({ pid: Number(name), ppid: Number(fields[1]), start: fields[19], zombie: fields[0] === 'Z' });
      } catch {
        // the process ended while we looked
      }
    }
    return rows;
  }
  const ps = spawnSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  return ps.stdout.trim().split('\n').map((line) => {
    const [pid, ppid] = line.trim().split(/\s+/).map(Number);
    return { pid, ppid, start: '', zombie: false };
  });
}

/** Every process below `pid` (children, grandchildren, ...), each with its start time. */
export function descendants(pid) {
  const table = processTable();
  const found = [];
  let frontier = [pid];
  while (frontier.length > 0) {
    const children = table.filter((row) => frontier.includes(row.ppid));
    found.push(...children.map(({ pid: child, start }) => ({ pid: child, start })));
    frontier = children.map((row) => row.pid);
  }
  return found;
}

/** Those of `processes` that still run (same pid and start time; zombies count as gone). */
export function stillRunning(processes) {
  const table = new Map(processTable().map((row) => [row.pid, row]));
  return processes.filter(({ pid, start }) => {
    const row = table.get(pid);
    return row !== undefined && !row.zombie && (start === '' || row.start === start);
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits up to `ms` until none of `processes` runs; resolves with those still running. */
export async function waitUntilGone(processes, ms) {
  const deadline = Date.now() + ms;
  let left = stillRunning(processes);
  while (left.length > 0 && Date.now() < deadline) {
    await sleep(100);
    left = stillRunning(left);
  }
  return left;
}

/** Sends `signal` to each process, ignoring those already gone. */
export function signalAll(processes, signal) {
  for (const { pid } of processes) {
    try {
      process.kill(pid, signal);
    } catch {
      // already gone
    }
  }
}
