// `npm run bench -- --only X --update` re-runs X and keeps every other section
// of RESULTS.md, read from the RESULTS.json committed beside it (a fresh
// clone has no other record of them).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchReport } from '../../bench/lib/report.js';

const root = process.cwd();
const dir = join(root, '.odibi', 'tmp', `bench-update-${process.pid}`);

function kept(id: string, title: string): BenchReport {
  return { id, title, method: `kept method of ${id}`, tables: [{ headers: ['a'], rows: [['1']] }], targets: [{ name: `${id} target`, measured: '1 s', met: true }], notes: [`kept note of ${id}`], ranAt: '2026-01-01T00:00:00.000Z', load: 0.5 };
}

test('a partial --update re-runs one benchmark and keeps the other sections from RESULTS.json', { timeout: 180_000 }, () => {
  // A folder named bench/, as in the repository: the reports must come from RESULTS.json beside it, not from an ignored file.
  const bench = join(dir, 'bench');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(bench, { recursive: true });
  const out = join(bench, 'RESULTS.md');
  const previous = [kept('graph', '1. Graph (kept)'), kept('scheduling', '3. Scheduling (old)'), kept('memory', '5. Memory (kept)')];
  writeFileSync(join(bench, 'RESULTS.json'), JSON.stringify(previous));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--only', 'scheduling', '--size', 'tiny', '--update', '--out', out], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const markdown = readFileSync(out, 'utf8');
  for (const title of ['1. Graph (kept)', '5. Memory (kept)']) assert.match(markdown, new RegExp(`## ${title.replace(/[().]/g, '\\$&')}`));
  assert.match(markdown, /kept note of graph/);
  assert.doesNotMatch(markdown, /3\. Scheduling \(old\)/, 'the re-run section replaces the old one');
  const reports = JSON.parse(readFileSync(join(bench, 'RESULTS.json'), 'utf8')) as BenchReport[];
  assert.deepEqual(reports.map((r) => r.id).sort(), ['graph', 'memory', 'scheduling']);
  assert.notEqual(reports.find((r) => r.id === 'scheduling')?.title, '3. Scheduling (old)');
  rmSync(dir, { recursive: true, force: true });
});

test('without RESULTS.json, --update keeps the other sections of RESULTS.md itself, marked as not run in this update', { timeout: 180_000 }, () => {
  const bench = join(dir, 'bench-md');
  rmSync(bench, { recursive: true, force: true });
  mkdirSync(bench, { recursive: true });
  const out = join(bench, 'RESULTS.md');
  const summary = '| Benchmark | Target | Measured | Status |\n|---|---|---|---|\n| 1. Graph | fast | 8x | met |\n| 3. Scheduling | old target | 2x | **not met** |\n| 5. Memory | small | 2.8 tables | met |';
  const section = (title: string, text: string) => `## ${title}\n\n${text}\n\n| a |\n|---|\n| 1 |`;
  writeFileSync(out, ['# Benchmarks', 'Generated long ago.', '## Machine', '- CPU: old', '## Targets', summary, section('1. Graph', 'graph text kept'), section('3. Scheduling', 'old scheduling text'), section('5. Memory', 'memory text kept')].join('\n\n') + '\n');
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'bench/run.ts', '--only', 'scheduling', '--size', 'tiny', '--update', '--out', out], { cwd: root, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const markdown = readFileSync(out, 'utf8');
  assert.match(markdown, /## 1\. Graph\n\n_Not run in this update[^\n]*\n\ngraph text kept/);
  assert.match(markdown, /## 5\. Memory\n\n_Not run in this update[^\n]*\n\nmemory text kept/);
  assert.doesNotMatch(markdown, /old scheduling text|old target/, 'the re-run section and its targets replace the old ones');
  assert.match(markdown, /\| 1\. Graph +\| fast +\| 8x +\| met/, 'kept targets stay in the summary');
  assert.ok(markdown.indexOf('## 1. Graph') < markdown.indexOf('## 3. Scheduling') && markdown.indexOf('## 3. Scheduling') < markdown.indexOf('## 5. Memory'), 'sections in their order');
  const reports = JSON.parse(readFileSync(join(bench, 'RESULTS.json'), 'utf8')) as BenchReport[];
  assert.deepEqual(reports.map((r) => r.title).sort(), ['1. Graph', '3. Scheduling', '5. Memory']);
  rmSync(bench, { recursive: true, force: true });
});
