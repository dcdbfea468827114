// The public API of odibi-ts: what a user of the library needs, grouped by
// area. Re-exports only; docs/api.md lists every name. Anything not exported
// here is internal. Notebook tooling, grading and the CLI have entry modules
// of their own (src/notebook/index.ts, src/grading/index.ts, src/cli/index.ts),
// importable from the build as 'odibi-ts/dist/src/<area>/index.js'.

// Errors: one base class with a stable code per kind; problems are data.
export { OdibiError, type OdibiErrorOptions, type ErrorLocation, type Problem } from './errors.js';
export type { ErrorCode } from './error-codes.js';

// Project and config: YAML -> a validated project, in a throwing and a result-returning form.
export { loadProject, safeLoadProject } from './config/load-project.js';
export { loadProjectFromString, safeLoadProjectFromString } from './config/load-project-from-string.js';
export { ConfigError } from './config/config-error.js';
export type { ConfigResult, LoadOptions } from './config/config-result.js';
export type { ProjectConfig, PipelineConfig, NodeConfig, StepConfig, ReadConfig, WriteConfig, ValidationConfig, Strategy } from './config/types.js';

// Graph: order, layers, cycles, selection, critical path.
export { DependencyGraph, type DependencyGraphOptions } from './graph/dependency-graph.js';
export { GraphError } from './graph/graph-error.js';
export type { GraphNode } from './graph/graph-node.js';
export type { CriticalPath } from './graph/critical-path.js';

// Pipeline and manager: run one pipeline, or a project's pipelines in dependency order.
export { Pipeline } from './pipeline/pipeline.js';
export type { PipelineOptions, RunOptions } from './pipeline/pipeline-options.js';
export type { ValidationReport } from './pipeline/validate-pipeline.js';
export { dispatchRule, type DispatchRule, type SchedulerView } from './pipeline/dispatch-rule.js';
export type { RunEvent, RunListener } from './pipeline/events.js';
export { PipelineManager } from './manager/pipeline-manager.js';
export type { ManagerOptions, ManagerRunOptions } from './manager/manager-options.js';
export { loadFunctions } from './manager/load-functions.js';
export { Context, type TableStats } from './context/context.js';
export { VirtualClock, type VirtualClockOptions } from './clock/virtual-clock.js';
export type { Clock } from './clock.js';

// Results: the typed record of a run and its JSON artifact.
export { PipelineResults } from './results/pipeline-results.js';
export type { PipelineResultsData, NodeResult, NodeStatus, PipelineStatus, SkipInfo, ContextEvent } from './results/types.js';

// Engines and connections: what transforms tables and where they live; both are extension points.
export type { Engine, TransformFunction, FunctionContext, StepContext, ReadonlyTables, Row, TableSchema, ValidationOutcome } from './engine/engine.js';
export { ArqueroEngine } from './engine/arquero/arquero-engine.js';
export { DuckDbEngine, type DuckDbEngineOptions, type OperationRun } from './engine/duckdb/duckdb-engine.js';
export type { DuckDbTable } from './engine/duckdb/duckdb-table.js';
export { registerEngine, newEngineRegistry, type EngineFactory, type EngineRegistry } from './engine/engine-registry.js';
export type { Connection, ConnectionFactory, ConnectionFactoryContext } from './connections/connection.js';
export { LocalConnection, type LocalConnectionOptions } from './connections/local-connection.js';
export { MemoryConnection } from './connections/memory-connection.js';
export { registerConnectionType, connectionTypes, createConnections, newConnectionRegistry, type ConnectionRegistry } from './connections/connection-registry.js';

// Charts and the notebook display: Vega-Lite specs from results, SVG offline, one call to show anything.
export type { ChartSpec } from './viz/chart-spec.js';
export { layersChart, type LayersChartOptions } from './viz/layers-chart.js';
export type { LayersChartInput } from './viz/layout-nodes.js';
export { timelineChart, type TimelineChartOptions } from './viz/timeline-chart.js';
export { rowsChart } from './viz/rows-chart.js';
export { memoryChart } from './viz/memory-chart.js';
export { explainDuration, type DurationExplanation } from './viz/explain-duration.js';
export { renderSvg } from './viz/render-svg.js';
export { show } from './notebook/show.js';
export { liveProgress, type LiveProgressOptions } from './notebook/live-progress.js';
export { checkLibraryBuild, type LibraryBuildStatus } from './notebook/check-library-build.js';

// Stories: a run written up for people (a run writes its story itself; this builds one to show).
export { buildStoryModel, type StoryModelOptions } from './story/build-story-model.js';
export type { StoryModel } from './story/story-model.js';
