// The invariants every run of a random DAG must satisfy, checked from its results and its timed events.
import assert from 'node:assert/strict';
import type { NodeResult } from '../../src/results/types.js';
import type { DagRun } from './run-dag.js';
import { ancestors, dagLayers, expectedToFail, type Dag } from './random-dag.js';

/**
 * Checks statuses, root causes and ordering; returns the peak number of nodes running at once.
 * `workConserving: false` (a real clock, where time passes between an end and the next start)
 * keeps every check but the one that no slot idles while a node could start.
 */
export function checkRunInvariants(dag: Dag, run: DagRun, { workConserving = true } = {}): number {
  const byName = checkOneStatusEach(dag, run);
  checkStatuses(dag, byName);
  checkStartsAfterDependencies(dag, run);
  return checkConcurrency(dag, run, workConserving);
}

function checkOneStatusEach(dag: Dag, run: DagRun): Map<string, NodeResult> {
  const names = dag.nodes.map((n) => n.name);
  const r = run.results;
  assert.deepEqual(r.nodeResults.map((n) => n.name), names, 'one result per node, in declaration order');
  const listed = [...r.completed, ...r.failed, ...r.skipped, ...r.notRun].sort();
  assert.deepEqual(listed, [...names].sort(), 'completed, failed, skipped and notRun partition the nodes');
  assert.deepEqual(r.notRun, [], 'nothing is notRun without a selection');
  const byName = new Map(r.nodeResults.map((n) => [n.name, n]));
  for (const [list, status] of [[r.completed, 'success'], [r.failed, 'failed'], [r.skipped, 'skipped']] as const) {
    for (const name of list) assert.equal(byName.get(name)!.status, status, `${name} is listed as ${status}`);
  }
  return byName;
}

function checkStatuses(dag: Dag, byName: Map<string, NodeResult>): void {
  const up = ancestors(dag);
  for (const n of dag.nodes) {
    const result = byName.get(n.name)!;
    const failedAncestors = [...up.get(n.name)!].filter((a) => byName.get(a)!.status === 'failed');
    if (failedAncestors.length > 0) {
      assert.equal(result.status, 'skipped', `${n.name} has failed ancestors ${failedAncestors.join(', ')}, so it is skipped`);
      assert.equal(result.skip?.reason, 'upstream_failed');
      assert.ok(failedAncestors.includes(result.skip!.rootCause!), `${n.name}'s root cause ${result.skip?.rootCause} is a failed ancestor`);
      assert.equal(result.attempts.length, 0, `skipped ${n.name} never started`);
      continue;
    }
    assert.notEqual(result.status, 'skipped', `${n.name} has no failed ancestor, so it runs`);
    const fails = expectedToFail(n);
    if (fails !== undefined) assert.equal(result.status, fails ? 'failed' : 'success', `${n.name} (${n.fault}, failTimes ${n.failTimes}, maxAttempts ${n.maxAttempts})`);
    const attempts = n.fault === 'flaky' ? Math.min(n.failTimes + 1, n.maxAttempts) : n.fault === 'fail' ? n.maxAttempts : undefined;
    if (attempts !== undefined) assert.equal(result.attempts.length, attempts, `${n.name}'s attempts`);
  }
}

function checkStartsAfterDependencies(dag: Dag, run: DagRun): void {
  const ended = new Map<string, string>();
  const deps = new Map(dag.nodes.map((n) => [n.name, n.deps]));
  for (const { event } of run.events) {
    if (event.type === 'node:start' && event.attempt === 1) {
      assert.ok(!ended.has(event.node), `${event.node} starts once`);
      for (const d of deps.get(event.node)!) assert.equal(ended.get(d), 'success', `${event.node} starts only after its dependency ${d} succeeded`);
    }
    if (event.type === 'node:end' || event.type === 'node:skip') {
      assert.ok(!ended.has(event.node), `${event.node} ends once`);
      ended.set(event.node, event.result.status);
    }
  }
  assert.equal(ended.size, dag.nodes.length, 'every node ended or was skipped');
}

