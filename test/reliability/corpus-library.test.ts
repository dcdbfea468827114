// Every bad input of the corpus is rejected through the library with a stable code, a location
// (file line, or the node) and a hint, at the expected stage, and never with an unexpected exception.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { corpusCopy, firstRejection, REJECT } from '../helpers/corpus.js';

const copy = corpusCopy();
after(() => copy.remove());

test('the corpus holds at least 40 inputs that must be rejected, each with a code and key words', () => {
  assert.ok(REJECT.length >= 40, `${REJECT.length} cases`);
  assert.equal(new Set(REJECT.map((c) => c.case)).size, REJECT.length, 'case names are unique');
  for (const c of REJECT) assert.ok(c.code && c.words.length > 0, c.case);
});

for (const c of REJECT) {
  test(`rejects ${c.case}: ${c.stage} stage, ${c.code}`, async () => {
    const rejection = await firstRejection(path.join(copy.root, c.file));
    assert.ok(rejection, `${c.case} was accepted`);
    const seen = rejection.problems.map((p) => `${p.code} ${p.message}`).join('\n');
    assert.equal(rejection.stage, c.stage, `${c.case} was caught at ${rejection.stage}:\n${seen}`);
    const candidates = rejection.problems.filter((p) => p.code === c.code);
    const problem = candidates.find((p) => c.words.every((w) => `${p.message} ${p.hint}`.includes(w))) ?? candidates[0];
    assert.ok(problem, `${c.case}: no ${c.code} among\n${seen}`);
    const text = `${problem.message} ${problem.hint ?? ''}`;
    for (const word of c.words) assert.ok(text.includes(word), `${c.case}: "${word}" missing from: ${text}`);
    assert.ok(problem.hint && problem.hint.length > 3, `${c.case} has a hint`);
    assert.ok(problem.line !== undefined || problem.node !== undefined || problem.file !== undefined || /node "|connection "/.test(problem.message), `${c.case} says where`);
    if (c.line !== undefined) assert.equal(problem.line, c.line, `${c.case}: line`);
  });
}
