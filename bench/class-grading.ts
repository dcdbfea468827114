/**
 * Benchmark 9: grading a class. A generated class of 30 submissions (the
 * solutions, untouched stubs, each committed wrong answer, broken answers,
 * damaged and unreadable notebooks, a file that is not a notebook, another
 * release, a duplicate id, partial answers, and the attack corpus of the
 * tests with its endless loops and memory bombs) graded with `gradeClass`,
 * as `odibi grade <folder> --out DIR` does, with the default limits and as
 * many workers as cores. Target: the 30 in <= 3 minutes on 2 cores.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerCode, answerMarker, cellCode } from '../src/grading/answer-code.js';
import { gradeClass } from '../src/grading/class/grade-class.js';
import { loadExercises } from '../src/grading/load-exercises.js';
import { serialiseNotebook } from '../src/grading/notebook-json.js';
import { attackCorpus } from '../test/helpers/attack-corpus.js';
import { notebookFrom } from '../test/helpers/submissions.js';
import type { BenchOptions, BenchReport } from './lib/report.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_S = 180;

/** A committed notebook with some answer cells replaced (`change` gives the new cell, or null to keep it). */
function notebook(base: 'solutions' | 'exercises', change: (n: number) => string | null = () => null, metadata?: object): string {
  const nb = notebookFrom(base, (n, source) => change(n) ?? source);
  if (metadata) nb.metadata = { ...nb.metadata, ...metadata };
  return serialiseNotebook(nb);
}

/** The class: file name -> content; `size` tiny makes three cheap ones. */
function generateClass(size: BenchOptions['size']): Map<string, string> {
  const files = new Map<string, string>();
  files.set('unreadable.ipynb', '{ "cells": [');
  files.set('notes.txt', 'I hand in my notebook by mail.');
  files.set('deleted.ipynb', JSON.stringify({ nbformat: 4, nbformat_minor: 4, metadata: {}, cells: [] }));
  if (size === 'tiny') return files;
  const exercises = loadExercises(root);
  const marked = (n: number, code: string) => `${answerMarker(n)}\n${code}`;
  for (let i = 1; i <= 6; i++) files.set(`solved-${i}.ipynb`, notebook('solutions'));
  for (let i = 1; i <= 4; i++) files.set(`untouched-${i}.ipynb`, notebook('exercises'));
  for (let k = 1; k <= Math.max(...exercises.map((ex) => ex.wrongAnswers.length)); k++) {
    files.set(`wrong-${k}.ipynb`, notebook('solutions', (n) => {
      const wrong = exercises.find((ex) => ex.number === n)!.wrongAnswers[k - 1];
      return wrong ? marked(n, cellCode(wrong.source)) : null;
    }));
  }
  const attacks = attackCorpus(root, exercises);
  for (let sheet = 0; attacks.length > 0; sheet++) {
    const chosen = new Map<number, string>();
    for (const attack of [...attacks]) if (!chosen.has(attack.exercise)) chosen.set(attack.exercise, attacks.splice(attacks.indexOf(attack), 1)[0]!.code);
    files.set(`attacks-${sheet + 1}.ipynb`, notebook('solutions', (n) => chosen.get(n) ?? null));
  }
  files.set('broken.ipynb', notebook('solutions', (n) => (n === 1 ? marked(1, 'function executePipeline( {') : n === 3 ? marked(3, 'while (true) {}') : n === 5 ? '' : null)));
  files.set('other-release.ipynb', notebook('solutions', () => null, { odibi: { release: { course: '0.0.1', checks: '0000000000000000' } } }));
  files.set('twin/solved-1.ipynb', notebook('solutions'));
  for (let i = 1; files.size < 30; i++) files.set(`partial-${i}.ipynb`, notebook('solutions', (n) => (n <= i ? answerCode(exercises.find((ex) => ex.number === n)!.answer!, n, 'stub') : null)));
  return files;
}

export async function classGradingBenchmark(options: BenchOptions): Promise<BenchReport> {
  const dir = join(options.dataDir, 'class');
  rmSync(dir, { recursive: true, force: true });
  const files = generateClass(options.size);
  for (const [name, content] of files) {
    mkdirSync(dirname(join(dir, 'submissions', name)), { recursive: true });
    writeFileSync(join(dir, 'submissions', name), content);
  }
  const jobs = availableParallelism();
  options.log(`class grading: ${files.size} submissions, ${jobs} workers`);
  const started = performance.now();
  const { gradebook } = await gradeClass({ root, inputs: ['submissions'], out: 'grades', cwd: dir, jobs, onGraded: (row, done, total) => options.log(`class grading: [${done}/${total}] ${row.file} ${row.status} ${row.total}`) });
  const seconds = (performance.now() - started) / 1000;
  const counts = new Map<string, number>();
  for (const row of gradebook.rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1);
  const limited = gradebook.rows.flatMap((r) => Object.values(r.exerciseStatus)).filter((s) => s === 'timeout' || s === 'memory').length;
  const full = options.size === 'full';
  return {
    id: 'class',
    title: '9. Grading a class',
    method: `A generated class of ${files.size} submissions (solutions, stubs, each wrong answer, broken and damaged notebooks, a non-notebook, another release, a duplicate id, partial answers, and the tests' attack corpus) graded by \`gradeClass\` (what \`odibi grade <folder> --out DIR\` runs) with the default limits (10 s and 2048 MiB per exercise) and ${jobs} worker processes; every exercise of every notebook runs in its own sandboxed process. One run.`,
    tables: [{
      headers: ['Submissions', 'Workers', 'Wall s', 's per submission', 'Statuses', 'Exercises stopped by a limit'],
      rows: [[String(files.size), String(jobs), seconds.toFixed(1), (seconds / files.size).toFixed(2), [...counts].map(([s, n]) => `${n} ${s}`).join(', '), String(limited)]],
    }],
    targets: [full
      ? { name: `a class of 30 submissions graded in <= ${TARGET_S / 60} minutes`, measured: `${seconds.toFixed(0)} s (${(seconds / files.size).toFixed(1)} s per submission)`, met: seconds <= TARGET_S,
          ...(seconds <= TARGET_S ? {} : { explanation: 'each notebook runs 12 sandboxed processes, and the attack notebooks spend their time limits on endless loops and memory bombs.', next: 'lower --timeout for a class whose answers are known to be quick.' }) }
      : { name: `a class of 30 submissions graded in <= ${TARGET_S / 60} minutes`, measured: 'n/a', met: null, explanation: 'tiny size: three submissions that need no sandbox.' }],
    notes: [`Exercises that reached a limit (the attack corpus's loops and bombs) each take up to their 10 s: ${limited} of them in this class.`],
  };
}
