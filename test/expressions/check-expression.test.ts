import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkExpression } from '../../src/expressions/check-expression.js';
import { AGGREGATE_FUNCTIONS, ROW_FUNCTIONS } from '../../src/expressions/allowed-ops.js';
import * as aq from 'arquero';

function ok(source: string, kind: 'row' | 'aggregate' = 'row') {
  const result = checkExpression(source, { kind });
  assert.ok(result.ok, `${source} should be allowed: ${result.ok ? '' : result.message}`);
  return result;
}

function refused(source: string, words: RegExp, kind: 'row' | 'aggregate' = 'row', vars?: string[]): void {
  const result = checkExpression(source, { kind, vars });
  assert.equal(result.ok, false, `${source} should be refused`);
  if (!result.ok) assert.match(result.message, words);
}

test('both forms: an arrow function and a bare body', () => {
  assert.deepEqual(ok('d => d.amount > 0').columns, ['amount']);
  assert.deepEqual(ok('d.amount > 0').columns, ['amount']);
  const withParams = ok('(d, $) => d.amount > $.min && d.status !== "void"');
  assert.deepEqual(withParams.columns, ['amount', 'status']);
  assert.deepEqual(withParams.vars, ['min']);
  assert.equal(ok('row => row.x').rowName, 'row');
});

test('columns with spaces, literals, arithmetic, ternaries, ?? and listed functions', () => {
  assert.deepEqual(ok("d['unit price'] * d.qty").columns, ['unit price', 'qty']);
  ok("d.x == null ? 'none' : op.upper(op.trim(d.x))");
  ok('-d.a + (+d.b) ** 2 % 3 / (1 - d.c)');
  ok('d.a ?? d.b ?? 0');
  ok('!(d.a >= 1 || d.b < 2)');
  ok('`plain text`');
  ok('op.round(d.x * 100) / 100');
  ok("op.replace(d.name, /\\s+/g, ' ')");
  ok('NaN !== d.x && d.y !== undefined && d.z < Infinity');
  assert.deepEqual(ok('op.year(op.parse_date(d.day))').functions, ['year', 'parse_date']);
});

test('aggregates: allowed in aggregate expressions, refused in row expressions', () => {
  assert.deepEqual(ok('op.sum(d.amount) / op.count()', 'aggregate').functions, ['sum', 'count']);
  ok('op.round(op.mean(d.x))', 'aggregate');
  refused('op.sum(d.x)', /aggregate function/);
  refused('d.x', /inside an aggregate function/, 'aggregate');
  refused('op.sum(op.mean(d.x))', /nested/, 'aggregate');
});

test('escape attempts are refused at check time', () => {
  refused('process.exit()', /op\.\* functions/);
  refused("d.constructor.constructor('return process')()", /op\.\* functions/);
  refused('d.constructor', /cannot be used/);
  refused("d['__proto__']", /cannot be used/);
  refused('globalThis', /not allowed/);
  refused("globalThis['process']", /member access/);
  refused("require('fs')", /op\.\* functions/);
  refused('this', /this/);
  refused('(() => 1)()', /op\.\* functions/);
  refused('d => (() => 1)', /functions inside/);
  refused('d.x = 1', /assignments/);
  refused('d.x++', /assignments/);
  refused('`${process.env.HOME}`', /template literals/);
  refused('new Function("return 1")', /new/);
  refused('op.constructor("x")', /not an allowed function/);
  refused("op['sum'](d.x)", /op\.\* functions/);
  refused('d.x.length', /member access/);
  refused('op', /op can only/);
  refused('d', /only be used as d\.column/);
  refused('[1, 2]', /array/);
  refused('({ a: 1 })', /object/);
  refused('d.a, d.b', /comma/);
  refused('typeof d.a', /typeof/);
  refused('d.a in d', /in is not allowed/);
  refused('d => { return d.a }', /block/);
  refused('(function (d) { return d.a })', /arrow function/);
  refused('async d => d.a', /arrow function/);
  refused('({a}) => a', /plain names/);
  refused('d.a; d.b', /exactly one expression/);
  refused('import("fs")', /import/);
  refused('d?.a', /optional chaining/);
  refused('op.random()', /not an allowed function/);
  refused('', /empty/);
  refused('d.x >', /syntax error/);
});

test('params must be declared when vars are given', () => {
  assert.equal(checkExpression('(d, $) => d.x > $.min', { kind: 'row', vars: ['min'] }).ok, true);
  refused('(d, $) => d.x > $.max', /\$\.max is not defined; defined vars: min/, 'row', ['min']);
});

test('every listed function exists in Arquero', () => {
  for (const name of [...ROW_FUNCTIONS, ...AGGREGATE_FUNCTIONS]) {
    assert.equal(typeof (aq.op as unknown as Record<string, unknown>)[name], 'function', `op.${name}`);
  }
});

test('property: checking never throws, whatever the text', async () => {
  const fc = await import('fast-check');
  const piece = fc.constantFrom('d', '.', 'x', '(', ')', '=>', '$', 'op', 'sum', '+', '[', ']', "'", '`', '${', '}', '{', ' ', '1', ',', 'this', 'new', '?', ':', '=');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom('row' as const, 'aggregate' as const), (parts, kind) => {
      const result = checkExpression(parts.join(''), { kind });
      return typeof result.ok === 'boolean' && (result.ok || typeof result.message === 'string');
    }),
    { seed: 3, numRuns: 1000 },
  );
});
