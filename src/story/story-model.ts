/**
 * The story of one run as data: everything the Markdown, HTML and notebook
 * renderers show, computed once by {@link buildStoryModel}.
 */
import type { Row, TableSchema, ValidationOutcome } from '../engine/engine.js';
import type { ErrorInfo, NodeStatus, PipelineResultsData, PipelineStatus, SkipInfo, StepRecord } from '../results/types.js';
import type { ChartSpec } from '../viz/chart-spec.js';
import type { StatusLabel } from '../viz/status-colors.js';
import type { WorkerActivity } from '../results/worker-attempts.js';

/** How many nodes ended in each status. */
export interface StoryCounts {
  total: number;
  success: number;
  failed: number;
  skipped: number;
  notRun: number;
}

/** A failed attempt that was retried (or the last one, when the node failed). */
export interface StoryAttemptError {
  attempt: number;
  code: string;
  message: string;
}

/** One node of the story. */
export interface StoryNode {
  name: string;
  description?: string;
  status: NodeStatus;
  statusLabel: StatusLabel;
  layer: number;
  dependsOn: string[];
  tags: string[];
  durationMs: number;
  attempts: number;
  attemptErrors: StoryAttemptError[];
  rowsIn?: number;
  rowsOut?: number;
  /** rowsOut - rowsIn, when both are known. */
  rowChange?: number;
  schema?: TableSchema;
  /** The dependency whose schema the column changes are measured against. */
  comparedWith?: string;
  columnsAdded: string[];
  columnsRemoved: string[];
  steps: StepRecord[];
  validation: ValidationOutcome[];
  sample: Row[];
  /** Columns of the sample rows, in first-seen order. */
  sampleColumns: string[];
  error?: ErrorInfo;
  skip?: SkipInfo;
  reused?: boolean;
  rerunReason?: string;
}

/** The whole story of a run. */
export interface StoryModel {
  kind: 'story';
  pipeline: string;
  project?: string;
  status: PipelineStatus;
  start: string;
  end: string;
  durationMs: number;
  counts: StoryCounts;
  /** Plain-language summary: what succeeded, what failed and why, what was skipped because of it. */
  summary: string;
  layers: string[][];
  nodes: StoryNode[];
  /** The workers that ran the nodes and what each took, lost attempts included (queue executor; empty in process). */
  workers: WorkerActivity[];
  charts: { layers: ChartSpec; timeline: ChartSpec };
  /** The results the story was built from (the JSON artifact). */
  results: PipelineResultsData;
}
