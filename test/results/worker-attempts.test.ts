import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IN_PROCESS, workerAttempts } from '../../src/results/worker-attempts.js';
import { buildStoryModel } from '../../src/story/build-story-model.js';
import { renderHtml } from '../../src/story/render-html.js';
import { renderMarkdown } from '../../src/story/render-markdown.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';
import { lostWorkerRun } from '../fixtures/results/lost-worker-run.js';

test('attempts are grouped by the worker that took them, in order of each worker\'s first attempt', () => {
  const workers = workerAttempts(lostWorkerRun());
  assert.deepEqual(workers.map((w) => w.worker), ['w1', 'w2', 'w3']);
  assert.deepEqual(workers.map((w) => w.attempts.map((a) => `${a.node}#${a.attempt}:${a.outcome}`)), [
    ['raw#1:succeeded', 'b#1:succeeded'],
    ['a#1:lost'],
    ['a#2:succeeded', 'report#1:failed'],
  ]);
  assert.equal(workers[2]!.attempts[1]!.code, 'NODE_FAILED');
  assert.deepEqual(workers.map((w) => w.busyMs), [60, 100, 80]);
});

test('a run in process has one lane, and no Workers section in its story', () => {
  const workers = workerAttempts(courseExample());
  assert.deepEqual(workers.map((w) => w.worker), [IN_PROCESS]);
  const story = buildStoryModel(courseExample());
  assert.deepEqual(story.workers, []);
  assert.doesNotMatch(renderMarkdown(story), /## Workers/);
  assert.doesNotMatch(renderHtml(story), /Workers/);
});

test('the story lists each worker and what it ran, lost and failed attempts marked', () => {
  const story = buildStoryModel(lostWorkerRun());
  const markdown = renderMarkdown(story);
  assert.match(markdown, /## Workers\n\n- \*\*w1\*\*: 2 attempts, busy 60 ms; ran raw, b\n- \*\*w2\*\*: 1 attempt \(1 lost\), busy 100 ms; ran \*\*a: lost with its worker\*\*\n- \*\*w3\*\*: 2 attempts \(1 failed\), busy 80 ms; ran a \(attempt 2\), \*\*report: failed \(NODE_FAILED\)\*\*\n/);
  assert.ok(markdown.indexOf('## Workers') < markdown.indexOf('## Nodes'));
  const page = renderHtml(story);
  assert.match(page, /<h2>Workers<\/h2>/);
  assert.match(page, /<th>w2<\/th><td>1 attempt \(1 lost\), busy 100 ms<\/td><td><span class="fail">a: lost with its worker<\/span><\/td>/);
});
