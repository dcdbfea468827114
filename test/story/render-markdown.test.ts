import { test } from 'node:test';
import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { buildStoryModel } from '../../src/story/build-story-model.js';
import { renderMarkdown } from '../../src/story/render-markdown.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';

const md = new MarkdownIt({ html: true });

test('the Markdown story names every node and states each skip with its root cause', () => {
  const text = renderMarkdown(buildStoryModel(courseExample()), { images: { layers: 'x_layers.svg', timeline: 'x_timeline.svg' } });
  const page = md.render(text);
  for (const node of ['A', 'B', 'C', 'D', 'E']) assert.match(page, new RegExp(`<h3>${node}: `));
  assert.equal((page.match(/root cause: B/g) ?? []).length, 2);
  assert.match(page, /<img src="x_layers.svg" alt="Layers and statuses">/);
  assert.match(page, /<table>/);
});

test('values cannot inject markup, even with HTML enabled in markdown-it', () => {
  const r = courseExample();
  r.nodeResults[0]!.description = '<script>alert(1)</script>';
  r.nodeResults[0]!.sample = [{ id: 1, name: '<img src=x onerror=alert(1)> | *bold* [link](http://x)' }];
  r.nodeResults[1]!.description = '# not a heading\n- not a list';
  const page = md.render(renderMarkdown(buildStoryModel(r)));
  assert.doesNotMatch(page, /<script>|<img src=x|<strong>bold|<a href/);
  assert.match(page, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
  assert.doesNotMatch(page, /<h1># not/);
  assert.match(page, /# not a heading - not a list/);
});

test('underscores inside names stay readable in the raw text', () => {
  const r = courseExample();
  r.nodeResults[0]!.name = 'raw_orders';
  assert.match(renderMarkdown(buildStoryModel(r)), /### raw_orders: success/);
});
