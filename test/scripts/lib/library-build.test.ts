// The compiled library: set-up rebuilds dist/ exactly when an input changed,
// into a clean folder, and says so in one line; `npm start`'s watcher rebuilds
// on save; a notebook's first cell says when the build is older than src/.
// Each test works on a small project of its own (two source files), whose
// node_modules is a link to the real one.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildLibrary, changedInputs, ensureLibraryBuilt, watchLibrary } from '../../../scripts/lib/library-build.mjs';
import { checkLibraryBuild } from '../../../src/notebook/check-library-build.js';

const root = process.cwd();
const base = join(root, '.odibi', 'tmp', `library-build-${process.pid}`);
after(() => rmSync(base, { recursive: true, force: true }));

function project(name: string): string {
  const dir = join(base, name);
  mkdirSync(join(dir, 'src'), { recursive: true });
  mkdirSync(join(dir, 'scripts', 'lib'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'odibi-ts', version: '9.9.9', type: 'module' }));
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, skipLibCheck: true, types: [] } }));
  writeFileSync(join(dir, 'tsconfig.build.json'), readFileSync(join(root, 'tsconfig.build.json')));
  writeFileSync(join(dir, 'src', 'index.ts'), "export { greet } from './greet.js';\n");
  writeFileSync(join(dir, 'src', 'greet.ts'), "export const greet = (name: string): string => `hello ${name}`;\n");
  writeFileSync(join(dir, 'scripts', 'lib', 'library-build.mjs'), readFileSync(join(root, 'scripts', 'lib', 'library-build.mjs')));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

async function ensure(dir: string): Promise<string[]> {
  const lines: string[] = [];
  assert.equal(await ensureLibraryBuilt(dir, (line: string) => lines.push(line)), true, lines.join('\n'));
  return lines;
}

test('set-up builds dist/ once, then only after an input was added, changed or deleted, into a clean folder', { timeout: 120_000 }, async () => {
  const dir = project('setup');
  const first = await ensure(dir);
  assert.equal(first.length, 1);
  assert.match(first[0]!, /^built the library into dist\/ in \d+\.\d s \(no build yet\)$/);
  for (const file of ['index.js', 'index.d.ts', 'index.js.map', 'greet.js', 'greet.d.ts']) assert.ok(existsSync(join(dir, 'dist', 'src', file)), file);
  assert.deepEqual(await ensure(dir), [], 'nothing changed: no build, no line');

  writeFileSync(join(dir, 'dist', 'src', 'left-over.js'), '');
  writeFileSync(join(dir, 'src', 'greet.ts'), "export const greet = (name: string): string => `hi ${name}`;\n");
  const changed = await ensure(dir);
  assert.match(changed[0]!, /changed since the last build: src\/greet\.ts\)$/);
  assert.match(readFileSync(join(dir, 'dist', 'src', 'greet.js'), 'utf8'), /hi \$\{name\}/);
  assert.ok(!existsSync(join(dir, 'dist', 'src', 'left-over.js')), 'the rebuild starts from a clean dist/');

  writeFileSync(join(dir, 'src', 'extra.ts'), 'export const extra = 1;\n');
  assert.match((await ensure(dir))[0]!, /src\/extra\.ts\)$/);
  rmSync(join(dir, 'src', 'extra.ts'));
  assert.match((await ensure(dir))[0]!, /src\/extra\.ts\)$/);
  assert.ok(!existsSync(join(dir, 'dist', 'src', 'extra.js')));
  writeFileSync(join(dir, 'tsconfig.json'), readFileSync(join(dir, 'tsconfig.json'), 'utf8') + '\n');
  assert.match((await ensure(dir))[0]!, /tsconfig\.json\)$/);
});

test('a source that does not compile fails the build and leaves the last good dist/', { timeout: 120_000 }, async () => {
  const dir = project('broken');
  await ensure(dir);
  writeFileSync(join(dir, 'src', 'greet.ts'), 'export const greet = (name: string): number => name;\n');
  const built = await buildLibrary(dir);
  assert.equal(built.ok, false);
  assert.match(built.output, /src\/greet\.ts\(1,\d+\): error TS2322/);
  assert.match(readFileSync(join(dir, 'dist', 'src', 'greet.js'), 'utf8'), /hello/);
  assert.deepEqual(changedInputs(dir), ['src/greet.ts']);
});

test("the start script's watcher rebuilds after a save and says to restart the kernel", { timeout: 120_000 }, async () => {
  const dir = project('watch');
  await ensure(dir);
  const said: string[] = [];
  const rebuilt = new Promise<void>((resolve) => {
    const stop = watchLibrary(dir, (line: string) => {
      said.push(line);
      if (/^rebuilt the library/.test(line)) void stop().then(resolve);
    }, { debounceMs: 50 });
  });
  writeFileSync(join(dir, 'src', 'greet.ts'), "export const greet = (name: string): string => `welcome ${name}`;\n");
  await rebuilt;
  assert.match(said[0]!, /^src\/greet\.ts changed: rebuilding the library\.\.\.$/);
  assert.match(said.at(-1)!, /restart the kernel of an open notebook \(Kernel > Restart\)/);
  assert.match(readFileSync(join(dir, 'dist', 'src', 'greet.js'), 'utf8'), /welcome/);
});

test("checkLibraryBuild says whether dist/ is up to date with src/, and names what changed", { timeout: 120_000 }, async () => {
  const dir = project('check');
  await ensure(dir);
  const lines: string[] = [];
  const { log, warn } = console;
  console.log = (line: string) => lines.push(`log: ${line}`);
  console.warn = (line: string) => lines.push(`warn: ${line}`);
  try {
    assert.deepEqual(checkLibraryBuild({ root: dir }), { fresh: true, changed: [] });
    writeFileSync(join(dir, 'src', 'greet.ts'), 'export const greet = 1;\n');
    assert.deepEqual(checkLibraryBuild({ root: dir }), { fresh: false, changed: ['src/greet.ts'] });
  } finally {
    Object.assign(console, { log, warn });
  }
  assert.equal(lines[0], 'log: odibi-ts 9.9.9: the compiled library in dist/ is up to date with src/');
  assert.match(lines[1]!, /^warn: odibi-ts 9\.9\.9: the compiled library in dist\/ is OLDER than src\/ \(changed: src\/greet\.ts\)\. `npm start` rebuilds it/);
});
