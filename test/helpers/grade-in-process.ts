// Test helper: grades an exercise's answer module in this process (no sandbox, no compile):
// the exercise's harness is called on each case's input, the result goes through the same
// serialisation as in the sandbox, and is judged with the grader's scoreCase. Fast enough to
// score every solution, stub and wrong answer; the sandbox tests check that both agree.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CaseResult, CaseVisibility, CheckCase } from '../../src/grading/check-case.js';
import type { Exercise } from '../../src/grading/load-exercises.js';
import { loadExerciseModule } from '../../src/grading/load-exercise-module.js';
import { scoreCase, type CaseOutcome } from '../../src/grading/score-case.js';
import { describeThrown, serialiseValue } from '../../src/grading/sandbox/serialise-value.js';

const root = join(import.meta.dirname, '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'odibi-answers-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Imports TypeScript module source (an answer.ts variant) and returns its `entry` export. */
export async function importAnswer(source: string, entry: string, name: string): Promise<unknown> {
  const file = join(scratch, `${name}.ts`);
  writeFileSync(file, source);
  return ((await import(pathToFileURL(file).href)) as Record<string, unknown>)[entry];
}

/** Every case's result for `answer` (public cases, then hidden ones). */
export async function gradeInProcess(ex: Exercise, answer: unknown): Promise<CaseResult[]> {
  const run = loadExerciseModule(join(ex.dir, 'run.ts'), root).run as (answer: unknown, input: unknown, context: { dir: string }) => unknown;
  const all: Array<[CheckCase, CaseVisibility]> = [...ex.publicCases.map((c): [CheckCase, CaseVisibility] => [c, 'public']), ...ex.hiddenCases.map((c): [CheckCase, CaseVisibility] => [c, 'hidden'])];
  const results: CaseResult[] = [];
  for (const [i, [c, visibility]] of all.entries()) {
    const dir = mkdtempSync(join(scratch, `${ex.slug}-case-${i}-`)); // a fresh folder per graded answer, as in the sandbox
    let outcome: CaseOutcome;
    try {
      const message = JSON.parse(`{${serialiseValue(await run(answer, JSON.parse(JSON.stringify(c.input)), { dir }), 1_000_000)}}`) as { value?: unknown; undefined?: true };
      outcome = 'value' in message ? { kind: 'value', value: message.value } : { kind: 'value', value: undefined };
    } catch (error) {
      outcome = { kind: 'threw', error: describeThrown(error) };
    }
    results.push(scoreCase(c, visibility, outcome));
  }
  return results;
}

/** Points earned by a list of case results. */
export const earned = (results: CaseResult[]) => results.reduce((sum, r) => sum + r.earned, 0);
