// `odibi grade` wiring, on submissions that need no kernel (every answer cell deleted, an unreadable file).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { gradeCommand, gradeFile } from '../../../src/cli/commands/grade.js';
import { OdibiError } from '../../../src/errors.js';

const root = resolve(import.meta.dirname, '../../..');
const work = join(root, '.odibi', 'tmp', `grade-command-${process.pid}`);
mkdirSync(work, { recursive: true });
after(() => rmSync(work, { recursive: true, force: true }));

test('a notebook without answer cells grades to 0 with "cell deleted" for every exercise', async () => {
  const file = join(work, 'empty.ipynb');
  writeFileSync(file, JSON.stringify({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [] }));
  const { result, text } = await gradeFile(file, { out: join(work, 'grades') });
  assert.equal(result.report.earned, 0);
  assert.ok(result.report.possible > 0);
  assert.ok(result.report.exercises.every((e) => e.status === 'missing'));
  assert.match(text, /Grade of .*empty\.ipynb: 0 \/ \d+ points/);
  assert.match(text, /cell deleted/);
  assert.equal(JSON.parse(readFileSync(result.jsonPath, 'utf8')).earned, 0);
});

test('the command prints the table and exits normally', async () => {
  const file = join(work, 'empty2.ipynb');
  writeFileSync(file, JSON.stringify({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [] }));
  const program = new Command('odibi').exitOverride();
  gradeCommand(program);
  const written: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  const writeErr = process.stderr.write.bind(process.stderr);
  process.stdout.write = ((chunk: string) => (written.push(chunk), true)) as typeof process.stdout.write;
  process.stderr.write = (() => true) as typeof process.stderr.write;
  try {
    await program.parseAsync(['node', 'odibi', 'grade', file, '--out', join(work, 'grades2')]);
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
  }
  assert.match(written.join(''), /total/);
});

test('an unreadable notebook and a bad timeout are usage errors with a hint', async () => {
  const file = join(work, 'broken.ipynb');
  writeFileSync(file, '{ not json');
  await assert.rejects(gradeFile(file, { out: join(work, 'grades3') }), (e: unknown) => e instanceof OdibiError && e.code === 'GRADE_NOTEBOOK_UNREADABLE' && /cannot be graded/.test(e.message) && !!e.hint);
  await assert.rejects(gradeFile(join(work, 'nope.ipynb')), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /does not exist/.test(e.message));
  await assert.rejects(gradeFile(file, { timeout: 'soon' }), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /--timeout/.test(e.message));
});
