import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { VirtualClock } from '../../src/clock/virtual-clock.js';
import { Context } from '../../src/context/context.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import type { DispatchRule } from '../../src/pipeline/dispatch-rule.js';
import type { RunEvent } from '../../src/pipeline/events.js';
import type { PipelineOptions } from '../../src/pipeline/pipeline-options.js';
import type { NodeConfig, PipelineConfig, Strategy } from '../../src/config/types.js';
import type { Injection } from '../../src/node/injection.js';
import * as aq from 'arquero';
import { parseProjectObject } from '../../src/config/parse-project-object.js';
import { MemoryConnection } from '../../src/connections/memory-connection.js';
import { newConnectionRegistry } from '../../src/connections/connection-registry.js';
import { ArqueroEngine } from '../../src/engine/arquero/arquero-engine.js';
import { newEngineRegistry } from '../../src/engine/engine-registry.js';
import { FakeEngine, fakeConnection, type FakeTable } from '../helpers/fake-engine.js';
import { node, pipeline } from '../helpers/node-config.js';

function build(config: PipelineConfig, extra: PipelineOptions<FakeTable> = {}) {
  const clock = (extra.clock as VirtualClock | undefined) ?? new VirtualClock({ start: 0 });
  const engine = (extra.engine as FakeEngine | undefined) ?? new FakeEngine(clock);
  const events: RunEvent[] = [];
  const p = new Pipeline<FakeTable>(config, {
    engine, clock, connections: { data: fakeConnection() }, listeners: [(e) => events.push(e)],
    context: new Context(engine, () => clock.monotonic()), storyWriter: false, ...extra,
  });
  return { p, clock, engine, events };
}

const course = () => pipeline('course', [node('A'), node('B'), node('C', ['A']), node('D', ['B']), node('E', ['C', 'D'])]);
const started = (events: RunEvent[]) => events.filter((e) => e.type === 'node:start').map((e) => (e as { node: string }).node);

for (const strategy of ['sequential', 'layers', 'dynamic'] as const) {
  test(`course example under ${strategy}: completed [A, C], failed [B], skipped [D, E], root cause B`, async () => {
    const { p } = build(course());
    const results = await p.run({ strategy, inject: { B: 'fail' } });
    assert.deepEqual(results.completed, ['A', 'C']);
    assert.deepEqual(results.failed, ['B']);
    assert.deepEqual(results.skipped, ['D', 'E']);
    assert.equal(results.node('E').skip?.rootCause, 'B');
    assert.equal(results.node('D').skip?.reason, 'upstream_failed');
    assert.equal(results.status, 'partial');
    assert.deepEqual(results.errors.map((e) => [e.node, e.code]), [['B', 'NODE_INJECTED']]);
    assert.deepEqual(results.layers, [['A', 'B'], ['C', 'D'], ['E']]);
  });
}

/** Runs with every node taking `ms` (by injection) and returns the peak of running nodes. */
async function peakOf(config: PipelineConfig, strategy: Strategy, maxConcurrency: number, ms: Record<string, number>) {
  const inject: Record<string, Injection> = Object.fromEntries(Object.entries(ms).map(([n, d]) => [n, { delayMs: d }]));
  const clock = new VirtualClock({ start: 0 });
  let running = 0;
  let peak = 0;
  const starts: Record<string, number> = {};
  const ends: Record<string, number> = {};
  const { p } = build(config, { clock, engine: new FakeEngine(clock), listeners: [(e) => {
    if (e.type === 'node:start') { peak = Math.max(peak, ++running); starts[e.node] = clock.monotonic(); }
    if (e.type === 'node:end') { running--; ends[e.node] = clock.monotonic(); }
  }] });
  const results = await p.run({ strategy, maxConcurrency, inject });
  return { peak, starts, ends, results };
}

const wide = () => pipeline('wide', [...['a', 'b', 'c', 'd', 'e', 'f'].map((n) => node(n)), node('g', ['a'])]);
const tens = { a: 10, b: 10, c: 10, d: 10, e: 10, f: 10, g: 10 };

for (const [strategy, max, expected] of [['dynamic', 3, 3], ['dynamic', 10, 6], ['layers', 4, 4], ['layers', 10, 6], ['sequential', 4, 1]] as const) {
  test(`${strategy}, max_concurrency ${max}: peak running = ${expected}`, async () => {
    const { peak, results } = await peakOf(wide(), strategy, max, tens);
    assert.equal(peak, expected);
    assert.equal(results.completed.length, 7);
  });
}

