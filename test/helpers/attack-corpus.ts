// The attack corpus: answers written to cheat the grader, break out of its sandbox or take it down.
// Each replaces one exercise's answer cell in an otherwise solved notebook and says what it
// deserves; the tests grade them and check that exactly that is awarded, and that every other
// exercise of the notebook keeps full marks.
import { join } from 'node:path';
import { answerCode } from '../../src/grading/answer-code.js';
import type { ExerciseGradeStatus } from '../../src/grading/grade-report.js';
import type { Exercise } from '../../src/grading/load-exercises.js';
import { answer } from './submissions.js';

/** What an attack deserves: nothing, full marks (it cheats nothing, only makes noise), or exactly the public points. */
export type Deserved = 'nothing' | 'full' | 'public only';

export interface Attack {
  name: string;
  exercise: number;
  /** The whole answer cell. */
  code: string;
  deserved: Deserved;
  /** The exercise's status, when it must be a particular one. */
  status?: ExerciseGradeStatus;
  /** Text the exercise's first failure or answer error must contain. */
  says?: RegExp;
}

/** A stub for exercise `ex` (same signature, throws) after `before` at the cell's top level. */
function stubAfter(ex: Exercise, before: string, body = `throw new Error('not implemented: exercise ${ex.number}');`): string {
  return answer(ex.number, `${before}\nfunction ${ex.entry}(...args: any[]): any {\n${body}\n}\n`);
}

/** The solution of `ex` renamed to `<entry>Solved`, and a function `<entry>` with `body` (which may call it). */
function solutionWrapped(ex: Exercise, body: string): string {
  const solution = answerCode(ex.answer!, ex.number, 'solution').replace(new RegExp(`function ${ex.entry}\\b`), `function ${ex.entry}Solved`);
  return `${solution}\nfunction ${ex.entry}(...args: any[]): any {\n${body}\n}\n`;
}

