/**
 * Keeps `.odibi/last-run/results.json` current while `odibi run` runs: after
 * nodes end (at most every half second) the record of results so far is
 * written atomically, nodes still waiting or running as `notRun`. If the
 * process running the scheduler is killed, `--resume` on that file runs
 * again only what had not succeeded (the queue executor's workers, whose
 * jobs of the dead run are dropped, need nothing else).
 */
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ProjectConfig } from '../../config/types.js';
import { atomicWrite } from '../../connections/atomic-write.js';
import { DependencyGraph } from '../../graph/dependency-graph.js';
import { emptyNodeResult } from '../../node/node-result.js';
import type { RunListener } from '../../pipeline/events.js';
import { assembleResults } from '../../results/assemble-results.js';
import type { NodeResult, PipelineResultsData } from '../../results/types.js';

const EVERY_MS = 500;

export interface RunCheckpoint {
  listener: RunListener;
  /** Writes what is pending and stops writing (the run's own results file comes next). */
  stop(): Promise<void>;
}

export function runCheckpoint(project: ProjectConfig, file: string): RunCheckpoint {
  const ended = new Map<string, Map<string, NodeResult>>();
  const done = new Map<string, PipelineResultsData>();
  const started = new Map<string, string>();
  let timer: NodeJS.Timeout | undefined;
  let writing: Promise<void> = Promise.resolve();
  let stopped = false;
  const write = (): void => {
    timer = undefined;
    const record = Object.fromEntries([...started.keys()].map((name) => [name, done.get(name) ?? partial(project, name, started.get(name)!, ended.get(name)!)]));
    writing = writing.then(async () => {
      await mkdir(dirname(file), { recursive: true });
      await atomicWrite(file, `${JSON.stringify(record, null, 2)}\n`);
    }).catch(() => undefined);
  };
  const later = (): void => void (!stopped && (timer ??= setTimeout(write, EVERY_MS)));
  const listener: RunListener = (event) => {
    if (event.type === 'pipeline:start') {
      started.set(event.pipeline, event.time);
      ended.set(event.pipeline, new Map());
    } else if (event.type === 'node:end' || event.type === 'node:skip') {
      ended.get(event.pipeline)?.set(event.node, event.result);
      later();
    } else if (event.type === 'pipeline:end') {
      done.set(event.pipeline, event.results);
      later();
    }
  };
  return {
    listener,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await writing;
    },
  };
}

/** The results of a pipeline still running: what ended, the rest `notRun`. */
function partial(project: ProjectConfig, name: string, start: string, ended: Map<string, NodeResult>): PipelineResultsData {
  const config = project.pipelines.find((p) => p.name === name)!;
  const graph = DependencyGraph.fromNodes(config.nodes);
  return assembleResults({
    pipeline: name, project: project.project, strategy: config.strategy, maxConcurrency: config.maxConcurrency,
    start, end: new Date().toISOString(), durationMs: Date.now() - Date.parse(start),
    nodeResults: config.nodes.map((n) => ended.get(n.name) ?? emptyNodeResult(n, 'notRun', graph.layerOf(n.name))),
    layers: graph.layers(), contextEvents: [],
  });
}
