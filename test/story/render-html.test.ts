import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildStoryModel } from '../../src/story/build-story-model.js';
import { renderHtml } from '../../src/story/render-html.js';
import { renderStoryCharts } from '../../src/story/render-story-charts.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';

const EVIL = '<script>alert(1)</script>';

function evilResults() {
  const r = courseExample();
  const a = r.nodeResults[0]!;
  a.description = EVIL;
  a.sample = [{ id: 1, name: EVIL, [EVIL]: 'x' }];
  a.schema = { id: 'number', name: 'string', [EVIL]: 'string' };
  a.steps = [{ index: 1, kind: 'operation', operation: EVIL, params: { expr: EVIL }, durationMs: 1, rowsOut: 1 }];
  a.validation = [{ rule: EVIL, passed: false, message: EVIL }];
  a.tags = [EVIL];
  const b = r.nodeResults[1]!;
  b.error = { code: 'ENGINE_STEP', message: EVIL, hint: EVIL, step: 1, operation: EVIL };
  r.nodeResults[3]!.skip = { reason: 'upstream_failed', rootCause: 'B', message: EVIL };
  r.pipeline = `p${EVIL}`;
  r.nodeResults[4]!.name = EVIL; // a node name reaches the charts' SVG too
  return r;
}

test('the story page names every node and states each skip with its root cause', async () => {
  const story = buildStoryModel(courseExample());
  const page = renderHtml(story, { charts: await renderStoryCharts(story) });
  for (const node of ['A', 'B', 'C', 'D', 'E']) assert.match(page, new RegExp(`<h3>${node} <span`));
  assert.equal((page.match(/root cause: B/g) ?? []).length, 2);
  assert.match(page, /2 of 5 nodes succeeded/);
  assert.match(page, /Hint:<\/em> did you mean &quot;id&quot;\?/);
});

test('the page is self-contained: inline SVG and CSS, no scripts, no external resources', async () => {
  const story = buildStoryModel(courseExample());
  const page = renderHtml(story, { charts: await renderStoryCharts(story) });
  assert.equal((page.match(/<svg /g) ?? []).length, 2);
  assert.match(page, /<style>/);
  assert.doesNotMatch(page, /<script|<link|<iframe|\bsrc=|@import|url\(/i);
});

test('every value from data or configuration is escaped', async () => {
  const story = buildStoryModel(evilResults());
  const page = renderHtml(story, { charts: await renderStoryCharts(story) });
  assert.doesNotMatch(page, /<script>/);
  assert.ok(page.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
  assert.ok((page.match(/&lt;script&gt;/g) ?? []).length >= 10);
});

test('a fragment is the story div alone', () => {
  const fragment = renderHtml(buildStoryModel(courseExample()), { fragment: true });
  assert.match(fragment, /^<div class="odibi-story">/);
  assert.doesNotMatch(fragment, /<html/);
});
