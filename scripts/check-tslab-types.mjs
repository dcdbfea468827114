#!/usr/bin/env node
// Type-checks src/ the way the notebook kernel does: tslab's own TypeScript
// (5.0) with tslab's fixed settings (not strict, ESNext modules, Node10
// resolution, declarations on). A problem here fails every notebook cell that
// imports the library, so `npm test` runs this next to `tsc --noEmit`.
//
//   node scripts/check-tslab-types.mjs [entry.ts ...]   (default: the library's entries, src/index.ts,
//   src/grading/index.ts, and the grading sandbox's child, which nothing imports)
import path from 'node:path';
import { createRequire } from 'node:module';
import { projectRoot as root } from '../src/notebook/jupyter-env.mjs';

const require = createRequire(path.join(root, 'package.json'));
const ts = require('@tslab/typescript-for-tslab');

/** The compiler options of tslab 1.0.22's converter (dist/converter.js), without emit. */
const options = {
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Node10,
  esModuleInterop: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2022.d.ts'],
  declaration: true,
  noEmit: true,
  experimentalDecorators: true,
  resolveJsonModule: true,
  jsx: ts.JsxEmit.React,
  skipLibCheck: true,
};

const entries = process.argv.slice(2).map((file) => path.resolve(file));
const defaults = ['src/index.ts', 'src/grading/index.ts', 'src/grading/sandbox/sandbox-main.ts'].map((file) => path.join(root, file));
const program = ts.createProgram(entries.length > 0 ? entries : defaults, options);
const problems = ts.getPreEmitDiagnostics(program).filter((d) => !d.file || !/[\\/]node_modules[\\/]/.test(d.file.fileName));
for (const d of problems) {
  const text = ts.flattenDiagnosticMessageText(d.messageText, '\n    ');
  if (!d.file) {
    console.error(`tslab-types: ${text}`);
    continue;
  }
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
  console.error(`${path.relative(root, d.file.fileName)}:${line + 1}:${character + 1} - TS${d.code}: ${text}`);
}
const checked = program.getSourceFiles().filter((f) => !/[\\/]node_modules[\\/]/.test(f.fileName)).length;
console.log(`tslab-types: ${checked} files checked with TypeScript ${ts.version}, ${problems.length} problem(s)`);
process.exit(problems.length > 0 ? 1 : 0);
