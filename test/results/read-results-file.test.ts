import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { OdibiError } from '../../src/errors.js';
import { PipelineResults } from '../../src/results/pipeline-results.js';
import { readResultsFile, safeReadResultsFile } from '../../src/results/read-results-file.js';
import { courseExample, wideResults } from '../fixtures/results/results-fixtures.js';

async function withFile(content: string, fn: (file: string) => Promise<void>): Promise<void> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'odibi-results-file-'));
  try {
    const file = path.join(dir, 'results.json');
    await writeFile(file, content);
    await fn(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

test('one artifact is read as a record of its pipeline', () =>
  withFile(JSON.stringify(courseExample()), async (file) => {
    const record = await readResultsFile(file);
    assert.deepEqual(Object.keys(record), ['course_example']);
    assert.ok(record.course_example instanceof PipelineResults);
    assert.equal(record.course_example.status, 'partial');
  }));

test('a record by pipeline name is read as it is, every artifact validated', () =>
  withFile(JSON.stringify({ course: courseExample(), wide: wideResults(3) }), async (file) => {
    const record = await readResultsFile(file);
    assert.deepEqual(Object.keys(record), ['course', 'wide']);
    assert.equal(record.wide!.completed.length, 3);
  }));

test('the safe form returns why a file cannot be used', async () => {
  const missing = await safeReadResultsFile(path.join(os.tmpdir(), 'odibi-no-such-results.json'));
  assert.deepEqual(missing.ok ? undefined : [missing.problem.kind, missing.problem.reason], ['unreadable', 'the file does not exist']);
  await withFile('{ not json', async (file) => {
    const read = await safeReadResultsFile(file);
    assert.equal(read.ok ? undefined : read.problem.kind, 'invalid');
  });
  await withFile(JSON.stringify({ gold: { ...courseExample(), status: 'done' } }), async (file) => {
    const read = await safeReadResultsFile(file);
    assert.match(read.ok ? '' : read.problem.reason, /^pipeline "gold": status: /);
  });
  await withFile('[]', async (file) => {
    const read = await safeReadResultsFile(file);
    assert.match(read.ok ? '' : read.problem.reason, /record of them by pipeline name/);
  });
});

test('the throwing form is RESULTS_INVALID naming the file', async () => {
  await withFile(JSON.stringify({ ...courseExample(), nodeResults: 'nope' }), async (file) => {
    await assert.rejects(readResultsFile(file), (e: unknown) => e instanceof OdibiError && e.code === 'RESULTS_INVALID'
      && e.location.file === file && /^results JSON is not valid: nodeResults/.test(e.message));
  });
  const missing = path.join(os.tmpdir(), 'odibi-no-such-results.json');
  await assert.rejects(readResultsFile(missing), (e: unknown) => e instanceof OdibiError && e.code === 'RESULTS_INVALID'
    && e.message === 'results JSON cannot be read: the file does not exist');
});

test('a file cut short or not JSON is located by line and column; a cut-short one is told apart', async () => {
  const complete = JSON.stringify({ course: courseExample() }, null, 2);
  const cut = complete.slice(0, 300);
  await withFile(cut, async (file) => {
    const read = await safeReadResultsFile(file);
    const lines = cut.trimEnd().split('\n');
    assert.deepEqual(read.ok ? undefined : { ...read.problem, file: undefined, reason: undefined }, {
      file: undefined, kind: 'invalid', reason: undefined, truncated: true, line: lines.length, column: lines[lines.length - 1]!.length + 1,
    });
    assert.match(read.ok ? '' : read.problem.reason, /^the file ends at line \d+, column \d+ before its JSON does: it was cut short/);
  });
  await withFile('{\n  "a": 1,\n  oops\n}\n', async (file) => {
    const read = await safeReadResultsFile(file);
    assert.deepEqual(read.ok ? undefined : [read.problem.line, read.problem.column, read.problem.truncated], [3, 3, false]);
    assert.match(read.ok ? '' : read.problem.reason, /^not JSON at line 3, column 3: /);
  });
  await withFile('{}}', async (file) => {
    await assert.rejects(readResultsFile(file), (e: unknown) => e instanceof OdibiError && e.code === 'RESULTS_INVALID'
      && e.location.line === 1 && e.location.column === 3 && /not JSON at line 1, column 3/.test(e.message));
  });
});
