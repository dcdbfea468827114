/**
 * Builds the results artifact from per-node results: the name lists
 * (declaration order), the aggregated errors and the status.
 *
 * @example
 * ```ts
 * import { assembleResults } from 'odibi-ts/dist/src/results/assemble-results.js';
 * const data = assembleResults({ pipeline: 'demo', strategy: 'dynamic', maxConcurrency: 4,
 *   start: '2026-01-01T00:00:00.000Z', end: '2026-01-01T00:00:01.000Z', durationMs: 1000,
 *   nodeResults: [], layers: [], contextEvents: [] });
 * data.status; // 'success'
 * ```
 */
import type { ExecutorType, Strategy } from '../config/types.js';
import { pipelineStatus } from './pipeline-status.js';
import type { ContextEvent, NodeResult, PipelineResultsData } from './types.js';

export interface ResultsParts {
  pipeline: string;
  project?: string;
  strategy: Strategy;
  maxConcurrency: number;
  start: string;
  end: string;
  durationMs: number;
  /** Every node, in declaration order. */
  nodeResults: NodeResult[];
  layers: string[][];
  contextEvents: ContextEvent[];
  skippedBecause?: string;
  /** Given for runs whose attempts ran elsewhere (the queue executor). */
  runId?: string;
  resumes?: string;
  executor?: ExecutorType;
}

export function assembleResults(parts: ResultsParts): PipelineResultsData {
  const named = (status: NodeResult['status']): string[] => parts.nodeResults.filter((r) => r.status === status).map((r) => r.name);
  const lists = { completed: named('success'), failed: named('failed'), skipped: named('skipped'), notRun: named('notRun') };
  const data: PipelineResultsData = {
    schemaVersion: 1,
    pipeline: parts.pipeline,
    ...(parts.runId !== undefined ? { runId: parts.runId } : {}),
    ...(parts.resumes !== undefined ? { resumes: parts.resumes } : {}),
    ...(parts.executor !== undefined ? { executor: parts.executor } : {}),
    status: pipelineStatus({ ...lists, skippedBecause: parts.skippedBecause }),
    strategy: parts.strategy,
    maxConcurrency: parts.maxConcurrency,
    start: parts.start,
    end: parts.end,
    durationMs: parts.durationMs,
    ...lists,
    nodeResults: parts.nodeResults,
    layers: parts.layers,
    errors: parts.nodeResults.filter((r) => r.error).map((r) => ({ node: r.name, code: r.error!.code, message: r.error!.message })),
    contextEvents: parts.contextEvents,
  };
  if (parts.project !== undefined) data.project = parts.project;
  if (parts.skippedBecause !== undefined) data.skippedBecause = parts.skippedBecause;
  return data;
}
