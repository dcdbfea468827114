import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PipelineManager } from '../../src/manager/pipeline-manager.js';
import { MemoryConnection } from '../../src/connections/memory-connection.js';
import { newConnectionRegistry } from '../../src/connections/connection-registry.js';
import { ConfigError } from '../../src/config/config-error.js';
import { OdibiError } from '../../src/errors.js';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import * as aq from 'arquero';
import { ArqueroEngine } from '../../src/engine/arquero/arquero-engine.js';
import { newEngineRegistry, type EngineRegistry } from '../../src/engine/engine-registry.js';
import type { RunEvent } from '../../src/pipeline/events.js';

/** bronze -> silver -> gold, and an independent `extra`, all in memory. */
function project(extra: Record<string, unknown> = {}) {
  return {
    project: 'chain',
    connections: { mem: { type: 'memory' } },
    story: { auto_generate: false },
    pipelines: [
      { pipeline: 'bronze', nodes: [{ name: 'orders', read: { connection: 'mem', path: 'orders', format: 'json' }, write: { connection: 'mem', path: 'bronze_orders', format: 'json' } }] },
      { pipeline: 'silver', depends_on: ['bronze'], nodes: [
        { name: 'orders', read: { connection: 'mem', path: 'bronze_orders', format: 'json' } },
        { name: 'big', depends_on: ['orders'], transform: { steps: [{ operation: 'filter', params: { expr: 'd => d.amount > 10' } }] }, write: { connection: 'mem', path: 'silver_big', format: 'json' } },
      ] },
      { pipeline: 'gold', depends_on: ['silver'], nodes: [{ name: 'total', read: { connection: 'mem', path: 'silver_big', format: 'json' }, transform: { steps: [{ operation: 'aggregate', params: { aggregates: { n: 'd => op.count()' } } }] } }] },
      { pipeline: 'extra', nodes: [{ name: 'solo', read: { connection: 'mem', path: 'orders', format: 'json' } }] },
    ],
    ...extra,
  };
}

function memory() {
  const mem = new MemoryConnection('mem');
  mem.putTable!('orders', aq.table({ id: [1, 2, 3], amount: [5, 20, 30] }));
  return mem;
}

test('run() runs every pipeline in dependency order and returns a record by name', async () => {
  const mem = memory();
  const manager = await PipelineManager.fromConfig(project(), { connections: { mem }, clock: new VirtualClock() });
  assert.deepEqual(manager.list(), ['bronze', 'silver', 'gold', 'extra']);
  const all = await manager.run();
  assert.deepEqual(Object.keys(all), ['bronze', 'silver', 'gold', 'extra']);
  assert.ok(Object.values(all).every((r) => r.status === 'success'));
  assert.equal(all.gold!.node('total').rowsOut, 1);
  assert.deepEqual(manager.get('gold').context.get('total') && (manager.get('gold').context.get('total') as aq.ColumnTable).objects(), [{ n: 2 }]);
});

test('run(name) returns one PipelineResults; run([names]) a record; unknown names list the available ones', async () => {
  const manager = await PipelineManager.fromConfig(project(), { connections: { mem: memory() } });
  const one = await manager.run('bronze');
  assert.equal(one.pipeline, 'bronze');
  const two = await manager.run(['silver', 'bronze']);
  assert.deepEqual(Object.keys(two), ['bronze', 'silver']);
  await assert.rejects(manager.run('silvr'), (e: unknown) => e instanceof OdibiError && e.code === 'PIPELINE_UNKNOWN'
    && /available: bronze, silver, gold, extra/.test(e.message) && /did you mean "silver"/.test(e.hint ?? ''));
  assert.throws(() => manager.get('nope'), (e: unknown) => e instanceof OdibiError && e.code === 'PIPELINE_UNKNOWN');
});

