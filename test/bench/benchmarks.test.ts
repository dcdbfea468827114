import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { BENCHMARKS } from '../../bench/benchmarks.js';
import type { BenchReport } from '../../bench/lib/report.js';

const dataDir = join(process.cwd(), '.odibi', 'tmp', 'bench-tiny');

function checkReport(id: string, report: BenchReport): void {
  assert.equal(report.id, id);
  assert.ok(report.title.length > 0);
  assert.ok(!report.notes.some((n) => n.startsWith('The benchmark failed')), report.notes.join('\n'));
  assert.ok(report.targets.length > 0, 'every benchmark states its targets');
  for (const table of report.tables) for (const row of table.rows) assert.equal(row.length, table.headers.length);
}

for (const [id, benchmark] of Object.entries(BENCHMARKS)) {
  test(`benchmark ${id} runs once at the tiny size`, { timeout: 120_000 }, async () => {
    mkdirSync(dataDir, { recursive: true });
    const report = await benchmark({ size: 'tiny', dataDir, log: () => {} });
    checkReport(id, report);
  });
}