/**
 * Peak concurrency never exceeds the limit, and the scheduler is work-conserving:
 * whenever virtual time is about to move on, a node the strategy may start is
 * waiting only if every slot is taken (for `sequential`, the one slot).
 * Together these give peak == min(limit, ready width).
 */
function checkConcurrency(dag: Dag, run: DagRun, workConserving: boolean): number {
  const limit = dag.strategy === 'sequential' ? 1 : dag.maxConcurrency;
  const layer = dagLayers(dag);
  assert.deepEqual(run.layers, layersOf(layer), 'the plan has the longest-path layers');
  const state = new Map<string, 'waiting' | 'running' | 'success' | 'done'>(dag.nodes.map((n) => [n.name, 'waiting']));
  let running = 0;
  let peak = 0;
  run.events.forEach(({ at, event }, i) => {
    if (event.type === 'node:start' && event.attempt === 1) {
      if (dag.strategy === 'layers') checkBarrier(dag, state, layer, event.node);
      state.set(event.node, 'running');
      peak = Math.max(peak, ++running);
      assert.ok(running <= limit, `${running} nodes running at ${at} ms, above the limit ${limit}`);
    }
    if (event.type === 'node:end') {
      running--;
      state.set(event.node, event.result.status === 'success' ? 'success' : 'done');
    }
    if (event.type === 'node:skip') state.set(event.node, 'done');
    const next = run.events[i + 1];
    if (workConserving && next && next.at > at) checkWorkConserving(dag, state, layer, running, limit, at);
  });
  return peak;
}

function checkBarrier(dag: Dag, state: Map<string, string>, layer: Map<string, number>, name: string): void {
  for (const n of dag.nodes) {
    if (layer.get(n.name)! >= layer.get(name)!) continue;
    assert.ok(state.get(n.name) === 'success' || state.get(n.name) === 'done', `layers: ${name} (layer ${layer.get(name)}) starts before ${n.name} (layer ${layer.get(n.name)}) ended`);
  }
}

function checkWorkConserving(dag: Dag, state: Map<string, string>, layer: Map<string, number>, running: number, limit: number, at: number): void {
  const unfinished = dag.nodes.filter((n) => state.get(n.name) === 'waiting' || state.get(n.name) === 'running');
  const current = Math.min(...unfinished.map((n) => layer.get(n.name)!));
  const startable = dag.nodes.filter(
    (n) => state.get(n.name) === 'waiting' && n.deps.every((d) => state.get(d) === 'success') && (dag.strategy !== 'layers' || layer.get(n.name)! <= current),
  );
  if (startable.length > 0) {
    assert.equal(running, limit, `at ${at} ms ${startable.map((n) => n.name).join(', ')} could start but only ${running} of ${limit} slots are busy`);
  }
}

function layersOf(layer: Map<string, number>): string[][] {
  const out: string[][] = [];
  for (const [name, l] of layer) (out[l] ??= []).push(name);
  return out;
}

/** Under fail_fast: after the first failure nothing new starts, and whatever did not start is skipped. */
export function checkFailFast(run: DagRun): void {
  const started = new Set<string>();
  let firstFailure: string | undefined;
  for (const { event } of run.events) {
    if (event.type === 'node:start' && event.attempt === 1) {
      assert.equal(firstFailure, undefined, `${event.node} started after ${firstFailure} failed`);
      started.add(event.node);
    }
    if (event.type === 'node:end' && event.result.status === 'failed') firstFailure ??= event.node;
  }
  for (const n of run.results.nodeResults) {
    assert.equal(n.status === 'skipped', !started.has(n.name), `${n.name} is skipped exactly when it never started`);
    if (n.status === 'skipped') assert.ok(['fail_fast', 'upstream_failed'].includes(n.skip!.reason), `${n.name}: ${n.skip!.reason}`);
  }
  assert.equal(firstFailure === undefined, run.results.failed.length === 0);
}