test('a pipeline whose upstream pipeline failed or was skipped is skipped, naming the cause; independents run', async () => {
  const manager = await PipelineManager.fromConfig(project(), { connections: { mem: memory() } });
  const all = await manager.run(undefined, { inject: { big: 'fail' } });
  assert.equal(all.silver!.status, 'partial');
  assert.equal(all.gold!.status, 'skipped');
  assert.equal(all.gold!.skippedBecause, 'silver');
  assert.deepEqual(all.gold!.skipped, ['total']);
  assert.deepEqual(all.gold!.node('total').skip, { reason: 'upstream_pipeline', rootCause: 'silver', message: 'pipeline "silver" had failures' });
  assert.equal(all.extra!.status, 'success');
});

test('a skipped pipeline skips its own dependents too', async () => {
  const config = project();
  config.pipelines.push({ pipeline: 'platinum', depends_on: ['gold'], nodes: [{ name: 'x', read: { connection: 'mem', path: 'orders', format: 'json' } }] } as never);
  const manager = await PipelineManager.fromConfig(config, { connections: { mem: memory() } });
  const all = await manager.run(undefined, { inject: { orders: 'fail' } });
  assert.equal(all.bronze!.status, 'failed');
  assert.equal(all.platinum!.status, 'skipped');
  assert.equal(all.platinum!.node('x').skip?.message, 'pipeline "gold" was skipped');
});

test('upstream: true pulls in the pipelines a named one needs', async () => {
  const manager = await PipelineManager.fromConfig(project(), { connections: { mem: memory() } });
  assert.deepEqual(Object.keys(await manager.run(['gold'], { upstream: true })), ['bronze', 'silver', 'gold']);
  await assert.rejects(manager.run(undefined, { select: 'orders' }), /one pipeline/);
});

test('resume by pipeline name re-runs only what failed or was skipped', async () => {
  const mem = memory();
  const manager = await PipelineManager.fromConfig(project(), { connections: { mem } });
  const first = await manager.run(undefined, { inject: { big: 'fail' } });
  const starts: string[] = [];
  const again = await PipelineManager.fromConfig(project(), { connections: { mem }, listeners: [(e) => void (e.type === 'node:start' && starts.push(`${e.pipeline}.${e.node}`))] });
  const second = await again.run(undefined, { resume: Object.fromEntries(Object.entries(first).map(([k, v]) => [k, v.toJSON()])) });
  assert.deepEqual(starts, ['silver.orders', 'silver.big', 'gold.total']);
  assert.ok(Object.values(second).every((r) => r.status === 'success'));
  assert.equal(second.bronze!.node('orders').reused, true);
  assert.equal(second.silver!.node('orders').rerunReason, 'output not persisted');
});

test('connections are built once and shared by every pipeline', async () => {
  let built = 0;
  const connectionRegistry = newConnectionRegistry().register('counted', (name) => {
    built++;
    const mem = memory();
    return Object.assign(mem, { name });
  });
  const config = project({ connections: { mem: { type: 'counted' } } });
  const manager = await PipelineManager.fromConfig(config, { connectionRegistry });
  assert.equal(built, 1);
  const all = await manager.run();
  assert.equal(all.gold!.status, 'success', 'gold read what bronze and silver wrote through the shared connection');
});

test('a function step naming an unregistered function fails loading with CONFIG_UNKNOWN_FUNCTION and did-you-mean', async () => {
  const config = project();
  (config.pipelines[3]!.nodes[0] as Record<string, unknown>).transform = { steps: [{ function: 'adOrderSize' }] };
  await assert.rejects(PipelineManager.fromConfig(config, { functions: { addOrderSize: (t) => t } }), (e: unknown) =>
    e instanceof ConfigError && e.problems[0]!.code === 'CONFIG_UNKNOWN_FUNCTION' && /did you mean "addOrderSize"/.test(e.problems[0]!.hint ?? '')
    && e.problems[0]!.path === 'pipelines[3].nodes[0].transform.steps[0]');
});

