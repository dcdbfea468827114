// `odibi grade` wiring, on submissions that need no kernel (every answer cell deleted, an unreadable file).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gradeFile } from '../../../src/cli/commands/grade.js';
import { runCli } from '../../../src/cli/main.js';
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

test('`odibi grade` prints the table and exits 0; a missing file exits 2 with a hint', async () => {
  const file = join(work, 'empty2.ipynb');
  writeFileSync(file, JSON.stringify({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [] }));
  const out: string[] = [];
  const err: string[] = [];
  const io = { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd: work };
  assert.equal(await runCli(['grade', 'empty2.ipynb', '--out', 'grades2'], io), 0);
  assert.match(out.join(''), /Grade of empty2\.ipynb: 0 \/ \d+ points/);
  assert.match(out.join(''), /Reports: grades2\/empty2-grade\.html/);
  assert.equal(await runCli(['grade', 'nope.ipynb'], io), 2);
  assert.match(err.join(''), /USAGE notebook .*nope\.ipynb does not exist/);
});

test('an unreadable notebook and a bad timeout are usage errors with a hint', async () => {
  const file = join(work, 'broken.ipynb');
  writeFileSync(file, '{ not json');
  await assert.rejects(gradeFile(file, { out: join(work, 'grades3') }), (e: unknown) => e instanceof OdibiError && e.code === 'GRADE_NOTEBOOK_UNREADABLE' && /cannot be graded/.test(e.message) && !!e.hint);
  await assert.rejects(gradeFile(join(work, 'nope.ipynb')), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /does not exist/.test(e.message));
  await assert.rejects(gradeFile(file, { timeout: 'soon' }), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /--timeout/.test(e.message));
});
