/**
 * Turns an exercise's `answer.ts` into notebook cell code: the solution
 * (markers removed) or the learner's stub (each marked region replaced by a
 * `throw new Error('not implemented: exercise N')`), under the cell's marker
 * line (`// Answer to exercise N ...`). `export` keywords are dropped, since a
 * cell is not a module.
 *
 * @example
 * ```ts
 * import { answerCode } from 'odibi-ts/dist/src/grading/answer-code.js';
 * const src = 'export function f(): number {\n  // BEGIN SOLUTION\n  return 1;\n  // END SOLUTION\n}\n';
 * answerCode(src, 4, 'stub'); // "// Answer to exercise 4 (keep this line: ...)\nfunction f(): number {\n  throw new Error('not implemented: exercise 4');\n}"
 * ```
 */
export function answerCode(source: string, exercise: number, kind: 'stub' | 'solution'): string {
  return `${answerMarker(exercise)}\n${cellCode(answerModule(source, exercise, kind))}`;
}

/** The first line of exercise `n`'s answer cell, by which its check cell (and the grader) recognise the cell's code. */
export function answerMarker(exercise: number): string {
  return `// Answer to exercise ${exercise} (keep this line: the check cell finds your answer by it)`;
}

/** The exercise whose marker line starts this code, if any (leading blank lines and spaces allowed). */
export function markedExercise(code: string): number | undefined {
  const match = /^\s*\/\/\s*Answer to exercise (\d+)\b/.exec(code);
  return match ? Number(match[1]) : undefined;
}

/** The same as {@link answerCode} but keeping `export`, so the result can be imported as a module. */
export function answerModule(source: string, exercise: number, kind: 'stub' | 'solution'): string {
  const out: string[] = [];
  let inside = false;
  for (const line of source.split('\n')) {
    const marker = line.trim();
    if (marker === '// BEGIN SOLUTION') {
      inside = true;
      if (kind === 'stub') out.push(`${line.slice(0, line.indexOf('//'))}throw new Error('not implemented: exercise ${exercise}');`);
    } else if (marker === '// END SOLUTION') {
      inside = false;
    } else if (!inside || kind === 'solution') {
      out.push(line);
    }
  }
  return out.join('\n');
}

/** Module source as cell code: no `export` keywords, no trailing blank lines. */
export function cellCode(source: string): string {
  return source.replace(/^export (?=(async |const |function |interface |type |class |let ))/gm, '').trimEnd();
}
