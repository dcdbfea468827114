import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import vm from 'node:vm';
import { compileCell, compileCells } from '../../src/notebook/compile-cell.js';
import { kernelTypeScript } from '../../src/notebook/kernel-typescript.js';
import { cellTopLevelNames } from '../../src/notebook/cell-top-level-names.js';

const root = join(import.meta.dirname, '..', '..');

test('a type error gives the kernel\'s message, with the line and column of the cell', () => {
  assert.deepEqual(compileCell('const n = 1;\nconst s: number = "one";', { root }), { ok: false, problems: ["2:7 - Type 'string' is not assignable to type 'number'."] });
  const syntax = compileCell('function f( {', { root });
  assert.equal(syntax.ok, false);
});

test('the compiled cell exports its top-level names and may await at the top level', async () => {
  const compiled = compileCell("import { closestMatch } from 'odibi-ts/dist/src/text/closest-match.js';\nconst seen = await Promise.resolve(2);\nfunction near(word: string) { return closestMatch(word, ['apple', 'pear']); }", { root });
  assert.ok(compiled.ok, JSON.stringify(compiled));
  const exports: Record<string, unknown> = {};
  const fn = vm.runInThisContext(`(async function (exports, require) {${compiled.js}\n})`) as (e: unknown, r: unknown) => Promise<void>;
  await fn(exports, (name: string) => (name === 'odibi-ts/dist/src/text/closest-match.js' ? { closestMatch: (w: string) => `${w}?` } : undefined));
  assert.equal(exports.seen, 2);
  assert.equal((exports.near as (w: string) => string)('aple'), 'aple?');
});

test('only packages and the compiled library can be read: exercise files, links out of node_modules and type queries find nothing', () => {
  for (const code of [
    "import { cases } from '../exercises/src/02-layers/hidden.js';",
    "import { cases } from './src/02-layers/hidden.js';",
    "import { cases } from 'odibi-ts/exercises/src/02-layers/hidden.js';",
    "let q: typeof import('../solutions/solutions.ipynb') = 1;",
    "import answer from '../exercises/src/01-executor/exercise.json';",
  ]) {
    const result = compileCell(code, { root });
    assert.equal(result.ok, false, code);
    assert.match((result as { problems: string[] }).problems.join('\n'), /Cannot find module/, code);
  }
  assert.equal(compileCell("import * as aq from 'arquero';\nconst t = aq.table({ a: [1] });", { root }).ok, true);
});

test('cells compiled together are modules of their own: the same name in two cells is fine, a name from another cell is not', () => {
  const [a, b, c] = compileCells(['const shared = 1;', 'const shared = "two";', 'const x: number = shared;'], { root });
  assert.equal(a!.ok, true);
  assert.equal(b!.ok, true);
  assert.deepEqual(c, { ok: false, problems: ["1:19 - Cannot find name 'shared'."] });
});

test('top-level names: declarations, destructuring and imports, not what the cell exports itself', () => {
  const ts = kernelTypeScript();
  const file = ts.createSourceFile('cell.ts', "import d, { a, type T } from 'x';\nimport * as ns from 'y';\nconst { b, c: [e] } = f();\nlet g = 1, h = 2;\nclass K {}\nenum E { A }\ninterface I {}\ntype U = 1;\nexport function skipped() {}\ndeclare const alsoSkipped: number;\nfunction f(): any {}", ts.ScriptTarget.ES2022);
  assert.deepEqual(cellTopLevelNames(ts, file), ['d', 'a', 'ns', 'b', 'e', 'g', 'h', 'K', 'E', 'I', 'U', 'f']);
});
