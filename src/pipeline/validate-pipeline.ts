/**
 * Checks a pipeline's environment before running, without throwing:
 * every connection it uses exists and is reachable, every file it reads is
 * present (unless a node of this pipeline writes it: then nothing to check;
 * unless another pipeline of the project writes it: then a warning), every
 * function step names a registered function, every SQL step passes the
 * check the engines run before it (one SELECT over the tables it can see),
 * and the first step of a node that reads a CSV file names only columns of
 * its header. Returns problems as data.
 *
 * @example
 * ```ts
 * import type { ValidationReport } from 'odibi-ts';
 * const report: ValidationReport = await pipeline.validate();
 * report.errors.map((p) => `${p.node}: ${p.code} ${p.message}`);
 * ```
 */
import type { NodeConfig, PipelineConfig, ProjectConfig, SourceLocation } from '../config/types.js';
import type { Connection } from '../connections/connection.js';
import type { TransformFunction } from '../engine/engine.js';
import { checkSqlSteps } from '../engine/duckdb/check-sql-steps.js';
import { OdibiError, type Problem } from '../errors.js';
import { functionSource } from '../manager/load-functions.js';
import { closestMatch } from '../text/closest-match.js';
import { csvHeader, firstStepColumnProblems } from './first-step-column-problems.js';

export interface EnvironmentCheck {
  config: PipelineConfig;
  connections: Readonly<Record<string, Connection>>;
  functions: ReadonlyMap<string, TransformFunction>;
  project?: ProjectConfig;
}

export interface ValidationReport {
  errors: Problem[];
  warnings: Problem[];
}

export async function validatePipeline(check: EnvironmentCheck): Promise<ValidationReport> {
  const problems: Problem[] = [];
  problems.push(...(await connectionProblems(check)));
  for (const node of check.config.nodes) {
    problems.push(...functionProblems(node, check));
    problems.push(...(await readProblems(node, check)));
  }
  problems.push(...(await checkSqlSteps([check.config])));
  const where = (p: Problem): Problem => ({ pipeline: check.config.name, ...p });
  return {
    errors: problems.filter((p) => p.severity !== 'warning').map(where),
    warnings: problems.filter((p) => p.severity === 'warning').map(where),
  };
}

function at(location?: SourceLocation): Partial<Problem> {
  return location ? { file: location.file, line: location.line, column: location.column, path: location.path } : {};
}

async function connectionProblems(check: EnvironmentCheck): Promise<Problem[]> {
  const used = new Map<string, NodeConfig>();
  for (const node of check.config.nodes) for (const io of [node.read, node.write]) if (io && !used.has(io.connection)) used.set(io.connection, node);
  const problems: Problem[] = [];
  for (const [name, node] of used) {
    const connection = check.connections[name];
    if (!connection) {
      const closest = closestMatch(name, Object.keys(check.connections));
      problems.push({ code: 'CONNECTION_NOT_FOUND', message: `node "${node.name}" uses connection "${name}", which does not exist`, node: node.name, ...at(node.location), hint: closest ? `did you mean "${closest}"?` : 'declare it under `connections:` or pass it in code' });
      continue;
    }
    const written = writtenConnections(check);
    problems.push(...(await connection.check()).map((p): Problem => {
      const later = p.code === 'CONNECTION_UNREACHABLE' && written.has(name);
      return later ? { ...p, node: p.node ?? node.name, severity: 'warning', hint: 'it is created by the first write' } : { ...p, node: p.node ?? node.name };
    }));
  }
  return problems;
}

/** Connections some node of the project (or of this pipeline) writes to. */
function writtenConnections(check: EnvironmentCheck): Set<string> {
  const pipelines = check.project?.pipelines ?? [check.config];
  return new Set(pipelines.flatMap((p) => p.nodes.flatMap((n) => (n.write ? [n.write.connection] : []))));
}

function functionProblems(node: NodeConfig, check: EnvironmentCheck): Problem[] {
  const problems: Problem[] = [];
  node.steps.forEach((step, i) => {
    if (step.kind !== 'function') return;
    if (check.functions.has(step.function)) {
      if (node.timeoutMs && !functionSource(check.functions.get(step.function))) problems.push(unstoppableFunction(node, i, step.function, step.location));
      return;
    }
    const closest = closestMatch(step.function, check.functions.keys());
    problems.push({
      code: 'CONFIG_UNKNOWN_FUNCTION', node: node.name, step: i + 1, operation: step.function, ...at(step.location ?? node.location),
      message: `node "${node.name}" step ${i + 1}: function "${step.function}" is not registered; registered: ${[...check.functions.keys()].join(', ') || '(none)'}`,
      hint: `${closest ? `did you mean "${closest}"? ` : ''}export it from a module listed under \`functions:\` or pass it in code`,
    });
  });
  return problems;
}

/** A warning: this function cannot run in a worker thread, so the node's deadline cannot stop a synchronous loop in it. */
function unstoppableFunction(node: NodeConfig, i: number, name: string, location?: SourceLocation): Problem {
  return {
    code: 'NODE_TIMEOUT', severity: 'warning', node: node.name, step: i + 1, operation: name, ...at(location ?? node.location),
    message: `node "${node.name}" step ${i + 1}: function "${name}" was not loaded from a module, so it runs in the runner's thread, where timeout_ms ends the attempt but cannot stop a synchronous loop in it`,
    hint: 'export it from a module listed under `functions:` (or load it with loadFunctions) to run it in a worker thread the deadline stops',
  };
}

async function readProblems(node: NodeConfig, check: EnvironmentCheck): Promise<Problem[]> {
  const read = node.read;
  const connection = read ? check.connections[read.connection] : undefined;
  if (!read || !connection) return [];
  const writes = (p: PipelineConfig): boolean => p.nodes.some((n) => n.write?.connection === read.connection && n.write.path === read.path);
  if (writes(check.config)) return [];
  const base = { node: node.name, ...at(node.location) };
  const present = await connection.exists(read.path).catch((error: unknown) => error);
  if (present instanceof OdibiError) return [{ ...base, code: present.code, message: `node "${node.name}" reads ${read.path}: ${present.message}`, hint: present.hint }];
  if (present === true) {
    const header = await csvHeader(node, connection);
    return header ? firstStepColumnProblems(node, header) : [];
  }
  const writer = check.project?.pipelines.find((p) => p.name !== check.config.name && writes(p));
  if (writer) {
    return [{ ...base, severity: 'warning', code: 'CONNECTION_FILE_NOT_FOUND', message: `node "${node.name}" reads ${connection.describe(read.path)}, which does not exist yet; pipeline "${writer.name}" writes it`, hint: `run pipeline "${writer.name}" first` }];
  }
  return [{ ...base, code: 'CONNECTION_FILE_NOT_FOUND', message: `node "${node.name}" reads ${connection.describe(read.path)}, which does not exist`, hint: 'check the path, or run the node that writes it first' }];
}
