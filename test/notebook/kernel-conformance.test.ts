// Jupyter's own kernel test suite (jupyter_kernel_test, a client no one here
// wrote) against the project's tslab kernel, with the library imported by
// name. Patch 004 makes kernel_info_reply carry `status` and a cell's last
// value arrive as an execute_result; without it those tests fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { jupyterEnv } from '../../src/notebook/jupyter-env.mjs';

/** Every test the suite runs with our samples; none may be skipped. */
const EXPECTED = [
  'test_completion', 'test_display_data', 'test_error', 'test_execute_result', 'test_execute_result_counts',
  'test_execute_stderr', 'test_execute_stdout', 'test_inspect', 'test_is_complete', 'test_kernel_info', 'test_kernel_info_status',
];

test("jupyter_kernel_test passes against the tslab kernel (completion, inspect, is_complete, display_data, execute_result, errors, streams, kernel_info)", { timeout: 240_000 }, () => {
  const { root, python, env } = jupyterEnv();
  const run = spawnSync(python, ['-m', 'unittest', '-v', 'tslab_kernel_conformance'], {
    cwd: path.join(root, 'notebooks'),
    env: { ...env, PYTHONPATH: path.join(root, 'test', 'notebook') },
    encoding: 'utf8',
    timeout: 230_000,
  });
  const log = `${run.stdout}${run.stderr}`;
  assert.equal(run.status, 0, log);
  for (const name of EXPECTED) {
    assert.match(log, new RegExp(`^${name} \\(tslab_kernel_conformance\\.TslabKernelTests\\.${name}\\)(\\n.*)? \\.\\.\\. ok$`, 'm'), `${name} did not pass:\n${log}`);
  }
});
