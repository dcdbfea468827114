import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showOn } from '../../src/notebook/show.js';
import { textDisplay, type DisplaySink } from '../../src/notebook/display-sink.js';
import { kernelDisplay } from '../../src/notebook/kernel-display.js';
import type { MimeBundle } from '../../src/notebook/mime-bundle.js';
import { PipelineResults } from '../../src/results/pipeline-results.js';
import { courseExample } from '../fixtures/results/results-fixtures.js';

function recorder(): DisplaySink & { shown: MimeBundle[] } {
  const shown: MimeBundle[] = [];
  return { live: true, shown, display: (b) => void shown.push(b), update: () => {} };
}

test('outside a kernel there is no kernel display, and show prints text', async () => {
  assert.equal(kernelDisplay(), undefined);
  const printed: string[] = [];
  await showOn(textDisplay((t) => printed.push(t)), 'hello');
  assert.deepEqual(printed, ['hello\n']);
});

test('show sends one bundle, or one per pipeline for a record of results', async () => {
  const sink = recorder();
  await showOn(sink, courseExample());
  assert.equal(sink.shown.length, 1);
  const record = { a: PipelineResults.fromJSON(courseExample()), b: PipelineResults.fromJSON({ ...courseExample(), pipeline: 'other' }) };
  await showOn(sink, record);
  assert.equal(sink.shown.length, 3);
  assert.match(sink.shown[2]!['text/plain'] as string, /^other: partial/);
});
