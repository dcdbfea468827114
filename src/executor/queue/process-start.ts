import { readFileSync } from 'node:fs';

/**
 * When process `pid` started (field 22 of /proc/<pid>/stat, in clock ticks
 * since boot), or undefined when no such process runs (or it is a zombie).
 * A pid and its start time name one process: a pid reused later has
 * another start time. Linux only; elsewhere undefined.
 *
 * @example
 * ```ts
 * import { processStart } from 'odibi-ts/dist/src/executor/queue/process-start.js';
 * processStart(process.pid); // '123456'
 * ```
 */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[0] === 'Z' ? undefined : fields[19];
  } catch {
    return undefined;
  }
}
