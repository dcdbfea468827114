// Every bad input of the corpus through the CLI: `odibi validate` catches the file problems with
// file:line:column, `odibi run` the rest; exit 1 (not 2, an unexpected error), the stable code and
// the key words, never a stack trace. A few cases also through a spawned bin/odibi.js.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { corpusCopy, REJECT } from '../helpers/corpus.js';
import { hasStackTrace, runCliCaptured } from '../helpers/run-cli-captured.js';

const copy = corpusCopy();
after(() => copy.remove());
const BIN = path.resolve(import.meta.dirname, '../../bin/odibi.js');

for (const c of REJECT) {
  test(`odibi rejects ${c.case} with ${c.code}`, async () => {
    const file = path.join('reject', path.basename(c.file));
    const validate = await runCliCaptured(['validate', file], copy.root);
    const caughtByValidate = c.stage === 'load';
    const out = caughtByValidate ? validate : await runCliCaptured(['run', file], copy.root);
    const text = out.stdout + out.stderr;
    if (!caughtByValidate) assert.equal(validate.code, 0, `validate accepts ${c.case}: ${validate.stdout}${validate.stderr}`);
    assert.equal(out.code, 1, `exit 1 for ${c.case}, got ${out.code}:\n${text}`);
    assert.ok(!hasStackTrace(text), `no stack trace:\n${text}`);
    assert.ok(!text.includes('unexpected error'), text);
    const code = caughtByValidate ? c.code : (c.runCode ?? c.code);
    assert.ok(text.includes(code), `${code} missing:\n${text}`);
    for (const word of caughtByValidate ? c.words : (c.runWords ?? c.words)) assert.ok(text.includes(word), `"${word}" missing:\n${text}`);
    if (caughtByValidate && c.line !== undefined) assert.ok(text.includes(`${path.basename(c.file)}:${c.line}:`), `file:line in:\n${text}`);
  });
}

test('the spawned odibi command rejects bad files with exit 1, the code and no stack trace', () => {
  for (const [args, code] of [
    [['validate', 'reject/yaml-unclosed-quote.yaml'], 'CONFIG_YAML_SYNTAX'],
    [['validate', 'reject/long-cycle.yaml'], 'GRAPH_CYCLE'],
    [['validate', 'reject/latin1-project.yaml'], 'CONFIG_FILE_UNREADABLE'],
    [['run', 'reject/ragged-csv.yaml'], 'ENGINE_BAD_DATA'],
    [['run', 'reject/does-not-exist.yaml'], 'CONFIG_FILE_NOT_FOUND'],
  ] as const) {
    const child = spawnSync(process.execPath, [BIN, ...args], { cwd: copy.root, encoding: 'utf8', timeout: 60_000 });
    const text = child.stdout + child.stderr;
    assert.equal(child.status, 1, `${args.join(' ')}: exit ${child.status}\n${text}`);
    assert.ok(text.includes(code), `${args.join(' ')}: ${code} missing\n${text}`);
    assert.ok(!hasStackTrace(text), `${args.join(' ')}: stack trace\n${text}`);
  }
});
