// The @example blocks in the TSDoc of the engine's modules (connections,
// engine, operations, expressions, context) must run as written: each is
// written to .odibi/tmp with its import pointed at the sources, then imported.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importSources, sourceExamples } from '../helpers/doc-examples.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TMP = path.join(ROOT, '.odibi/tmp/tsdoc-examples');
const FOLDERS = ['src/connections', 'src/engine', 'src/operations', 'src/expressions', 'src/context'];
mkdirSync(TMP, { recursive: true });
after(() => {
  rmSync(TMP, { recursive: true, force: true });
  // Files the LocalConnection and atomicWrite examples write into the system's temporary folder.
  for (const name of ['odibi-hello.txt', 'odibi-example.txt']) rmSync(path.join('/tmp', name), { force: true });
});

function sourceFiles(folder: string): string[] {
  return readdirSync(path.join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

function examples(file: string): string[] {
  return sourceExamples(file).filter((e) => !e.notRun).map((e) => e.code);
}

const files = FOLDERS.flatMap(sourceFiles);

test('the engine modules carry examples', () => {
  assert.ok(files.filter((f) => examples(f).length > 0).length >= 30);
});

for (const file of files) {
  const blocks = examples(file);
  if (blocks.length === 0) continue;
  test(`@example of ${path.relative(ROOT, file)} runs`, async () => {
    for (const [i, code] of blocks.entries()) {
      assert.match(code, /from 'odibi-ts(\/dist\/src\/[\w/-]+\.m?js)?'/, 'imports the library the way a notebook does');
      const target = path.join(TMP, `${path.relative(ROOT, file).replace(/\W/g, '_')}_${i}.ts`);
      writeFileSync(target, importSources(code) + '\nexport {};\n');
      const log = console.log;
      console.log = () => undefined;
      try {
        await import(pathToFileURL(target).href);
      } finally {
        console.log = log;
      }
    }
  });
}
