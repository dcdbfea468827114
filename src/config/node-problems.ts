/**
 * Per-node checks beyond the shape: a node must do something (read,
 * transform or write), its connections must be declared, and its formats must
 * be given or follow from the path's extension. Internal.
 */
import { closestMatch } from '../text/closest-match.js';
import { formatConfigPath, type ConfigPath } from './config-path.js';
import { FORMATS, type Format } from './types.js';
import type { RawProblem } from './raw-problem.js';
import type { RawPipelineEntry } from './raw-pipelines.js';
import { isRecord, stringOf } from './raw-value.js';

/** Problems of every node of `pipelines`, given the declared connection names. */
export function nodeProblems(pipelines: readonly RawPipelineEntry[], connections: readonly string[]): RawProblem[] {
  const problems: RawProblem[] = [];
  for (const p of pipelines) {
    for (const n of p.nodes) {
      const who = { pipeline: p.name, node: n.name };
      const has = (key: string) => n.value[key] !== undefined && n.value[key] !== null;
      if (!has('read') && !has('transform') && !has('write')) {
        problems.push({ code: 'CONFIG_EMPTY_NODE', path: n.path, message: `node "${n.name ?? '?'}" has nothing to do`, hint: 'add at least one of read, transform or write', ...who });
      }
      for (const side of ['read', 'write'] as const) {
        const io = n.value[side];
        if (!isRecord(io)) continue;
        const connection = stringOf(io.connection);
        if (connection !== undefined) problems.push(...connectionProblems(connection, [...n.path, side, 'connection'], connections).map((x) => ({ ...x, ...who })));
        if (io.format === undefined || io.format === null) problems.push(...formatProblems(io.path, [...n.path, side]).map((x) => ({ ...x, ...who })));
      }
    }
  }
  return problems;
}

/** An unknown connection name at `path` (with did-you-mean), or nothing. */
export function connectionProblems(name: string, path: ConfigPath, connections: readonly string[]): RawProblem[] {
  if (connections.includes(name)) return [];
  const closest = closestMatch(name, connections);
  const declared = connections.length > 0 ? `declared: ${connections.join(', ')}` : 'declare it under `connections:`';
  return [{ code: 'CONFIG_UNKNOWN_CONNECTION', path, message: `connection "${name}" is not defined`, hint: closest ? `did you mean "${closest}"?` : declared }];
}

/** The format a path's extension implies, if any. */
export function formatFromPath(path: string): Format | undefined {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  return (FORMATS as readonly string[]).includes(extension) ? (extension as Format) : undefined;
}

function formatProblems(path: unknown, ioPath: ConfigPath): RawProblem[] {
  if (typeof path !== 'string' || formatFromPath(path) !== undefined) return [];
  return [{
    code: 'CONFIG_MISSING_KEY',
    path: [...ioPath, 'format'],
    message: `${formatConfigPath(ioPath)}.format is required: it cannot be told from "${path}"`,
    hint: `add "format:" with one of ${FORMATS.join(', ')}`,
  }];
}