test('functions modules are loaded and their exports registered; a broken module is a clear error', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'odibi-fn-'));
  try {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(path.join(dir, 'fns.ts'), "export const double = (t: any) => t.derive({ amount: (d: any) => d.amount * 2 });\n");
    writeFileSync(path.join(dir, 'broken.ts'), 'export const = ;\n');
    const config = project({ functions: ['fns.ts'] });
    (config.pipelines[3]!.nodes[0] as Record<string, unknown>).transform = { steps: [{ function: 'double' }] };
    const { parseProjectObject } = await import('../../src/config/parse-project-object.js');
    const manager = await PipelineManager.fromConfig(parseProjectObject(config, { baseDir: dir }), { connections: { mem: memory() } });
    const extra = await manager.run('extra');
    assert.deepEqual(extra.node('solo').sample.map((r) => r.amount), [10, 40, 60]);
    await assert.rejects(PipelineManager.fromConfig(parseProjectObject(project({ functions: ['broken.ts'] }), { baseDir: dir })), (e: unknown) =>
      e instanceof OdibiError && e.code === 'CONFIG_FUNCTIONS_MODULE' && /broken\.ts/.test(e.message));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A registry with an Arquero engine registered under `name` that counts its closes. */
function closingEngine(name: string): { closes: () => number; made: () => number; engineRegistry: EngineRegistry } {
  let closes = 0;
  let made = 0;
  const engineRegistry = newEngineRegistry().register(name, () => {
    made += 1;
    const engine = new ArqueroEngine() as ArqueroEngine & { close(): Promise<void> };
    engine.close = async () => { closes += 1; };
    return engine;
  });
  return { closes: () => closes, made: () => made, engineRegistry };
}

test('engines the manager makes from `engine:` are closed when each run ends, failed or not; one per engine name', async () => {
  const counts = closingEngine('closing-test');
  const manager = await PipelineManager.fromConfig(project({ engine: 'closing-test' }), { connections: { mem: memory() }, engineRegistry: counts.engineRegistry });
  assert.equal(counts.made(), 1);
  await manager.run();
  assert.equal(counts.closes(), 1);
  await manager.run('bronze');
  assert.equal(counts.closes(), 2, 'closed again after the next run');
});

test('an engine passed in stays the caller\'s: the manager never closes it', async () => {
  const engine = new ArqueroEngine() as ArqueroEngine & { close(): Promise<void> };
  let closes = 0;
  engine.close = async () => { closes += 1; };
  const manager = await PipelineManager.fromConfig(project(), { connections: { mem: memory() }, engine });
  await manager.run();
  assert.equal(closes, 0);
});

test('a project on `engine: duckdb` runs twice through the manager (the engine closed and reopened between runs)', async () => {
  const mem = memory();
  const manager = await PipelineManager.fromConfig(project({ engine: 'duckdb' }), { connections: { mem } });
  for (const round of [1, 2]) {
    const results = await manager.run();
    assert.deepEqual(Object.values(results).map((r) => r.status), ['success', 'success', 'success', 'success'], `run ${round}`);
  }
  assert.deepEqual((mem.getTable!('silver_big') as aq.ColumnTable).array('amount'), [20, 30]);
});

test('with two runs at once, the engines the manager made are closed once, when the last one ends', async () => {
  const counts = closingEngine('closing-test-overlap');
  const manager = await PipelineManager.fromConfig(project({ engine: 'closing-test-overlap' }), { connections: { mem: memory() }, engineRegistry: counts.engineRegistry });
  await Promise.all([manager.run(), manager.run('extra')]);
  assert.equal(counts.closes(), 1);
});

test('registries passed in are where the project\'s engine and connection types are found, when loading and when building', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'odibi-registries-'));
  try {
    const { writeFileSync } = await import('node:fs');
    const file = path.join(dir, 'project.yaml');
    writeFileSync(file, 'project: p\nengine: quiet\nconnections: { mem: { type: scratch } }\nstory: { auto_generate: false }\npipelines:\n  - pipeline: one\n    nodes:\n      - { name: orders, read: { connection: mem, path: orders, format: json } }\n');
    const scratch = memory();
    const connectionRegistry = newConnectionRegistry().register('scratch', () => scratch);
    const engineRegistry = newEngineRegistry().register('quiet', () => new ArqueroEngine());
    const manager = await PipelineManager.fromYaml(file, { connectionRegistry, engineRegistry });
    assert.equal((await manager.run('one')).status, 'success');
    await assert.rejects(PipelineManager.fromYaml(file), (e: unknown) => e instanceof ConfigError
      && e.problems.some((p) => p.code === 'ENGINE_UNKNOWN' && p.line === 2) && e.problems.some((p) => p.code === 'CONFIG_UNKNOWN_CONNECTION_TYPE' && p.line === 3),
    'the default registries have no "quiet" engine and no "scratch" type: the loader says so at their lines');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a skipped pipeline tells its listeners what a run would: pipeline:start, node:skip per node, pipeline:end', async () => {
  const events: RunEvent[] = [];
  const clock = new VirtualClock();
  const manager = await PipelineManager.fromConfig(project(), { connections: { mem: memory() }, clock, listeners: [(e) => void events.push(e)] });
  const all = await manager.run(undefined, { inject: { big: 'fail' } });
  const gold = events.filter((e) => e.pipeline === 'gold');
  assert.deepEqual(gold.map((e) => e.type), ['pipeline:start', 'node:skip', 'pipeline:end']);
  const [start, skip, end] = gold as [Extract<RunEvent, { type: 'pipeline:start' }>, Extract<RunEvent, { type: 'node:skip' }>, Extract<RunEvent, { type: 'pipeline:end' }>];
  assert.deepEqual([start.nodes, start.layers, start.time], [['total'], [['total']], clock.now().toISOString()]);
  assert.deepEqual(skip.result, all.gold!.node('total'));
  assert.deepEqual(end.results, all.gold!.toJSON());
  assert.deepEqual(
    { status: end.results.status, durationMs: end.results.durationMs, start: end.results.start === end.results.end, skippedBecause: end.results.skippedBecause, contextEvents: end.results.contextEvents },
    { status: 'skipped', durationMs: 0, start: true, skippedBecause: 'silver', contextEvents: [] },
  );
  assert.equal(events.filter((e) => e.type === 'node:start' && e.pipeline === 'gold').length, 0, 'nothing of gold started');
});

