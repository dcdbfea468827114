// The attack corpus (test/helpers/attack-corpus.ts), graded for real: each attack sits in an
// otherwise solved notebook and must earn exactly what it deserves, while every other exercise
// of that notebook keeps full marks; the grader survives, and nothing outside the sandbox changes.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gradeNotebook, type GradeNotebookResult } from '../../src/grading/grade-notebook.js';
import { loadExercises } from '../../src/grading/load-exercises.js';
import { attackCorpus, type Attack } from '../helpers/attack-corpus.js';
import { notebookFrom, root, writeSubmission } from '../helpers/submissions.js';

const work = join(root, '.odibi', 'tmp', `attack-corpus-${process.pid}`);
const exercises = loadExercises(root);
const attacks = attackCorpus(root, exercises);
const notebooks: Attack[][] = [];
for (const attack of attacks) {
  const free = notebooks.find((nb) => !nb.some((a) => a.exercise === attack.exercise));
  if (free) free.push(attack);
  else notebooks.push([attack]);
}
const graded: GradeNotebookResult[] = [];
const fingerprint = (file: string) => (existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : 'absent');
const guarded = [...exercises.map((ex) => join(ex.dir, 'hidden.ts')), join(root, 'grades', 'attack-grade.json'), '/tmp/odibi-attack-written'];
let before_: string[] = [];

before(async () => {
  before_ = guarded.map(fingerprint);
  for (const [i, set] of notebooks.entries()) {
    const nb = notebookFrom('solutions', (n, source) => set.find((a) => a.exercise === n)?.code ?? source);
    const file = writeSubmission(work, `attacks-${i + 1}.ipynb`, nb);
    graded.push(await gradeNotebook(file, { root, reportDir: join(work, 'grades'), limits: { timeMs: 10_000, memoryMb: 1536 }, exercises })); // the grader's default: exercises that run pipelines load the whole library
  }
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the corpus covers every kind of attack, packed into a few notebooks', () => {
  assert.ok(attacks.length >= 25, `${attacks.length} attacks`);
  assert.ok(notebooks.length <= 3, `${notebooks.length} notebooks`);
});

for (const attack of attacks) {
  test(`attack: ${attack.name} (exercise ${attack.exercise}) earns exactly ${attack.deserved === 'nothing' ? '0' : attack.deserved}, and the other exercises keep full marks`, () => {
    const index = notebooks.findIndex((nb) => nb.includes(attack));
    const { report } = graded[index]!;
    const grade = report.exercises.find((e) => e.exercise === attack.exercise)!;
    const deserved = attack.deserved === 'nothing' ? 0 : attack.deserved === 'full' ? grade.possible : grade.public.possible;
    assert.equal(grade.earned, deserved, `${grade.status}: ${grade.firstFailure}`);
    if (attack.deserved === 'public only') assert.equal(grade.hidden.earned, 0);
    if (attack.status) assert.equal(grade.status, attack.status, grade.firstFailure);
    if (attack.says) assert.match(`${grade.answerError ?? ''} ${grade.firstFailure ?? ''}`, attack.says);
    const others = report.exercises.filter((e) => !notebooks[index]!.some((a) => a.exercise === e.exercise));
    for (const e of others) assert.equal(e.earned, e.possible, `exercise ${e.exercise} lost points next to the attack: ${e.firstFailure}`);
  });
}

test('no attack changed a file outside the sandbox, and every notebook was graded to the end', () => {
  assert.deepEqual(guarded.map(fingerprint), before_);
  assert.ok(graded.every((g) => g.report.exercises.length === exercises.length && g.report.isolation?.permissions === true));
});

test('the reports hold no hidden case\'s expected value and nothing the answers produced for hidden cases', () => {
  for (const { jsonPath, htmlPath } of graded) {
    const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as GradeNotebookResult['report'];
    const hiddenResults = json.exercises.flatMap((e) => e.cases.filter((c) => c.visibility === 'hidden'));
    assert.ok(hiddenResults.length > 0);
    assert.ok(hiddenResults.every((c) => c.expected === undefined && c.received === undefined));
    const html = readFileSync(htmlPath, 'utf8');
    for (const ex of exercises) {
      for (const c of ex.hiddenCases) {
        const expected = JSON.stringify(c.expected);
        if (expected.length > 12) assert.ok(!html.includes(expected) && !readFileSync(jsonPath, 'utf8').includes(expected), `exercise ${ex.number}'s hidden "${c.name}" shows its expected value`);
      }
    }
  }
});
