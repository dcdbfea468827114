// Documentation that runs: every TypeScript example of the README (and of the
// docs/readme/ sections it is assembled from) and every TSDoc @example in src/
// is executed in the notebook kernel, each in its own cell; a failing example
// is reported by its file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { markdownExamples, tsdocExamples } from '../helpers/doc-examples.js';
import { exampleCell, splitImports } from './examples-notebook.js';
import { runDocExamplesInKernel } from './run-doc-examples-in-kernel.js';
import { groupExamples, groupCell, mergeImports } from './grouped-examples-notebook.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

test('a TSDoc @example is found with the line of its first code line', () => {
  const source = [
    '/**',
    ' * Adds.',
    ' *',
    ' * @example',
    ' * ```ts',
    " * import { add } from '../src/index.js';",
    ' * add(1, 2); // 3',
    ' * ```',
    ' */',
    'export function add(a: number, b: number): number { return a + b; }',
  ].join('\n');
  const [example, ...rest] = tsdocExamples(source, 'src/add.ts');
  assert.equal(rest.length, 0);
  assert.equal(example?.line, 6);
  assert.equal(example?.code, "import { add } from '../src/index.js';\nadd(1, 2); // 3\n");
  assert.equal(example?.notRun, false);
});

test('Markdown ts blocks are found; `// not run` marks an example that is only shown', () => {
  const text = '# T\n\n```ts\nconst a = 1;\n```\n\n```sh\nls\n```\n\n```ts\n// not run\ngrade();\n```\n';
  const found = markdownExamples(text, 'docs/readme/x.md');
  assert.deepEqual(found.map((e) => [e.line, e.notRun]), [[4, false], [12, true]]);
});

test('a cell keeps the imports on top, points relative imports of src/ at the compiled library, and puts the rest in a block', () => {
  const code = "import { a, type B } from '../src/index.js';\nimport * as aq from 'arquero';\nconst x: B = a();\n";
  assert.deepEqual(splitImports(code).imports, ["import { a, type B } from '../src/index.js';", "import * as aq from 'arquero';"]);
  const cell = exampleCell({ file: 'src/a.ts', line: 3, code, kind: 'tsdoc', notRun: false }, 0, '/project');
  assert.match(cell, /^\/\/ example 1: src\/a\.ts:3\n/);
  assert.match(cell, /from 'odibi-ts';/);
  assert.match(cell, /process\.chdir\("\/project\/notebooks"\);\ntry \{\nconst x: B = a\(\);\n\} finally \{\n  process\.chdir\("\/project\/notebooks"\);\n\}$/);
  const readme = exampleCell({ file: 'docs/readme/x.md', line: 3, code: "import { a } from './src/index.js';\na();\n", kind: 'readme', notRun: false }, 1, '/project');
  assert.match(readme, /from 'odibi-ts';\nprocess\.chdir\("\/project"\);/);
  const inner = exampleCell({ file: 'src/b.ts', line: 1, code: "import { f } from '../src/grading/f.js';\nf();\n", kind: 'tsdoc', notRun: false }, 2, '/project');
  assert.match(inner, /from 'odibi-ts\/dist\/src\/grading\/f\.js';/);
});

test('imports of one module merge into one statement; a value import covers its type; other forms are deduplicated', () => {
  const merged = mergeImports([
    "import { a, type B } from '../src/index.js';",
    "import { B, c } from '../src/index.js';",
    "import type { D } from '../src/index.js';",
    "import * as aq from 'arquero';",
    "import * as aq from 'arquero';",
  ]);
  assert.deepEqual(merged, ["import { a, B, c, type D } from '../src/index.js';", "import * as aq from 'arquero';"]);
});

test('examples are grouped in order, each in its own block of the group\'s cell', () => {
  const ex = (file: string, line: number, code: string) => ({ file, line, code, kind: 'tsdoc' as const, notRun: false });
  const groups = groupExamples([ex('src/a.ts', 3, "import { a } from '../src/index.js';\nconst x = a();\n"), ex('src/a.ts', 9, "import { a } from '../src/index.js';\nconst x = a(1);\n"), ex('src/b.ts', 5, 'const y = 2;\n')], 2);
  assert.deepEqual(groups.map((g) => g.map((e) => `${e.file}:${e.line}`)), [['src/a.ts:3', 'src/a.ts:9'], ['src/b.ts:5']]);
  const cell = groupCell(groups[0]!, '/project');
  assert.equal(cell.match(/^import /gm)?.length, 1);
  assert.equal(cell.match(/^const x = /gm)?.length, 2);
  assert.match(cell, /^\{\n\/\/ example 1: src\/a\.ts:3/m);
});

test('every README example and every TSDoc @example runs in the kernel', { timeout: 1_200_000 }, async () => {
  const { ran, notRun, failures } = await runDocExamplesInKernel(root);
  assert.ok(ran.length >= 100, `only ${ran.length} examples found`);
  assert.ok(notRun.length <= ran.length / 10, `too many examples marked "// not run": ${notRun.map((e) => `${e.file}:${e.line}`).join(', ')}`);
  const report = failures.map((f) => `${f.example.file}:${f.example.line}: ${f.status}: ${f.message.split('\n').slice(0, 4).join('\n    ')}`);
  assert.equal(failures.length, 0, `${failures.length} of ${ran.length} examples failed:\n${report.join('\n')}`);
});