test('dynamic starts a node before an unrelated slow node of the previous layer ends; layers does not', async () => {
  const config = pipeline('uneven', [node('fast'), node('slow'), node('next', ['fast'])]);
  const ms = { fast: 10, slow: 100, next: 10 };
  const dyn = await peakOf(config, 'dynamic', 4, ms);
  assert.ok(dyn.starts.next! < dyn.ends.slow!);
  const lay = await peakOf(config, 'layers', 4, ms);
  assert.ok(lay.starts.next! >= lay.ends.slow!);
});

test('a rule of its own replaces the strategy\'s: a barrier written as a rule starts nodes as layers does', async () => {
  const config = pipeline('uneven', [node('fast'), node('slow'), node('next', ['fast'])]);
  const inject = { fast: { delayMs: 10 }, slow: { delayMs: 100 }, next: { delayMs: 10 } };
  const barrier: DispatchRule = (name, view) => view.layerOf(name) <= view.currentLayer;
  const own = await build(config).p.run({ strategy: 'dynamic', rule: barrier, inject });
  const layers = await build(config).p.run({ strategy: 'layers', inject });
  const dynamic = await build(config).p.run({ strategy: 'dynamic', inject });
  assert.equal(own.node('next').startOffsetMs, 100);
  assert.equal(own.durationMs, layers.durationMs);
  assert.equal(dynamic.durationMs, 100);
  assert.equal(own.toJSON().strategy, 'dynamic');
});

test('fail_fast starts nothing new and skips the rest with reason fail_fast', async () => {
  const config = pipeline('ff', [node('bad'), node('slow'), node('child', ['bad']), node('after', ['slow'])], { onError: 'fail_fast' });
  const { p, events } = build(config);
  const results = await p.run({ inject: { bad: 'fail', slow: { delayMs: 50 } } });
  assert.deepEqual(results.completed, ['slow']);
  assert.deepEqual(results.skipped, ['child', 'after']);
  assert.equal(results.node('after').skip?.reason, 'fail_fast');
  assert.equal(results.node('child').skip?.reason, 'upstream_failed');
  assert.deepEqual(started(events).sort(), ['bad', 'slow']);
});

test('events: pipeline start first, end last, a retry event with its delay, skip events', async () => {
  const config = pipeline('ev', [node('a', [], { retry: { maxAttempts: 2, backoff: 'constant', initialDelayMs: 40, maxDelayMs: 1000, jitter: false } }), node('b'), node('c', ['b'])]);
  const { p, events } = build(config);
  await p.run({ inject: { a: { failTimes: 1 }, b: 'fail' } });
  assert.equal(events[0]!.type, 'pipeline:start');
  assert.equal(events.at(-1)!.type, 'pipeline:end');
  const retry = events.find((e): e is Extract<RunEvent, { type: 'node:retry' }> => e.type === 'node:retry');
  assert.deepEqual(retry && { node: retry.node, attempt: retry.attempt, delayMs: retry.delayMs }, { node: 'a', attempt: 2, delayMs: 40 });
  assert.deepEqual(events.filter((e) => e.type === 'node:skip').map((e) => (e as { node: string }).node), ['c']);
});

test('selection: unselected nodes are notRun; +name pulls in upstream', async () => {
  const { p, events } = build(course());
  const results = await p.run({ select: '+C' });
  assert.deepEqual(results.completed, ['A', 'C']);
  assert.deepEqual(results.notRun, ['B', 'D', 'E']);
  assert.equal(results.status, 'success');
  assert.deepEqual(started(events), ['A', 'C']);
});

test('selection of a node whose dependency did not run and is not persisted fails it with NODE_NO_INPUT', async () => {
  const { p } = build(course());
  const results = await p.run({ select: 'C' });
  assert.deepEqual(results.failed, ['C']);
  assert.equal(results.node('C').error?.code, 'NODE_NO_INPUT');
  assert.match(results.node('C').error!.message, /"A"/);
});

const write = (path: string) => ({ connection: 'data', path, format: 'csv' as const, mode: 'overwrite' as const, options: {} });

test('selection reads an unselected dependency back from its write target', async () => {
  const config = pipeline('w', [node('A', [], { write: write('a.csv') }), node('C', ['A'])]);
  const { p, engine } = build(config);
  engine.files.set('a.csv', [{ id: 9 }]);
  const results = await p.run({ select: 'C' });
  assert.deepEqual(results.completed, ['C']);
  assert.deepEqual(p.context.get('C').rows, [{ id: 9, C: true }]);
});

