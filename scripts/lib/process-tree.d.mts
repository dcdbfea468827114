// Types of process-tree.mjs, for the TypeScript tests that use it.
export interface ProcessRef {
  pid: number;
  /** Start time (clock ticks since boot on Linux; '' where unknown), to tell a reused pid apart. */
  start: string;
}
export function descendants(pid: number): ProcessRef[];
export function stillRunning(processes: ProcessRef[]): ProcessRef[];
export function waitUntilGone(processes: ProcessRef[], ms: number): Promise<ProcessRef[]>;
export function signalAll(processes: ProcessRef[], signal: NodeJS.Signals): void;
