// `odibi course release`: the learner's bundle holds what learners need and nothing that gives
// the answers away. Every file of it is searched for every hidden case's name, every answer's
// body and every wrong answer.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadExercises } from '../../src/grading/load-exercises.js';
import { releaseCourse, releaseSolutions, type Release } from '../../src/grading/release-course.js';
import { releaseStamp } from '../../src/grading/release-stamp.js';
import { odibiMeta, type NotebookJson } from '../../src/grading/notebook-json.js';
import { OdibiError } from '../../src/errors.js';
import { root } from '../helpers/submissions.js';

const work = join(root, '.odibi', 'tmp', `release-${process.pid}`);
const exercises = loadExercises(root);
let release: Release;

before(() => {
  release = releaseCourse({ root, out: join(work, 'course') });
});
after(() => rmSync(work, { recursive: true, force: true }));

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? allFiles(join(dir, name)) : [join(dir, name)]));
}

test('the bundle has the lesson, the exercises with their public checks, the compiled library, the examples and its own set-up', () => {
  for (const file of ['README.md', 'package.json', 'package-lock.json', 'notebooks/lesson.ipynb', 'notebooks/00-environment-check.ipynb', 'exercises/exercises.ipynb', 'dist/src/index.js', 'dist/src/grading/index.js', 'dist/src/notebook/jupyter-env.mjs', 'examples/retail/project.yaml', 'scripts/setup.mjs', 'scripts/start.mjs', 'scripts/test.mjs', 'patches/tslab+1.0.22+005+record-cell-history.patch']) {
    assert.ok(release.files.includes(file), file);
  }
  for (const ex of exercises) for (const file of ['exercise.json', 'prompt.md', 'run.ts', 'checks.ts']) assert.ok(release.files.includes(`exercises/src/${ex.slug}/${file}`), `${ex.slug}/${file}`);
  const pkg = JSON.parse(readFileSync(join(release.dir, 'package.json'), 'utf8')) as { scripts: Record<string, string>; bin?: unknown };
  assert.equal(pkg.scripts.test, 'node scripts/setup.mjs && node scripts/test.mjs --only notebooks');
  assert.equal(pkg.scripts.start, 'node scripts/setup.mjs && node scripts/start.mjs');
  assert.equal(pkg.bin, undefined);
  assert.deepEqual(readFileSync(join(release.dir, 'package-lock.json'), 'utf8'), readFileSync(join(root, 'package-lock.json'), 'utf8'), 'the same lockfile installs the same packages');
  assert.ok(!readFileSync(join(release.dir, 'scripts', 'setup.mjs'), 'utf8').includes("'../src/"), 'the scripts use the compiled library');
  assert.ok(!readFileSync(join(release.dir, '.gitignore'), 'utf8').includes('dist/'), 'the compiled library is part of the course');
});

test('no solution, reference answer, wrong answer or hidden check is in it, under any name', () => {
  for (const file of release.files) assert.doesNotMatch(file, /(^|\/)(answer|hidden|wrong-\d+)\.ts$|solutions/, file);
  const texts = allFiles(release.dir).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  const secrets: Array<[string, string]> = [];
  for (const ex of exercises) {
    for (const c of ex.hiddenCases) secrets.push([`hidden case of exercise ${ex.number}`, c.name]);
    const body = ex.answer!.split('// BEGIN SOLUTION')[1]!.split('// END SOLUTION')[0]!.trim();
    secrets.push([`the answer of exercise ${ex.number}`, body]);
    for (const w of ex.wrongAnswers) secrets.push([`${w.file} of exercise ${ex.number}`, w.source.split('\n').slice(-12).join('\n')]);
    secrets.push([`hidden.ts of exercise ${ex.number}`, readFileSync(join(ex.dir, 'hidden.ts'), 'utf8').split('\n').slice(4, 10).join('\n')]);
  }
  assert.ok(secrets.length > exercises.length * 5);
  for (const [what, secret] of secrets) {
    const found = texts.find((t) => t.text.includes(secret));
    assert.equal(found, undefined, `${what} appears in ${found?.file}`);
  }
});

test('the exercises notebook carries the release stamp and tells learners to hand it in', () => {
  const nb = JSON.parse(readFileSync(join(release.dir, 'exercises', 'exercises.ipynb'), 'utf8')) as NotebookJson;
  assert.deepEqual((nb.metadata.odibi as { release: unknown }).release, releaseStamp(root));
  assert.match(String(nb.cells[0]!.source), /hand in `exercises\/exercises.ipynb`/);
  assert.equal(nb.cells.filter((c) => odibiMeta(c)?.role === 'answer').length, exercises.length);
});

test('--solutions writes the stamped solutions notebook, for after the deadline; a release never overwrites a folder', () => {
  const solutions = releaseSolutions({ root, out: join(work, 'after-deadline') });
  const nb = JSON.parse(readFileSync(join(solutions.dir, 'solutions', 'solutions.ipynb'), 'utf8')) as NotebookJson;
  assert.deepEqual((nb.metadata.odibi as { release: unknown }).release, releaseStamp(root));
  assert.ok(readFileSync(join(solutions.dir, 'solutions', 'solutions.ipynb'), 'utf8').includes('// BEGIN SOLUTION') === false);
  assert.throws(() => releaseCourse({ root, out: join(work, 'course') }), (e: unknown) => e instanceof OdibiError && e.code === 'USAGE' && /is not empty/.test(e.message));
  assert.ok(existsSync(join(work, 'course', 'README.md')));
});
