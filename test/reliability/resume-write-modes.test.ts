// Resume gives every reused node the table it produced in the run being resumed, whatever its write
// mode: a run that failed and was resumed leaves the same outputs as one fresh run, and writes no
// row twice. A node that appends runs again without writing (its target holds every row ever
// appended, not its own); the others are read back from their target.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadProject } from '../../src/config/load-project.js';
import { WRITE_MODES, type WriteMode } from '../../src/config/types.js';
import { Pipeline } from '../../src/pipeline/pipeline.js';
import { runCliCaptured } from '../helpers/run-cli-captured.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'odibi-resume-modes-'));
after(() => rmSync(tmp, { recursive: true, force: true }));
let folders = 0;

/**
 * The shape: `a` writes a.csv in `mode` (from `x` when `deep`), `b` is its sibling, `e`
 * joins a with b. out/a.csv holds two earlier rows when the mode allows one to exist.
 */
function projectFolder(mode: WriteMode, deep = false): string {
  const dir = path.join(tmp, `p${++folders}`);
  mkdirSync(path.join(dir, 'data/out'), { recursive: true });
  writeFileSync(path.join(dir, 'data/src.csv'), 'id,v\n1,a\n2,b\n');
  if (mode !== 'error_if_exists') writeFileSync(path.join(dir, 'data/out/a.csv'), 'id,v\n8,old\n9,old\n');
  const a = deep
    ? `      - { name: x, read: { connection: data, path: src.csv }, write: { connection: data, path: out/x.csv } }
      - name: a
        depends_on: [x]
        transform: { steps: [ { operation: derive, params: { columns: { v: "d => d.v + '!'" } } } ] }
        write: { connection: data, path: out/a.csv, mode: ${mode} }`
    : `      - { name: a, read: { connection: data, path: src.csv }, write: { connection: data, path: out/a.csv, mode: ${mode} } }`;
  writeFileSync(path.join(dir, 'project.yaml'), `project: resume
connections: { data: { type: local, base_path: data } }
story: { auto_generate: false }
pipelines:
  - pipeline: main
    nodes:
${a}
      - { name: b, read: { connection: data, path: src.csv } }
      - name: e
        depends_on: [a, b]
        transform: { steps: [ { operation: join, params: { with: b, on: [id], how: left } } ] }
        write: { connection: data, path: out/e.csv }
`);
  return dir;
}

/** Every output file of a project folder, by name. */
function outputs(dir: string): Record<string, string> {
  const out = path.join(dir, 'data/out');
  return Object.fromEntries(readdirSync(out).sort().map((f) => [f, readFileSync(path.join(out, f), 'utf8')]));
}

/** A fresh run, and a run failing at `fail` then resumed (once per extra failure, then clean): the same outputs? */
async function freshAndResumed(mode: WriteMode, options: { deep?: boolean; failures?: string[][] } = {}) {
  const fresh = projectFolder(mode, options.deep);
  const resumed = path.join(tmp, `p${++folders}`);
  cpSync(fresh, resumed, { recursive: true });
  assert.equal((await runCliCaptured(['run', 'project.yaml'], fresh)).code, 0);
  const results = '.odibi/last-run/results.json';
  const failures = options.failures ?? [['b']];
  const first = await runCliCaptured(['run', 'project.yaml', ...failures[0]!.flatMap((n) => ['--fail', n])], resumed);
  assert.equal(first.code, 1, first.stdout);
  for (const fail of failures.slice(1)) {
    const again = await runCliCaptured(['run', 'project.yaml', '--resume', results, ...fail.flatMap((n) => ['--fail', n])], resumed);
    assert.equal(again.code, 1, again.stdout);
  }
  const last = await runCliCaptured(['run', 'project.yaml', '--resume', results], resumed);
  assert.equal(last.code, 0, last.stdout + last.stderr);
  return { fresh: outputs(fresh), resumed: outputs(resumed), stdout: last.stdout, record: JSON.parse(readFileSync(path.join(resumed, results), 'utf8')) };
}

for (const mode of WRITE_MODES) {
  test(`resume after a failed sibling leaves what a fresh run leaves, when the reused node writes with mode ${mode}`, async () => {
    const { fresh, resumed, record } = await freshAndResumed(mode);
    assert.deepEqual(resumed, fresh);
    assert.equal(fresh['e.csv'], 'id,v_1,v_2\n1,a,a\n2,b,b\n', 'e joins the 2 rows a produced');
    const a = record.main.nodeResults.find((n: { name: string }) => n.name === 'a');
    if (mode === 'append') {
      assert.equal(fresh['a.csv'], 'id,v\n8,old\n9,old\n1,a\n2,b\n', 'each row appended once');
      assert.match(a.rerunReason, /appended by the run being resumed; its table is made again, not written twice/);
    } else {
      assert.equal(a.reused, true);
    }
  });

  test(`resume of a resume, with mode ${mode}: every output as after one fresh run`, async () => {
    const { fresh, resumed } = await freshAndResumed(mode, { failures: [['b'], ['e']] });
    assert.deepEqual(resumed, fresh);
  });

  test(`resume when the reused node is fed by another reused node, with mode ${mode}`, async () => {
    const { fresh, resumed } = await freshAndResumed(mode, { deep: true });
    assert.deepEqual(resumed, fresh);
    assert.equal(fresh['e.csv'], 'id,v_1,v_2\n1,a!,a\n2,b!,b\n');
  });
}

test('through the library: a new Pipeline resumed from the failed results appends once and feeds e the 2 rows a produced', async () => {
  const dir = projectFolder('append');
  const project = loadProject(path.join(dir, 'project.yaml'));
  const failed = await new Pipeline(project.pipelines[0]!, { project }).run({ inject: { b: 'fail' } });
  assert.equal(failed.status, 'partial');
  const resumed = await new Pipeline(project.pipelines[0]!, { project }).run({ resume: failed, keep: true });
  assert.equal(resumed.status, 'success');
  assert.equal(resumed.node('e').rowsOut, 2);
  assert.equal(readFileSync(path.join(dir, 'data/out/a.csv'), 'utf8'), 'id,v\n8,old\n9,old\n1,a\n2,b\n');
});
