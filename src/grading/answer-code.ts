/**
 * Turns an exercise's `answer.ts` into notebook cell code: the solution
 * (markers removed) or the learner's stub (each marked region replaced by a
 * `throw new Error('not implemented: exercise N')`). `export` keywords are
 * dropped, since a cell is not a module.
 *
 * @example
 * ```ts
 * import { answerCode } from 'odibi-ts/dist/src/grading/answer-code.js';
 * const src = 'export function f(): number {\n  // BEGIN SOLUTION\n  return 1;\n  // END SOLUTION\n}\n';
 * answerCode(src, 4, 'stub'); // "function f(): number {\n  throw new Error('not implemented: exercise 4');\n}"
 * ```
 */
export function answerCode(source: string, exercise: number, kind: 'stub' | 'solution'): string {
  return cellCode(answerModule(source, exercise, kind));
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
