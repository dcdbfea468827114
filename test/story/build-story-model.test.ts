import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStoryModel } from '../../src/story/build-story-model.js';
import { PipelineResults } from '../../src/results/pipeline-results.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';

test('header: pipeline, status, times and counts', () => {
  const story = buildStoryModel(courseExample());
  assert.equal(story.kind, 'story');
  assert.equal(story.pipeline, 'course_example');
  assert.equal(story.status, 'partial');
  assert.deepEqual(story.counts, { total: 5, success: 2, failed: 1, skipped: 2, notRun: 0 });
  assert.equal(story.start, '2026-01-15T09:30:00.000Z');
});

test('per node: rows and change, columns added against the first dependency, attempts and their errors', () => {
  const c = buildStoryModel(courseExample()).nodes.find((n) => n.name === 'C')!;
  assert.equal(c.rowChange, -1);
  assert.equal(c.comparedWith, 'A');
  assert.deepEqual(c.columnsAdded, ['name_upper']);
  assert.deepEqual(c.columnsRemoved, []);
  assert.equal(c.attempts, 2);
  assert.deepEqual(c.attemptErrors.map((a) => a.code), ['NODE_INJECTED']);
  assert.deepEqual(c.sampleColumns, ['id', 'name', 'name_upper']);
});

test('sample rows are cut to maxSampleRows', () => {
  const a = buildStoryModel(courseExample(), { maxSampleRows: 1 }).nodes[0]!;
  assert.equal(a.sample.length, 1);
});

test('skips keep their root cause', () => {
  const e = buildStoryModel(courseExample()).nodes.find((n) => n.name === 'E')!;
  assert.equal(e.skip?.rootCause, 'B');
});

test('PipelineResults and its JSON give the same story', () => {
  assert.deepEqual(buildStoryModel(PipelineResults.fromJSON(courseExample())), buildStoryModel(courseExample()));
});
