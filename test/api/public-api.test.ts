// The public API (src/index.ts) is small, documented and used: every name is
// listed in docs/api.md and nothing else is; every value is imported from the
// library by a notebook, an example project, the README or a benchmark (the
// API page and the tests do not count); every type a public signature uses is
// public too; the course, grading and CLI helpers stay out of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import * as library from '../../src/index.js';
import { moduleExports, publicApi } from './public-types.js';

const root = process.cwd();
const api = publicApi(root);

function files(dir: string, ending: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (name === 'node_modules' || name === 'data' || name.startsWith('.')) return [];
    if (statSync(path.join(root, rel)).isDirectory()) return files(rel, ending);
    return name.endsWith(ending) ? [rel] : [];
  });
}

function notebookCode(file: string): string {
  const notebook = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as { cells: { cell_type: string; source: string | string[] }[] };
  return notebook.cells.filter((c) => c.cell_type === 'code').map((c) => (Array.isArray(c.source) ? c.source.join('') : c.source)).join('\n');
}

function readmeCode(): string {
  return [...readFileSync(path.join(root, 'README.md'), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]).join('\n');
}

/** Names imported from the library's main entry ('odibi-ts', or src/index.js by a relative path), by where. */
function importedNames(): Map<string, string[]> {
  const sources: [string, string][] = [
    ...['notebooks', 'exercises', 'solutions'].flatMap((dir) => files(dir, '.ipynb')).map((f): [string, string] => [f, notebookCode(f)]),
    ...files('examples', '.ts').map((f): [string, string] => [f, readFileSync(path.join(root, f), 'utf8')]),
    ...files('bench', '.ts').map((f): [string, string] => [f, readFileSync(path.join(root, f), 'utf8')]),
    ['README.md', readmeCode()],
  ];
  const byName = new Map<string, string[]>();
  for (const [file, code] of sources) {
    for (const m of code.matchAll(/import\s+(?:type\s+)?\{([^}]*)\}\s+from\s+['"](?:odibi-ts|(?:\.\.?\/)+src\/index\.js)['"]/g)) {
      for (const spec of m[1]!.split(',')) {
        const name = spec.replace(/^\s*type\s+/, '').split(/\s+as\s+/)[0]!.trim();
        if (name) byName.set(name, [...(byName.get(name) ?? []), file]);
      }
    }
  }
  return byName;
}

/** The names docs/api.md lists as public: every `name` in the first column of its tables under "## The public API". */
function documentedNames(): string[] {
  const page = readFileSync(path.join(root, 'docs', 'api.md'), 'utf8');
  const start = page.indexOf('## The public API');
  const end = page.indexOf('\n## ', start + 1);
  assert.ok(start >= 0, 'docs/api.md has a section "## The public API"');
  const section = page.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/^\| `([A-Za-z_$][\w$]*)` \|/gm)].map((m) => m[1]!);
}

test('the public API is about 90 names, values and types', () => {
  assert.ok(api.exported.length <= 97, `src/index.ts exports ${api.exported.length} names`);
  assert.ok(Object.keys(library).length <= 40, `src/index.ts exports ${Object.keys(library).length} values`);
});

test('every type a public signature uses is exported too', () => {
  assert.deepEqual(api.missing, []);
});

test('every value export is imported by a notebook, an example, the README or a benchmark', () => {
  const used = importedNames();
  const unused = Object.keys(library).filter((name) => !used.has(name)).sort();
  assert.deepEqual(unused, [], `unused exports: ${unused.join(', ')}: use them where a user would, or make them internal`);
});

test('docs/api.md lists exactly the public names', () => {
  const documented = documentedNames();
  const duplicates = documented.filter((name, i) => documented.indexOf(name) !== i);
  assert.deepEqual(duplicates, [], 'listed twice');
  assert.deepEqual([...documented].sort(), [...api.exported].sort());
});

test('the main index re-exports only, and leaves course, grading, notebook tooling and the CLI to their own entries', () => {
  const index = readFileSync(path.join(root, 'src', 'index.ts'), 'utf8');
  const statements = index.split('\n').filter((line) => line.trim() && !line.trim().startsWith('//'));
  assert.ok(statements.every((line) => /^(export\b|\s+type |\s+\w|\}\s+from)/.test(line)), 'only export statements');
  assert.doesNotMatch(index, /from '\.\/(grading|cli)\//);
  assert.doesNotMatch(index, /run-notebook|jupyter-env/);
});

test('every name that left the index is exported by the module docs/api.md names for it', () => {
  const page = readFileSync(path.join(root, 'docs', 'api.md'), 'utf8');
  const section = page.slice(page.indexOf('## What moved in 0.2.0'));
  const rows = [...section.matchAll(/^\| `([\w$]+)` \| `odibi-ts\/dist\/(src\/[^`]+)\.m?js` \|$/gm)].map((m) => ({ name: m[1]!, module: `${m[2]}.ts` }));
  assert.ok(rows.length > 200, `the table lists ${rows.length} names`);
  const exports = moduleExports(root, [...new Set(rows.map((r) => r.module))]);
  const wrong = rows.filter((r) => !exports.get(r.module)?.has(r.name)).map((r) => `${r.name} in ${r.module}`);
  assert.deepEqual(wrong, []);
  const stillPublic = rows.filter((r) => api.exported.includes(r.name)).map((r) => r.name);
  assert.deepEqual(stillPublic, [], 'a public name is not "moved"');
});
