#!/usr/bin/env node
// `npm test` after set-up: type checks, unit tests, every notebook executed
// headlessly, every generated file checked against its source, and the
// real-browser check. Exits non-zero on any failure and ends with one plain
// summary line.
//
//   node scripts/test.mjs [--only typecheck,unit,notebooks,generate,browser]
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { projectRoot as root } from '../src/notebook/jupyter-env.mjs';
import { findFiles } from './lib/find-files.mjs';
import { findNotebooks } from './lib/find-notebooks.mjs';
import { runCommand } from './lib/run-command.mjs';
import { runNotebooks } from './lib/run-notebooks.mjs';

const STEPS = ['typecheck', 'unit', 'notebooks', 'generate', 'browser'];
// Per run, so that two runs in one checkout do not overwrite each other's files.
const RESULTS_DIR = path.join(root, '.odibi', 'test-results', String(process.pid));
const node = process.execPath;

function parseOnly(argv) {
  const at = argv.indexOf('--only');
  if (at === -1) return STEPS;
  const chosen = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = chosen.filter((s) => !STEPS.includes(s));
  if (chosen.length === 0 || unknown.length > 0) {
    console.error(`test: --only takes a comma list of ${STEPS.join(', ')}${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
    process.exit(2);
  }
  return chosen;
}

function heading(title) {
  console.log(`\n=== ${title} ===`);
}

/** The counts of a TAP file's closing lines (`# pass N`, `# fail N`), printed as they are. */
function tapSummary(file) {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const closing = text.split('\n').filter((line) => /^# (tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /.test(line));
  console.log(closing.join('\n'));
  const count = (name) => Number(closing.find((l) => l.startsWith(`# ${name} `))?.split(' ')[2] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled') };
}

async function nodeTests(name, files) {
  if (files.length === 0) {
    console.log(`no ${name} test files found`);
    return { passed: 0, failed: 1 };
  }
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  const tap = path.join(RESULTS_DIR, `${name}.tap`);
  fs.rmSync(tap, { force: true });
  const code = await runCommand([node, '--import', 'tsx', '--test', '--test-concurrency=2',
    '--test-reporter=spec', '--test-reporter-destination=stdout', '--test-reporter=tap', `--test-reporter-destination=${tap}`, ...files], { cwd: root });
  const counts = tapSummary(tap);
  return code === 0 || counts.failed > 0 ? counts : { passed: counts.passed, failed: counts.failed + 1 };
}

const steps = {
  async typecheck() {
    const codes = await Promise.all([
      runCommand([node, path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'tsconfig.json'], { cwd: root }),
      runCommand([node, path.join(root, 'scripts', 'check-tslab-types.mjs')], { cwd: root }),
    ]);
    console.log(`tsc --noEmit: ${codes[0] === 0 ? 'ok' : 'FAILED'}; kernel's TypeScript 5.0: ${codes[1] === 0 ? 'ok' : 'FAILED'}`);
    return { passed: codes.filter((c) => c === 0).length, failed: codes.filter((c) => c !== 0).length };
  },
  unit: () => nodeTests('unit', findFiles(root, ['test'], '.test.ts', { exclude: ['test/browser', 'test/fixtures'] })),
  async notebooks() {
    const notebooks = findNotebooks(root);
    console.log(`${notebooks.length} notebooks: ${notebooks.join(', ')}`);
    const results = await runNotebooks(root, notebooks, { parallel: 2, workDir: path.join(RESULTS_DIR, 'notebooks') });
    return { passed: results.filter((r) => r.ok).length, failed: results.filter((r) => !r.ok).length };
  },
  async generate() {
    // The notebook step leaves its executed copies here; without them the check runs the notebooks itself.
    const executed = path.join(RESULTS_DIR, 'notebooks');
    const args = [node, '--import', 'tsx', path.join(root, 'scripts', 'generate.ts'), '--check', ...(fs.existsSync(executed) ? ['--executed', executed] : [])];
    const code = await runCommand(args, { cwd: root });
    return { passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1 };
  },
  browser: () => nodeTests('browser', findFiles(root, ['test/browser'], '.test.ts')),
};

/** Drops the folders of earlier runs whose process is gone. */
function removeStaleRuns() {
  const parent = path.dirname(RESULTS_DIR);
  if (!fs.existsSync(parent)) return;
  for (const name of fs.readdirSync(parent)) {
    if (!/^\d+$/.test(name) || name === String(process.pid)) continue;
    try {
      process.kill(Number(name), 0);
    } catch {
      fs.rmSync(path.join(parent, name), { recursive: true, force: true });
    }
  }
}

removeStaleRuns();
const started = performance.now();
const totals = {};
for (const step of parseOnly(process.argv.slice(2))) {
  heading(step);
  totals[step] = await steps[step]();
}
heading('summary');
for (const [step, { passed, failed }] of Object.entries(totals)) console.log(`${step.padEnd(10)} ${passed} passed, ${failed} failed`);
const passed = Object.values(totals).reduce((sum, t) => sum + t.passed, 0);
const failed = Object.values(totals).reduce((sum, t) => sum + t.failed, 0);
console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
