import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { checkOperationStep, formatParamPath } from '../../src/operations/check-step.js';
import { operationNames, OPERATIONS } from '../../src/operations/operations.js';
import { parseOperationStep } from '../../src/operations/parse-operation-step.js';
import { OdibiError } from '../../src/errors.js';

test('an unknown operation is CONFIG_UNKNOWN_OPERATION with did-you-mean', () => {
  const [problem, ...rest] = checkOperationStep('filtr', { expr: 'd.x' });
  assert.equal(rest.length, 0);
  assert.equal(problem.code, 'CONFIG_UNKNOWN_OPERATION');
  assert.deepEqual(problem.path, ['operation']);
  assert.match(problem.message, /filtr/);
  assert.match(problem.hint ?? '', /did you mean "filter"/);
});

test('names that exist on every object are not operations', () => {
  assert.equal(checkOperationStep('constructor', {})[0].code, 'CONFIG_UNKNOWN_OPERATION');
  assert.equal(checkOperationStep('toString', {})[0].code, 'CONFIG_UNKNOWN_OPERATION');
});

test('a missing param names it, relative to the step', () => {
  const [problem] = checkOperationStep('filter', {});
  assert.equal(problem.code, 'CONFIG_BAD_PARAMS');
  assert.deepEqual(problem.path, ['params', 'expr']);
  assert.match(problem.message, /operation "filter": params\.expr is required/);
});

test('an unknown param suggests the right one', () => {
  const problems = checkOperationStep('filter', { expr: 'd.x > 1', exp: 'd.x' });
  assert.equal(problems.length, 1);
  assert.deepEqual(problems[0].path, ['params', 'exp']);
  assert.match(problems[0].message, /unknown param "exp"/);
  assert.match(problems[0].hint ?? '', /did you mean "expr"/);
});

test('every problem is collected, with paths into lists', () => {
  const problems = checkOperationStep('orderby', { by: ['a', 3, { column: 'b', desc: 'yes' }] });
  assert.deepEqual(problems.map((p) => formatParamPath(p.path)), ['params.by[1]', 'params.by[2]']);
});

test('a refused expression is CONFIG_BAD_EXPRESSION at its path, with the reason', () => {
  const problems = checkOperationStep('derive', { columns: { ok: 'd.a + 1', bad: "d.constructor.constructor('return process')()" } });
  assert.equal(problems.length, 1);
  assert.equal(problems[0].code, 'CONFIG_BAD_EXPRESSION');
  assert.deepEqual(problems[0].path, ['params', 'columns', 'bad']);
  assert.match(problems[0].message, /not allowed: only the listed op\.\* functions/);
});

test('expression escape attempts are refused when the project loads', () => {
  for (const expr of ['process.exit()', "d.constructor.constructor('return process')()", 'globalThis', "require('fs')", 'this', '(() => 1)()']) {
    const problems = checkOperationStep('filter', { expr });
    assert.equal(problems.length, 1, expr);
    assert.equal(problems[0].code, 'CONFIG_BAD_EXPRESSION', expr);
  }
});

test('aggregate params need aggregate expressions; vars must be declared', () => {
  assert.equal(checkOperationStep('aggregate', { aggregates: { n: 'd.x' } })[0].code, 'CONFIG_BAD_EXPRESSION');
  assert.deepEqual(checkOperationStep('aggregate', { group_by: ['r'], aggregates: { n: 'op.count()' } }), []);
  assert.equal(checkOperationStep('filter', { expr: '(d, $) => d.x > $.mn', vars: { min: 1 } })[0].code, 'CONFIG_BAD_EXPRESSION');
});

test("every operation's YAML example is a valid step", () => {
  for (const name of operationNames()) {
    const [step] = parse(OPERATIONS[name].example) as { operation: string; params: unknown }[];
    assert.equal(step.operation, name);
    assert.deepEqual(checkOperationStep(step.operation, step.params), [], name);
    for (const param of Object.keys(step.params as object)) assert.ok(param in OPERATIONS[name].paramDocs, `${name}.${param} is documented`);
  }
});

test('parseOperationStep throws the first problem as an OdibiError and lists the rest', () => {
  assert.throws(() => parseOperationStep('select', { columns: [], extra: 1 }), (e: unknown) => {
    assert.ok(e instanceof OdibiError);
    assert.equal(e.code, 'CONFIG_BAD_PARAMS');
    assert.match(e.message, /also:/);
    return true;
  });
  assert.deepEqual(parseOperationStep('limit', { n: 2 }).params, { n: 2 });
});

test('a bad-params hint lists the params on one line and points at the reference', () => {
  const [problem] = checkOperationStep('join', { with: 'x' });
  assert.equal(problem.hint, 'params of join: with, on, how, suffix; see its example in docs/operations.md#join');
});