test('resume in-process re-runs only failed and skipped nodes; reused nodes are marked', async () => {
  const config = pipeline('course', [node('A'), node('B'), node('C', ['A'], { write: write('c.csv') }), node('D', ['B']), node('E', ['C', 'D'])]);
  const { p, events } = build(config);
  const first = await p.run({ inject: { B: 'fail' } });
  events.length = 0;
  const second = await p.run({ resume: first });
  assert.deepEqual(started(events).sort(), ['B', 'D', 'E']);
  assert.equal(second.status, 'success');
  assert.equal(second.node('A').reused, true);
  assert.equal(second.node('C').reused, true);
  assert.equal(second.node('B').reused, undefined);
});

test('resume re-runs a completed node whose output was released and not persisted, with the reason', async () => {
  const config = pipeline('course', [node('A', [], { write: write('a.csv') }), node('B'), node('C', ['A']), node('D', ['B']), node('E', ['C', 'D'])]);
  const { p, events, engine } = build(config);
  const first = await p.run({ inject: { B: 'fail' } });
  events.length = 0;
  const second = await p.run({ resume: first.toJSON() });
  assert.deepEqual(started(events).sort(), ['B', 'C', 'D', 'E']);
  assert.equal(second.node('C').rerunReason, 'output not persisted');
  assert.equal(second.node('A').reused, true);
  assert.ok(engine.reads.includes('a.csv'), 'A is read back from its write target');
});

test('resume refuses results of another pipeline', async () => {
  const { p } = build(course());
  const other = await build(pipeline('other', [node('A')])).p.run();
  await assert.rejects(p.run({ resume: other }), (e: Error & { code?: string }) => e.code === 'PIPELINE_RESUME' && /"other"/.test(e.message));
});

test('intermediate tables are released after their last consumer; outputs and cached tables stay; keep keeps all', async () => {
  const config = pipeline('rel', [node('raw'), node('cached', [], { cache: true }), node('clean', ['raw', 'cached']), node('out', ['clean'])]);
  const { p } = build(config);
  const results = await p.run();
  assert.deepEqual(p.context.names().sort(), ['cached', 'out']);
  const released = results.toJSON().contextEvents.filter((e) => e.kind === 'release').map((e) => e.table);
  assert.deepEqual(released, ['raw', 'clean']);
  const kept = build(config);
  await kept.p.run({ keep: true });
  assert.deepEqual(kept.p.context.names().sort(), ['cached', 'clean', 'out', 'raw']);
});

test('invalid run options throw with the fix', async () => {
  const { p } = build(course());
  await assert.rejects(p.run({ maxConcurrency: 0 }), /at least 1/);
  await assert.rejects(p.run({ strategy: 'parallel' as Strategy }), /strategy must be one of dynamic, layers, sequential, got "parallel"/);
  await assert.rejects(p.run({ inject: { Bb: 'fail' } }), (e: Error & { hint?: string }) => /did you mean "B"/.test(e.hint ?? ''));
  await assert.rejects(p.run({ select: 'Q' }), (e: Error & { code?: string }) => e.code === 'GRAPH_UNKNOWN_SELECTOR');
  await assert.rejects(p.run({ rule: 'layers' as unknown as DispatchRule }), (e: Error & { code?: string }) => e.code === 'USAGE' && /rule must be a function/.test(e.message));
});

test('an invalid graph never builds a pipeline', () => {
  assert.throws(() => build(pipeline('cyc', [node('a', ['b']), node('b', ['a'])])), (e: Error & { code?: string }) => e.code === 'GRAPH_CYCLE');
});

test('real results validate against the committed JSON Schema', async () => {
  const schema = JSON.parse(readFileSync(new URL('../../schema/pipeline-results.schema.json', import.meta.url), 'utf8'));
  const validate = new Ajv2020({ strict: false }).compile(schema);
  const config = pipeline('course', [node('A', [], { validation: { notEmpty: true, noNulls: ['id'], unique: [] } }), node('B'), node('C', ['A']), node('D', ['B']), node('E', ['C', 'D'])]);
  const { p } = build(config);
  for (const results of [await p.run({ inject: { B: { failTimes: 1 } } }), await p.run({ inject: { B: 'fail' } })]) {
    const json = JSON.parse(JSON.stringify(results));
    assert.equal(validate(json), true, JSON.stringify(validate.errors));
  }
  assert.equal(validate({ schemaVersion: 1 }), false);
});

