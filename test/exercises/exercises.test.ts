// Every exercise checked in-process against its solution, its stub and its committed wrong answer.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { loadExerciseSources } from '../../src/grading/exercise-source.js';
import { loadChecks } from '../grading/support/load-checks.js';
import { runChecks } from '../../src/grading/run-checks.js';
import { answerModule } from '../../src/grading/answer-code.js';

const root = resolve(import.meta.dirname, '../..');
const sources = loadExerciseSources(root);
const stubDir = join(tmpdir(), `odibi-stubs-${process.pid}`);
mkdirSync(stubDir, { recursive: true });
after(() => rmSync(stubDir, { recursive: true, force: true }));

async function importAnswer(path: string, entry: string): Promise<unknown> {
  const mod = (await import(pathToFileURL(path).href)) as Record<string, unknown>;
  return mod[entry];
}

test('there are at least 8 exercises and together they exercise all eight objectives', () => {
  assert.ok(sources.length >= 8, `${sources.length} exercises`);
  const covered = new Set(sources.flatMap((s) => s.objectives));
  for (let objective = 1; objective <= 8; objective++) assert.ok(covered.has(objective), `objective ${objective} is not exercised`);
  assert.deepEqual(sources.map((s) => s.number), sources.map((_, i) => i + 1));
});

for (const ex of sources) {
  test(`exercise ${ex.number}: the solution earns every point, public and hidden`, async () => {
    const { publicCases, hiddenCases, possible } = await loadChecks(root, ex);
    assert.ok(publicCases.length >= 3 && hiddenCases.length >= 2);
    const sum = (cases: { points: number }[]) => cases.reduce((a, c) => a + c.points, 0);
    assert.deepEqual(ex.points, { public: sum(publicCases), hidden: sum(hiddenCases) }, 'exercise.json points match the cases');
    const solution = await importAnswer(join(root, ex.paths.answer), ex.entry);
    const report = await runChecks(ex.number, () => solution, publicCases, hiddenCases);
    const failing = report.cases.filter((c) => !c.passed).map((c) => `${c.name}: expected ${c.expected}, received ${c.received}`);
    assert.deepEqual(failing, []);
    assert.equal(report.earned, possible);
  });

  test(`exercise ${ex.number}: the committed wrong answer scores below full marks`, async () => {
    const { publicCases, hiddenCases, possible } = await loadChecks(root, ex);
    const wrong = await importAnswer(join(root, ex.paths.wrong), ex.entry);
    const report = await runChecks(ex.number, () => wrong, publicCases, hiddenCases);
    assert.ok(report.earned < possible, `wrong answer earned ${report.earned} of ${possible}`);
  });

  test(`exercise ${ex.number}: the stub fails loudly and scores 0`, async () => {
    const { publicCases, hiddenCases } = await loadChecks(root, ex);
    const file = join(stubDir, `${ex.slug}.ts`);
    writeFileSync(file, answerModule(ex.answer, ex.number, 'stub'));
    const stub = (await importAnswer(file, ex.entry)) as (...args: unknown[]) => unknown;
    const report = await runChecks(ex.number, () => stub, publicCases, hiddenCases);
    assert.equal(report.earned, 0);
    assert.ok(report.cases.every((c) => c.received.includes(`not implemented: exercise ${ex.number}`)), 'every case shows the stub error');
  });
}
