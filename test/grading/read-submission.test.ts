import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readSubmission } from '../../src/grading/read-submission.js';

const work = join(import.meta.dirname, '..', '..', '.odibi', 'tmp', `read-submission-${process.pid}`);
mkdirSync(work, { recursive: true });
after(() => rmSync(work, { recursive: true, force: true }));

const file = (name: string, text: string) => {
  writeFileSync(join(work, name), text);
  return join(work, name);
};

test('a notebook is read; what is not one says why', () => {
  assert.equal(readSubmission(file('ok.ipynb', '{"nbformat":4,"nbformat_minor":4,"metadata":{},"cells":[null]}')).ok, true);
  const reason = (path: string) => (readSubmission(path) as { reason: string }).reason;
  assert.match(reason(file('text.ipynb', 'my answers are below')), /^it is not JSON \(/);
  assert.equal(reason(file('array.ipynb', '[1, 2]')), 'it is JSON but not a notebook (not an object)');
  assert.equal(reason(file('nocells.ipynb', '{"cells": {"0": {}}}')), 'it is JSON but not a notebook (it has no list of cells)');
  assert.equal(reason(file('null.ipynb', 'null')), 'it is JSON but not a notebook (not an object)');
  assert.equal(reason(join(work, 'absent.ipynb')), 'it cannot be read (ENOENT)');
  assert.equal(reason(work), 'it cannot be read (EISDIR)');
});