test('the story hook records the story path; a failing story keeps the results', async () => {
  const project = {
    project: 'demo', engine: 'fake', connections: {}, retry: course().nodes[0]!.retry, functions: [], pipelines: [], baseDir: '/tmp',
    story: { connection: 'data', path: 'stories', maxSampleRows: 3, formats: ['md' as const], autoGenerate: true },
  };
  const calls: string[] = [];
  const ok = build(course(), { project, storyWriter: async (data, o) => { calls.push(`${data.pipeline}:${o.dir}`); return { storyPath: 'stories/course.md', paths: [] }; } });
  assert.equal((await ok.p.run()).storyPath, 'stories/course.md');
  assert.deepEqual(calls, ['course:stories']);
  const bad = build(course(), { project, storyWriter: async () => { throw new Error('disk full'); } });
  const results = await bad.p.run();
  assert.equal(results.status, 'success');
  assert.match(results.toJSON().storyError!.message, /disk full/);
});

test('a throwing listener does not break the run; cancelling skips what has not started', async () => {
  const config = pipeline('c', [node('a'), node('b', ['a']), node('c', ['b'])]);
  const ctrl = new AbortController();
  const { p } = build(config, { listeners: [() => { throw new Error('display broke'); }, (e) => { if (e.type === 'node:end' && e.node === 'a') ctrl.abort(); }] });
  const results = await p.run({ signal: ctrl.signal });
  assert.deepEqual(results.completed, ['a']);
  assert.deepEqual(results.skipped, ['b', 'c']);
  assert.equal(results.node('b').skip?.reason, 'cancelled');
});

test('a running node is aborted by the run\'s signal with NODE_ABORTED', async () => {
  const ctrl = new AbortController();
  const { p } = build(pipeline('c', [node('slow', [], { steps: [{ kind: 'operation', operation: 'hang', params: {} }] })]), {
    listeners: [(e) => { if (e.type === 'node:start') setImmediate(() => ctrl.abort()); }],
  });
  const results = await p.run({ signal: ctrl.signal });
  assert.equal(results.node('slow').error?.code, 'NODE_ABORTED');
  assert.equal(results.status, 'failed');
});

// The engine a Pipeline makes from its config's `engine:` is closed after each run; an engine
// passed in stays the caller's.
function setUp(engine: string) {
  const project = parseProjectObject({
    project: 'p', engine, connections: { mem: { type: 'memory' } }, story: { auto_generate: false },
    pipelines: [{ pipeline: 'one', nodes: [{ name: 'orders', read: { connection: 'mem', path: 'orders', format: 'json' } }] }],
  }, { engines: [engine] });
  const mem = new MemoryConnection('mem');
  mem.putTable('orders', aq.table({ id: [1, 2] }));
  return { config: project.pipelines[0]!, connections: { mem } };
}

function countingEngine(): ArqueroEngine & { close(): Promise<void>; closes: number } {
  const engine = new ArqueroEngine() as ArqueroEngine & { close(): Promise<void>; closes: number };
  engine.closes = 0;
  engine.close = async () => { engine.closes += 1; };
  return engine;
}

test('a pipeline closes the engine it made after each run', async () => {
  const made: ReturnType<typeof countingEngine>[] = [];
  const engineRegistry = newEngineRegistry().register('pipeline-close-test', () => { made.push(countingEngine()); return made.at(-1)!; });
  const { config, connections } = setUp('pipeline-close-test');
  const pipeline = new Pipeline(config, { connections, storyWriter: false, engineRegistry });
  assert.equal((await pipeline.run()).status, 'success');
  assert.equal(made.length, 1);
  assert.equal(made[0]!.closes, 1);
  await pipeline.run();
  assert.equal(made[0]!.closes, 2);
});

test('a pipeline never closes an engine passed in', async () => {
  const engine = countingEngine();
  const { config, connections } = setUp('arquero');
  await new Pipeline(config, { connections, engine, storyWriter: false }).run();
  assert.equal(engine.closes, 0);
});

test('a pipeline builds its project\'s connections with the registry it is given', async () => {
  const project = parseProjectObject({
    project: 'p', connections: { mem: { type: 'scratch' } }, story: { auto_generate: false },
    pipelines: [{ pipeline: 'one', nodes: [{ name: 'orders', read: { connection: 'mem', path: 'orders', format: 'json' } }] }],
  }, { connectionTypes: ['scratch'] });
  const scratch = new MemoryConnection('mem');
  scratch.putTable('orders', aq.table({ id: [1, 2, 3] }));
  const connectionRegistry = newConnectionRegistry().register('scratch', () => scratch);
  const results = await new Pipeline(project.pipelines[0]!, { project, connectionRegistry, storyWriter: false }).run();
  assert.equal(results.node('orders').rowsOut, 3);
  assert.throws(() => new Pipeline(project.pipelines[0]!, { project }), (e: unknown) => (e as { code?: string }).code === 'CONFIG_UNKNOWN_CONNECTION_TYPE');
});
