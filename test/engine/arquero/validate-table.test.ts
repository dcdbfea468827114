import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as aq from 'arquero';
import { validateTable } from '../../../src/engine/arquero/validate-table.js';

const t = aq.table({ id: [1, 2, 2], email: ['a@x', null, 'c@x'], amount: [1, NaN, 3] });
const none = { notEmpty: false, noNulls: [], unique: [] };

test('not_empty passes on rows and fails on an empty table', () => {
  assert.deepEqual(validateTable(t, { ...none, notEmpty: true }), [{ rule: 'not_empty', passed: true }]);
  assert.deepEqual(validateTable(t.slice(0, 0), { ...none, notEmpty: true }), [{ rule: 'not_empty', passed: false, message: 'the table has no rows' }]);
});

test('no_nulls counts null, undefined and NaN', () => {
  const [id, email, amount] = validateTable(t, { ...none, noNulls: ['id', 'email', 'amount'] });
  assert.deepEqual(id, { rule: 'no_nulls:id', passed: true });
  assert.equal(email.passed, false);
  assert.match(email.message ?? '', /1 of 3 rows have no value in "email"/);
  assert.equal(amount.passed, false);
});

test('unique reports duplicates with an example', () => {
  const [id, email] = validateTable(t, { ...none, unique: ['id', 'email'] });
  assert.equal(id.passed, false);
  assert.match(id.message ?? '', /1 duplicate value\(s\) in "id", e\.g\. 2/);
  assert.equal(email.passed, true);
});

test('schema: required columns and types, with aliases', () => {
  const outcomes = validateTable(t, { ...none, schema: { requiredColumns: ['id', 'name'], types: { id: 'int', email: 'string', amount: 'text', missing: 'number' } } });
  assert.deepEqual(outcomes.map((o) => [o.rule, o.passed]), [
    ['schema.required:id', true], ['schema.required:name', false],
    ['schema.type:id', true], ['schema.type:email', true], ['schema.type:amount', false], ['schema.type:missing', false],
  ]);
  assert.match(outcomes[1].message ?? '', /column "name" is missing; columns: id, email, amount/);
  assert.match(outcomes[4].message ?? '', /"amount" is number, expected text/);
});

test('a rule on a missing column fails instead of throwing', () => {
  const [outcome] = validateTable(t, { ...none, noNulls: ['nope'] });
  assert.equal(outcome.passed, false);
  assert.match(outcome.message ?? '', /missing/);
});
