// A notebook may import the library's TypeScript sources (`../src/index.js`); the kernel then
// compiles every module to CommonJS, where `import.meta` does not exist (Node would load the
// module as ESM and fail on `exports`). So only the entries Node runs directly may use it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const RUN_BY_NODE_ONLY = ['src/cli/main.ts', 'src/grading/sandbox/sandbox-main.ts'];

function typescriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? typescriptFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []));
}

test('no TypeScript module of the library uses import.meta, except the entries only Node runs', () => {
  const offenders = typescriptFiles(join(root, 'src'))
    .map((file) => relative(root, file).split('\\').join('/'))
    .filter((file) => !RUN_BY_NODE_ONLY.includes(file))
    .filter((file) => readFileSync(join(root, file), 'utf8').split('\n').some((line) => /import\.meta/.test(line) && !/^\s*(\*|\/\/)/.test(line)));
  assert.deepEqual(offenders, []);
});
