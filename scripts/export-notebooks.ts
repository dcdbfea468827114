// `npm run export`: every notebook under notebooks/, exercises/ and
// solutions/, executed with the project's kernel and written as HTML to
// out/html/ (ignored by git), charts intact (see scripts/nbconvert/).
//
//   tsx scripts/export-notebooks.ts [--no-execute] [--out DIR] [notebook ...]
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { jupyterEnv } from '../src/notebook/jupyter-env.mjs';
import { findNotebooks } from './lib/find-notebooks.mjs';

const TIMEOUT_SECONDS = 300;

interface ExportContext {
  root: string;
  python: string;
  env: Record<string, string>;
  outRoot: string;
}

function exportOne(rel: string, execute: boolean, context: ExportContext): boolean {
  const outDir = path.join(context.outRoot, path.dirname(rel));
  const args = [
    '-m', 'nbconvert', '--to', 'html',
    `--TemplateExporter.extra_template_basedirs=${path.join(context.root, 'scripts', 'nbconvert')}`,
    '--template', 'odibi-html',
    '--output-dir', outDir,
    ...(execute ? ['--execute', '--allow-errors', '--ExecutePreprocessor.kernel_name=tslab', `--ExecutePreprocessor.timeout=${TIMEOUT_SECONDS}`] : []),
    path.join(context.root, rel),
  ];
  const run = spawnSync(context.python, args, { env: context.env, encoding: 'utf8', cwd: path.dirname(path.join(context.root, rel)) });
  if (run.status === 0) {
    console.log(`  ${rel} -> ${path.join(outDir, path.basename(rel, '.ipynb') + '.html')}`);
    return true;
  }
  const reason = (run.stderr || run.error?.message || `exit code ${run.status}`).trim().split('\n').slice(-6).join('\n    ');
  console.error(`  ${rel} FAILED\n    ${reason}`);
  return false;
}

function main(argv: string[]): number {
  const execute = !argv.includes('--no-execute');
  const outAt = argv.indexOf('--out');
  const env = jupyterEnv();
  const context: ExportContext = { ...env, outRoot: outAt >= 0 ? path.resolve(argv[outAt + 1] ?? 'out/html') : path.join(env.root, 'out', 'html') };
  const args = argv.filter((a, i) => !a.startsWith('--') && !(outAt >= 0 && i === outAt + 1));
  const chosen = args.map((a) => path.relative(context.root, path.resolve(a)));
  const notebooks = chosen.length ? chosen : findNotebooks(context.root);
  if (notebooks.length === 0) {
    console.error('export: no notebooks found under notebooks/, exercises/ or solutions/');
    return 1;
  }
  console.log(`export: ${notebooks.length} notebook(s)${execute ? ', executed' : ''}, to ${context.outRoot}`);
  const failed = notebooks.filter((nb) => !exportOne(nb, execute, context));
  console.log(failed.length ? `export: ${failed.length} of ${notebooks.length} failed` : `export: ${notebooks.length} written to ${context.outRoot}`);
  return failed.length ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