test('only pipelines of the run count: an upstream left out counts as succeeded, the record keeps dependency order', async () => {
  const manager = await PipelineManager.fromConfig(project(), { connections: { mem: memory() } });
  await manager.run(['bronze', 'silver']);
  const record = await manager.run(['extra', 'gold'], { inject: { solo: 'fail' } });
  assert.deepEqual(Object.keys(record), ['gold', 'extra']);
  assert.equal(record.gold!.status, 'success', 'silver is not part of this run');
  assert.equal(record.extra!.status, 'failed');
});

test('an error a pipeline\'s run throws stops the manager\'s run: nothing after it runs or is reported', async () => {
  const events: RunEvent[] = [];
  const config = project();
  const manager = await PipelineManager.fromConfig(config, { connections: { mem: memory() }, listeners: [(e) => void events.push(e)] });
  const resume = { bronze: { ...(await manager.run('bronze')).toJSON(), pipeline: 'other' } };
  events.length = 0;
  await assert.rejects(manager.run(['bronze', 'silver'], { resume }), (e: unknown) => e instanceof OdibiError && e.code === 'PIPELINE_RESUME');
  assert.deepEqual(events, [], 'silver neither ran nor was reported skipped');
});

test('run options are checked once, before any pipeline starts', async () => {
  const events: RunEvent[] = [];
  const manager = await PipelineManager.fromConfig(project(), { connections: { mem: memory() }, listeners: [(e) => void events.push(e)] });
  await assert.rejects(manager.run(undefined, { strategy: 'parallel' as never }), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /strategy must be one of dynamic, layers, sequential/.test(e.message));
  await assert.rejects(manager.run(undefined, { maxConcurrency: 0 }), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE');
  await assert.rejects(manager.run(undefined, { inject: { totl: 'fail' } }), (e: unknown) => e instanceof OdibiError && e.code === 'GRAPH_UNKNOWN_NODE'
    && /no pipeline of this run has such a node/.test(e.message) && /did you mean "total"/.test(e.hint ?? ''));
  assert.deepEqual(events, []);
});
