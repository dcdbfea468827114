import { test } from 'node:test';
import assert from 'node:assert/strict';
import { liveProgress } from '../../src/notebook/live-progress.js';
import type { DisplaySink } from '../../src/notebook/display-sink.js';
import type { MimeBundle } from '../../src/notebook/mime-bundle.js';
import type { RunEvent } from '../../src/pipeline/events.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';

type Sent = { kind: 'display' | 'update'; id?: string; bundle: MimeBundle };

function recorder(live = true): DisplaySink & { sent: Sent[] } {
  const sent: Sent[] = [];
  return {
    live, sent,
    display: (bundle, id) => void sent.push({ kind: 'display', id, bundle }),
    update: (bundle, id) => void sent.push({ kind: 'update', id, bundle }),
  };
}

function courseEvents(): RunEvent[] {
  const results = courseExample();
  const node = (name: string) => results.nodeResults.find((n) => n.name === name)!;
  const p = 'course_example';
  return [
    { type: 'pipeline:start', pipeline: p, nodes: ['A', 'B', 'C', 'D', 'E'], layers: results.layers, time: results.start },
    { type: 'node:start', pipeline: p, node: 'A', attempt: 1, offsetMs: 0 },
    { type: 'node:start', pipeline: p, node: 'B', attempt: 1, offsetMs: 0 },
    { type: 'node:end', pipeline: p, node: 'B', result: node('B') },
    { type: 'node:skip', pipeline: p, node: 'D', result: node('D') },
    { type: 'node:end', pipeline: p, node: 'A', result: node('A') },
    { type: 'node:start', pipeline: p, node: 'C', attempt: 1, offsetMs: 12 },
    { type: 'node:retry', pipeline: p, node: 'C', attempt: 2, delayMs: 10, error: { code: 'NODE_INJECTED', message: 'injected failure' } },
    { type: 'node:end', pipeline: p, node: 'C', result: node('C') },
    { type: 'node:skip', pipeline: p, node: 'E', result: node('E') },
    { type: 'pipeline:end', pipeline: p, results },
  ];
}

test('one display, updated in place under the same id, ending with the final state', () => {
  const sink = recorder();
  let t = 0;
  const listener = liveProgress({ sink, now: () => (t += 100), idPrefix: 'x' });
  for (const e of courseEvents()) listener(e);
  assert.equal(sink.sent[0]?.kind, 'display');
  assert.equal(sink.sent[0]?.id, 'x-1');
  assert.ok(sink.sent.slice(1).every((s) => s.kind === 'update' && s.id === 'x-1'));
  assert.equal(sink.sent.length, 11);
  const last = sink.sent[sink.sent.length - 1]!.bundle['text/plain'] as string;
  assert.match(last, /^course_example: partial, 5\/5 done \(2 succeeded, 1 failed, 2 skipped, 0 running\), 41 ms/);
  assert.match(last, /E: skipped \(root cause B\)/);
  assert.match(sink.sent[0]!.bundle['text/html'] as string, /^<div data-odibi="progress" data-status="running"/);
  assert.match(sink.sent[sink.sent.length - 1]!.bundle['text/html'] as string, /^<div data-odibi="progress" data-status="partial"/);
});

test('updates are throttled, but the final state is always sent', () => {
  const sink = recorder();
  const listener = liveProgress({ sink, now: () => 5, throttleMs: 50, idPrefix: 'y' });
  for (const e of courseEvents()) listener(e);
  assert.deepEqual(sink.sent.map((s) => s.kind), ['display', 'update']);
  assert.match(sink.sent[1]!.bundle['text/plain'] as string, /partial/);
});

test('running nodes and retries show while the run goes on', () => {
  const sink = recorder();
  let t = 0;
  const listener = liveProgress({ sink, now: () => (t += 100), idPrefix: 'z' });
  const events = courseEvents();
  for (const e of events.slice(0, 8)) listener(e);
  const text = sink.sent[sink.sent.length - 1]!.bundle['text/plain'] as string;
  assert.match(text, /C: retrying \(injected failure\)/);
  assert.match(text, /1 running/);
  assert.match(sink.sent[sink.sent.length - 1]!.bundle['text/html'] as string, /attempt 2/);
});

test('a second run gets a new display; outside a kernel only the final state is printed', () => {
  const sink = recorder();
  const listener = liveProgress({ sink, now: () => 0, idPrefix: 'r' });
  for (const e of [...courseEvents(), ...courseEvents()]) listener(e);
  assert.deepEqual(sink.sent.filter((s) => s.kind === 'display').map((s) => s.id), ['r-1', 'r-2']);
  const text = recorder(false);
  const printer = liveProgress({ sink: text, now: () => 0 });
  for (const e of courseEvents()) printer(e);
  assert.equal(text.sent.length, 1);
});

test('node names are escaped in the HTML view', () => {
  const sink = recorder();
  const listener = liveProgress({ sink, now: () => 0 });
  listener({ type: 'pipeline:start', pipeline: 'p', nodes: ['<script>alert(1)</script>'], layers: [], time: '' });
  assert.doesNotMatch(sink.sent[0]!.bundle['text/html'] as string, /<script>/);
});

test('a running node names the worker that took its attempt; a retry clears it until a worker takes the next', () => {
  const sink = recorder();
  let t = 0;
  const listener = liveProgress({ sink, now: () => (t += 100), idPrefix: 'w' });
  const p = 'course_example';
  const texts = (): string => sink.sent[sink.sent.length - 1]!.bundle['text/plain'] as string;
  listener({ type: 'pipeline:start', pipeline: p, nodes: ['A', 'B'], layers: [['A', 'B']], time: '' });
  listener({ type: 'node:start', pipeline: p, node: 'A', attempt: 1, offsetMs: 0 });
  assert.match(texts(), /A: running\n/);
  listener({ type: 'node:worker', pipeline: p, node: 'A', attempt: 1, worker: 'host:101' });
  assert.match(texts(), /A: running on host:101\n/);
  assert.match(sink.sent[sink.sent.length - 1]!.bundle['text/html'] as string, /on host:101/);
  listener({ type: 'node:start', pipeline: p, node: 'A', attempt: 2, offsetMs: 50 });
  assert.match(texts(), /A: running\n/);
  listener({ type: 'node:worker', pipeline: p, node: 'A', attempt: 2, worker: 'host:102' });
  assert.match(texts(), /A: running on host:102/);
});
