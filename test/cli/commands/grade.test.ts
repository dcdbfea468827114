// `odibi grade` wiring and its exits, on submissions that run nothing or little: every answer
// cell deleted, a file that is not a notebook, a folder, a missing file, bad options.
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

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, cwd: work } };
};

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

test('`odibi grade` prints the table and exits 0, even for a notebook of null cells', async () => {
  writeFileSync(join(work, 'nulls.ipynb'), JSON.stringify({ nbformat: 4, nbformat_minor: 4, metadata: null, cells: [null, { cell_type: 'code', source: null, metadata: null }] }));
  const run = io();
  assert.equal(await runCli(['grade', 'nulls.ipynb', '--out', 'grades2'], run.io), 0, run.err.join(''));
  assert.match(run.out.join(''), /Grade of nulls\.ipynb: 0 \/ \d+ points/);
  assert.match(run.out.join(''), /Reports: grades2\/nulls-grade\.html/);
  assert.match(run.out.join(''), /cell 1 is null, not a cell: skipped/);
});

test('exit 1 for a file that is not a notebook (with the reason and a hint), exit 2 for usage errors; never "unexpected error"', async () => {
  writeFileSync(join(work, 'text.ipynb'), 'my answers: 1) ...');
  writeFileSync(join(work, 'list.ipynb'), '[]');
  const cases: Array<[string[], number, RegExp]> = [
    [['grade', 'text.ipynb'], 1, /GRADE_NOTEBOOK_UNREADABLE notebook .*text\.ipynb cannot be graded: it is not JSON .*\(pass the \.ipynb file saved by Jupyter/],
    [['grade', 'list.ipynb'], 1, /GRADE_NOTEBOOK_UNREADABLE .*it is JSON but not a notebook/],
    [['grade', 'nope.ipynb'], 2, /USAGE notebook .*nope\.ipynb does not exist/],
    [['grade', '.'], 2, /USAGE grading a class needs --out <dir>/],
    [['grade', 'text.ipynb', '--timeout', 'soon'], 2, /USAGE --timeout must be a positive number, got "soon"/],
    [['grade', 'text.ipynb', '--memory', '512'], 2, /USAGE the memory limit must be at least 1536 MiB/],
  ];
  for (const [argv, code, message] of cases) {
    const run = io();
    assert.equal(await runCli(argv, run.io), code, `${argv.join(' ')}: ${run.err.join('')}`);
    assert.match(run.err.join(''), message);
    assert.doesNotMatch(run.err.join(''), /unexpected error/);
  }
});

test('outside a course (no exercises) grading stops with a clear error', async () => {
  await assert.rejects(
    import('../../../src/grading/load-exercises.js').then(({ loadExercises }) => loadExercises(work)),
    (e: unknown) => e instanceof OdibiError && e.code === 'GRADE_NO_EXERCISES' && /there are no exercises at .*exercises\/src/.test(e.message) && /odibi course release/.test(e.hint ?? ''),
  );
});