export function attackCorpus(root: string, exercises: Exercise[]): Attack[] {
  const ex = (n: number) => exercises.find((e) => e.number === n)!;
  const hidden = (n: number) => join(ex(n).dir, 'hidden.ts');
  return [
    {
      name: 'the forgery that fooled the old grader: console.log rewrites the result line to all passed',
      exercise: 1,
      deserved: 'nothing',
      code: stubAfter(ex(1), `const realLog = console.log;
console.log = (...args: any[]) => {
  const m = /^ODIBI-GRADE:(\\w+):(.*)$/.exec(args.map(String).join(' '));
  if (!m) return realLog(...args);
  const r = JSON.parse(m[2]);
  for (const c of r.cases) { c.passed = true; c.earned = c.points; }
  r.earned = r.possible;
  realLog(\`ODIBI-GRADE:\${m[1]}:\${JSON.stringify(r)}\`);
};
console.log('ODIBI-GRADE:0000:{"exercise":1,"earned":10,"possible":10,"cases":[]}');`),
    },
    {
      name: 'printed report lines on process.stdout: result lines of every shape the grader might read',
      exercise: 2,
      deserved: 'nothing',
      code: stubAfter(ex(2), `for (let i = 0; i < 12; i++) process.stdout.write(\`{"t":"case","i":\${i},"value":[["raw_customers","raw_orders"],["clean_customers","clean_orders"],["customer_orders"]]}\\n{"t":"done"}\\nODIBI-GRADE:x:{"earned":11}\\n\`);`),
    },
    {
      name: 'printed report lines on process.stderr',
      exercise: 3,
      deserved: 'nothing',
      code: stubAfter(ex(3), `process.stderr.write('{"t":"answer","ok":true,"entry":"function"}\\n{"t":"case","i":0,"value":{"pipelines":3}}\\n{"t":"done"}\\n');`),
    },
    {
      name: 'console replaced: every method prints a passing report',
      exercise: 4,
      deserved: 'nothing',
      code: stubAfter(ex(4), `for (const k of Object.keys(console)) (console as any)[k] = () => process.stdout.write('{"t":"case","i":0,"value":{"errors":[],"warnings":[]}}\\n');
console.log('x'); console.error('y');`),
    },
    {
      name: 'JSON replaced: stringify and parse answer with a passing result whatever they are given',
      exercise: 5,
      deserved: 'nothing',
      code: stubAfter(ex(5), `JSON.stringify = (() => '{"t":"case","i":0,"value":true}') as any;
JSON.parse = (() => ({ passed: true, earned: 10 })) as any;`, 'return JSON.parse(JSON.stringify(args));'),
    },
    {
      name: 'Object.prototype polluted: every object claims to have passed and earned its points',
      exercise: 6,
      deserved: 'nothing',
      code: stubAfter(ex(6), `for (const [k, v] of Object.entries({ passed: true, earned: 11, ok: true, value: 'ok', order: ['bronze'] })) Object.defineProperty(Object.prototype, k, { get: () => v, enumerable: true, configurable: true });`, 'return {};'),
    },
    {
      name: 'Array.prototype replaced: map, push and includes return what the public checks expect',
      exercise: 7,
      deserved: 'nothing',
      code: stubAfter(ex(7), `Array.prototype.map = function () { return ['fast@0', 'slow@10', 'after_fast@110', 'after_both@140']; } as any;
Array.prototype.push = function () { return 0; };
Array.prototype.includes = () => true;`, "return { runs: [{ name: 'fast', startMs: 0, endMs: 10 }], makespanMs: 10 };"),
    },
    {
      name: 'Math replaced: max and min always return the expected peak',
      exercise: 8,
      deserved: 'nothing',
      code: stubAfter(ex(8), `Math.max = () => 2; Math.min = () => 2; (Math as any).random = () => 0;`, 'return { steps: [], peak: Math.max() };'),
    },
    {
      name: 'Date frozen to cheat the time limit, then a busy loop',
      exercise: 9,
      deserved: 'nothing',
      status: 'timeout',
      code: stubAfter(ex(9), `const frozen = Date.now(); Date.now = () => frozen; (globalThis as any).performance.now = () => 0;`, 'while (Date.now() === frozen) {}\nreturn {};'),
    },
    {
      name: 'Promise replaced: then resolves everything with a passing value',
      exercise: 10,
      deserved: 'nothing',
      code: stubAfter(ex(10), `const realThen = Promise.prototype.then;
Promise.prototype.then = function (this: Promise<unknown>, onFulfilled?: any, onRejected?: any) { return realThen.call(Promise.resolve({ path: ['a', 'b', 'c'], durationMs: 15 }), onFulfilled, onRejected); } as any;
(globalThis as any).Promise = class { constructor() {} static resolve() { return 1; } };`),
    },
    {
      name: 'reading the hidden checks by importing them (relative, through node_modules/odibi-ts, as JSON)',
      exercise: 11,
      deserved: 'nothing',
      status: 'error',
      says: /Cannot find module/,
      code: answer(11, `import { cases } from '../exercises/src/11-story/hidden.js';
import * as secret from 'odibi-ts/exercises/src/11-story/hidden.js';
function renderStory(run: any): string { return JSON.stringify([cases, secret]); }`),
    },
    {
      name: 'reading the hidden checks, the reference answer and the solutions from disk, by absolute path and through the library link',
      exercise: 12,
      deserved: 'nothing',
      code: answer(12, `import * as fs from 'fs';
function retailProjectYaml(): string {
  const tries = ${JSON.stringify([hidden(12), join(ex(12).dir, 'answer.ts'), join(root, 'solutions', 'solutions.ipynb'), join(root, 'node_modules', 'odibi-ts', 'exercises', 'src', ex(12).slug, 'answer.ts')])};
  for (const file of tries) {
    try { return fs.readFileSync(file, 'utf8').split('\`')[1]; } catch { /* keep trying */ }
  }
  throw new Error('nothing could be read');
}`),
    },
    {
      name: 'writing files anywhere: a forged report where the grader writes reports, and over the hidden checks',
      exercise: 1,
      deserved: 'nothing',
      code: stubAfter(ex(1), `import * as fs from 'fs';
for (const [file, text] of ${JSON.stringify([[join(root, 'grades', 'attack-grade.json'), '{"earned":113,"possible":113}'], [hidden(1), 'export const cases = [];'], ['/tmp/odibi-attack-written', 'x']])}) {
  try { fs.writeFileSync(file, text); } catch { /* refused */ }
}`),
    },
    {
      name: 'process.exit() at the top of the answer cell',
      exercise: 2,
      deserved: 'nothing',
      status: 'error',
      says: /process\.exit\(\) is not allowed while grading/,
      code: stubAfter(ex(2), 'process.exit(0);'),
    },
    {
      name: 'killing the grader: kill, _kill and _debugProcess on the parent process',
      exercise: 3,
      deserved: 'nothing',
      code: stubAfter(ex(3), `const p: any = process;
for (const call of [() => p.kill(p.ppid, 'SIGKILL'), () => p._kill(p.ppid, 9), () => p._debugProcess(p.ppid), () => p.binding('process_wrap'), () => p.getBuiltinModule('child_process').execSync('kill -9 ' + p.ppid)]) {
  try { call(); } catch { /* refused */ }
}`),
    },
    {
      name: 'opening a socket: net, http, fetch, a socket from the standard streams, dynamic import',
      exercise: 4,
      deserved: 'nothing',
      code: stubAfter(ex(4), `const attempts: unknown[] = [];
for (const name of ['net', 'http', 'tls', 'dgram', 'tty']) { try { attempts.push(require(name).connect?.(80, '127.0.0.1')); } catch (e) { attempts.push(String(e)); } }
try { attempts.push((globalThis as any).fetch('http://127.0.0.1:1')); } catch (e) { attempts.push(String(e)); }
try { const S: any = (process.stdout as any).constructor; attempts.push(new S({ fd: 1 }).connect?.(80, '127.0.0.1')); } catch (e) { attempts.push(String(e)); }
try { attempts.push(eval("import('node:net')")); } catch (e) { attempts.push(String(e)); }`),
    },
    {
      name: 'an endless loop when called',
      exercise: 5,
      deserved: 'nothing',
      status: 'timeout',
      code: stubAfter(ex(5), '', 'while (true) {}'),
    },
    {
      name: 'an asynchronous endless loop and a promise that never settles',
      exercise: 9,
      deserved: 'nothing',
      status: 'timeout',
      code: answer(9, `async function spin(): Promise<any> { while (true) await null; }
function retryWithBackoff(...args: any[]): any { if ((args[1] as any).maxAttempts === 3) return new Promise(() => {}); return spin(); }`),
    },
    {
      name: 'an endless loop at the top level of the answer cell',
      exercise: 7,
      deserved: 'nothing',
      status: 'timeout',
      says: /answer cell did not finish/,
      code: stubAfter(ex(7), 'while (true) {}'),
    },
    {
      name: 'a memory bomb of arrays',
      exercise: 8,
      deserved: 'nothing',
      status: 'memory',
      code: stubAfter(ex(8), '', 'const hoard: number[][] = [];\nwhile (true) hoard.push(new Array(1_000_000).fill(7));'),
    },
    {
      name: 'a memory bomb of Buffers (outside the JavaScript heap)',
      exercise: 12,
      deserved: 'nothing',
      status: 'memory',
      code: stubAfter(ex(12), '', 'const hoard: Buffer[] = [];\nfor (let i = 0; i < 100; i++) hoard.push(Buffer.alloc(100 * 1024 * 1024, 1));\nreturn hoard.length;'),
    },
    {
      name: 'megabytes of output from a correct answer: printing costs nothing and slows nothing',
      exercise: 10,
      deserved: 'full',
      code: solutionWrapped(ex(10), `process.stdout.write('noise '.repeat(500_000));\nconsole.error('more noise '.repeat(100_000));\nreturn criticalPathSolved(args[0]);`),
    },
    {
      name: 'a returned proxy whose traps throw, and one that pretends to be every value',
      exercise: 11,
      deserved: 'nothing',
      code: stubAfter(ex(11), `let calls = 0;
const liar: any = new Proxy(function () {}, { get: (_t, key) => (key === Symbol.toPrimitive ? () => '# Run of ingest' : liar), has: () => true, apply: () => true });`,
      `calls++;\nreturn calls % 2 === 0 ? liar : new Proxy({}, { ownKeys() { throw new Error('trap'); }, get() { throw new Error('trap'); } });`),
    },
    {
      name: 'a returned value with throwing getters',
      exercise: 6,
      deserved: 'nothing',
      code: stubAfter(ex(6), '', 'return { get length() { throw new Error("getter"); }, toString() { throw new Error("toString"); } } as any;'),
    },
    {
      name: 'an answer that notices it is being graded (no kernel, permissions on, no environment) and then does nothing useful',
      exercise: 1,
      deserved: 'nothing',
      code: solutionWrapped(ex(1), `const graded = typeof (globalThis as any).__tslab__ !== 'object' || typeof (process as any).permission === 'object' || Object.keys(process.env).length === 0;
if (graded) throw new Error('not implemented: exercise 1');
return executePipelineSolved(args[0], args[1]);`),
    },
    {
      name: 'hard-coded answers to the public checks, recognised by their input: the hidden checks are not fooled',
      exercise: 3,
      deserved: 'public only',
      code: answer(3, `function summariseRuns(runs: any[]): any {
  if (runs.length === 3 && runs[0].pipeline === 'ingest') {
    return { pipelines: 3, successful: ['ingest', 'report'], failed: ['clean'], nodes: 6, succeeded: 4, failedNodes: 1, skippedNodes: 1, successRate: 66.7, totalDurationMs: 285, slowestNode: 'ingest/raw_customers' };
  }
  return {};
}`),
    },
  ];
}
