import { resolve } from 'node:path';
import { loadExercises } from '../src/grading/load-exercises.js';
import { answerModule } from '../src/grading/answer-code.js';
import { gradeInProcess, importAnswer } from '../test/helpers/grade-in-process.js';
const n = Number(process.argv[2]);
const [ex] = loadExercises(resolve('.'), { only: n });
const src = process.argv[3] ? (await import("node:fs")).readFileSync(`${ex!.dir}/${process.argv[3]}`, "utf8") : answerModule(ex!.answer!, n, "solution");
const sol = await importAnswer(src, ex!.entry, "sol" + n + (process.argv[3] ?? "").replace(".ts", ""));
for (const r of await gradeInProcess(ex!, sol)) console.log(r.name, r.passed, r.received?.slice(0, 400));
