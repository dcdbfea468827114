/** The machine and versions a benchmark run is recorded with. */
import { readFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, type as osType, release } from 'node:os';
import { pythonVersions } from './python.js';

export interface MachineInfo {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  python?: string;
  /** npm and Python package -> version (undefined = not installed). */
  packages: Record<string, string | undefined>;
  /** 1-minute load average when the run started and ended. */
  loadStart: number;
  loadEnd?: number;
  freeMemoryGbAtStart: number;
}

function npmVersion(name: string): string | undefined {
  try {
    const url = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  } catch {
    return undefined;
  }
}

/** Describes this machine, Node, Python and the compared packages. */
export function describeMachine(): MachineInfo {
  const py = pythonVersions(['networkx', 'pandas', 'numpy', 'pyarrow']);
  const packages: Record<string, string | undefined> = {};
  for (const name of ['arquero', '@duckdb/node-api', 'graphology', 'graphology-dag', 'tsx', 'typescript']) packages[name] = npmVersion(name);
  for (const [name, version] of Object.entries(py.modules)) packages[`${name} (Python)`] = version;
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${osType()} ${release()}`,
    node: process.version,
    python: py.python,
    packages,
    loadStart: loadavg()[0]!,
    freeMemoryGbAtStart: Math.round((freemem() / 1024 ** 3) * 10) / 10,
  };
}

/** The machine section of RESULTS.md. */
export function renderMachine(info: MachineInfo): string {
  const pkgs = Object.entries(info.packages).map(([k, v]) => `${k} ${v ?? '(missing)'}`).join(', ');
  return [
    `- CPU: ${info.cpu}, ${info.cores} cores; memory ${info.memoryGb} GB (${info.freeMemoryGbAtStart} GB free at start); ${info.os}`,
    `- Node ${info.node}; Python ${info.python ?? '(missing)'}`,
    `- Packages: ${pkgs}`,
    `- 1-minute load average: ${info.loadStart.toFixed(2)} at start${info.loadEnd === undefined ? '' : `, ${info.loadEnd.toFixed(2)} at end`} (on ${info.cores} cores; above about 0.5 the machine was shared with other work and figures are noisier)`,
  ].join('\n');
}
