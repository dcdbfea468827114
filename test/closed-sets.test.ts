import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BACKOFFS, EXECUTOR_TYPES, FORMATS, ON_ERROR, STAGING_FORMATS, STEP_KINDS, STORY_FORMATS, STRATEGIES, WRITE_MODES } from '../src/config/types.js';
import { NODE_STATUSES, PIPELINE_STATUSES, SKIP_REASONS } from '../src/results/results-schema.js';
import { findSpellings, type ClosedSet } from './helpers/closed-set-spellings.js';

const src = fileURLToPath(new URL('../src/', import.meta.url));
const config = join(src, 'config', 'types.ts');
const results = join(src, 'results', 'results-schema.ts');
const SETS: ClosedSet[] = [
  { name: 'strategies', names: STRATEGIES, file: config },
  { name: 'formats', names: FORMATS, file: config },
  { name: 'write modes', names: WRITE_MODES, file: config },
  { name: 'on_error', names: ON_ERROR, file: config },
  { name: 'backoff kinds', names: BACKOFFS, file: config },
  { name: 'story formats', names: STORY_FORMATS, file: config },
  { name: 'executor types', names: EXECUTOR_TYPES, file: config },
  // 'parquet' and 'arrow' are file formats too (FORMATS): their spellings are checked there.
  { name: 'staging formats', names: STAGING_FORMATS, file: config, checked: false },
  { name: 'node statuses', names: NODE_STATUSES, file: results },
  { name: 'pipeline statuses', names: PIPELINE_STATUSES, file: results },
  // Written once too, but their words are also a step's YAML keys, field names
  // and example data ('sql', 'operation', 'cancelled'): not told apart here.
  { name: 'step kinds', names: STEP_KINDS, file: config, checked: false },
  { name: 'skip reasons', names: SKIP_REASONS, file: results, checked: false },
];

/** The exercises' hidden checks hold course data as learners write it (and move next to their exercises). */
const COURSE_DATA = join(src, 'grading', 'hidden');

function tsFiles(dir: string): string[] {
  if (dir === COURSE_DATA) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [join(dir, e.name)] : []);
}

test('each closed set is spelled once in src/: elsewhere only single names the type checker checks', () => {
  const found = findSpellings(tsFiles(src), SETS);
  assert.deepEqual(found.map((s) => `${s.file.slice(src.length)}:${s.line} ${s.set} "${s.text}": ${s.why}`), []);
});

test('the check finds a copied list and a name checked against no closed type (it can fail)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'odibi-sets-'));
  try {
    const file = join(dir, 'spelled.ts');
    writeFileSync(file, [
      "type Strategy = 'dynamic' | 'layers' | 'sequential';",
      "export const again: Strategy[] = ['dynamic', 'layers'];",
      "export const loose: string = 'sequential';",
      "export const typed: Strategy = 'sequential';",
      "export const compared = (s: Strategy, t: string) => [s === 'layers', t === 'layers'];",
      '',
    ].join('\n'));
    const found = findSpellings([file], [{ name: 'strategies', names: STRATEGIES, file: join(dir, 'elsewhere.ts') }]);
    assert.deepEqual(found.map((s) => `${s.line} ${s.text} ${s.why}`), [
      '1 dynamic copy of the list', '1 layers copy of the list', '1 sequential copy of the list',
      '2 dynamic copy of the list', '2 layers copy of the list',
      '3 sequential not checked against the set',
      '5 layers not checked against the set',
    ]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
