// The operation steps the equivalence test runs on both engines: every operation with
// several param variants, missing values in most columns, joins with unmatched keys on
// both sides for every join kind. `arquero: true` marks the few steps expected to fall
// back to Arquero on the duckdb engine (outside the translated part of the expressions).
import * as aq from 'arquero';
import type { ColumnTable } from 'arquero';
import type { StepConfig } from '../../../src/config/types.js';

export const orders = aq.table({
  order_id: [1, 2, 3, 4, 4, 5, 6],
  customer_id: [10, 20, 10, 30, 30, null, 20],
  amount: [5.5, 50, 20.25, null, null, 7, -2.5],
  quarter: ['q1', 'q2', 'q1', 'q2', 'q2', 'q1', null],
  paid: [true, false, true, null, null, true, false],
});
export const tables: Record<string, ColumnTable> = {
  customers: aq.table({ customer_id: [10, 20, 40], region: ['north', 'south', 'east'], amount: [1, 2, 3] }),
  people: aq.table({ id: [20, 10, 10, 50], name: ['Bea', 'Al', 'Alf', 'Eve'] }),
  more: aq.table({ quarter: ['q3', 'q1'], paid: [true, true], order_id: [9, 1], customer_id: [40, 10], amount: [1.25, 5.5] }),
  again: aq.table({ order_id: [2], customer_id: [20], amount: [50], quarter: ['q2'], paid: [false] }),
  periods: aq.table({ customer_id: [10, 20, 10], quarter: ['q1', 'q2', 'q9'], amount: [5, 6, 7] }),
};
const few = aq.table({ customer_id: [10, 20, 99], note: ['x', 'y', 'z'] });
const wide = aq.table({ id: [1, 2, 3], q1: [3, 4, null], q2: [5, null, 8], note: ['a', null, 'c'] });

export interface EquivalenceCase {
  label: string;
  step: StepConfig;
  input?: ColumnTable;
  /** Runs on Arquero under the duckdb engine too. */
  arquero?: boolean;
}

const op = (operation: string, params: Record<string, unknown>) => ({ kind: 'operation', operation, params }) as StepConfig;
const c = (label: string, operation: string, params: Record<string, unknown>, extra: Partial<EquivalenceCase> = {}): EquivalenceCase => ({ label: `${operation}: ${label}`, step: op(operation, params), ...extra });

export const CASES: EquivalenceCase[] = [
  c('a comparison', 'filter', { expr: 'd => d.amount > 6' }),
  c('a missing amount counts as 0 in <', 'filter', { expr: 'd => d.amount < 6' }),
  c('nulls, a param, a ternary, op.lower', 'filter', { expr: "(d, $) => d.customer_id !== null && (d.amount === null || d.amount >= $.min) && (op.lower(d.quarter) === 'q1' ? true : d.order_id < 4)", vars: { min: 7 } }),
  c('a boolean column, !, ||', 'filter', { expr: 'd => !d.paid || d.order_id === 1' }),
  c('startswith, includes, == null', 'filter', { expr: "d => op.startswith(d.quarter, 'q1') || op.includes(d.quarter, '2') || d.quarter == null" }),
  c('a number as a truth value, ??', 'filter', { expr: 'd => (d.amount ?? 0) && d.order_id % 2' }),
  c('text joined with +', 'filter', { expr: "(d, $) => d.quarter + '-' + $.year === 'q1-2024' || d.quarter + '' === 'null'", vars: { year: '2024' } }),
  c('arithmetic with missing values (null as 0)', 'derive', { columns: { double: 'd => d.amount * 2', big: 'd => d.amount > 10', neg: 'd => -d.amount + 1', pow: 'd => d.amount ** 2', mod: 'd => d.order_id % 4', div: 'd => d.amount / (d.order_id - 1)' } }),
  c('replace a column in place, params', 'derive', { columns: { amount: '(d, $) => d.amount * $.rate', tax: '(d, $) => op.round(d.amount * $.rate * 100) / 100' }, vars: { rate: 1.2 } }),
  c('math functions', 'derive', { columns: { a: 'd => op.abs(d.amount)', c: 'd => op.ceil(d.amount)', f: 'd => op.floor(d.amount)', r: 'd => op.round(d.amount)', s: 'd => op.sign(d.amount)', t: 'd => op.trunc(d.amount)', x: 'd => op.exp(d.order_id)', l: 'd => op.log(d.order_id)', q: 'd => op.sqrt(d.order_id)', g: 'd => op.greatest(d.amount, 10)', m: 'd => op.least(d.amount, 10)', p: 'd => op.pow(d.order_id, 0.5)', n: 'd => op.is_nan(d.amount)', fi: 'd => op.is_finite(d.amount)' } }),
  c('text functions with missing text', 'derive', { columns: { u: 'd => op.upper(d.quarter)', t: "d => op.trim('  ' + d.quarter + ' ')", n: 'd => op.length(d.quarter)', s: 'd => op.substring(d.quarter, 1)', s2: 'd => op.substring(d.quarter, 2, 0)', r: "d => op.replace(d.quarter, 'q', 'Q-')", p: "d => op.padstart(d.quarter, 4, '*')", e: "d => op.padend(d.quarter, 1)", w: "d => op.endswith(d.quarter, '2')", f: "d => op.parse_float(' -1.5e1' + d.quarter)" } }),
  c('ternaries, && and || returning operands, ?? with a column', 'derive', { columns: { label: "d => d.amount > 10 ? 'big' : d.quarter", either: "d => d.quarter || 'none'", both: 'd => d.paid && d.order_id > 2', id: 'd => d.customer_id ?? -1', nothing: 'd => d.amount > 1000 ? null : d.amount' } }),
  c('a date function (falls back)', 'derive', { columns: { y: "d => op.year(op.parse_date('2024-05-01'))" } }, { arquero: true }),
  c('every aggregate, grouped (a missing key is a group)', 'aggregate', {
    group_by: ['customer_id'],
    aggregates: {
      n: 'op.count()', total: 'd => op.sum(d.amount)', avg: 'd => op.mean(d.amount)', avg2: 'd => op.average(d.amount)', lo: 'd => op.min(d.amount)', hi: 'd => op.max(d.amount)',
      med: 'd => op.median(d.amount)', q3: 'd => op.quantile(d.amount, 0.75)', dist: 'd => op.distinct(d.quarter)', ok: 'd => op.valid(d.amount)', bad: 'd => op.invalid(d.amount)',
      sd: 'd => op.stdev(d.amount)', sdp: 'd => op.stdevp(d.amount)', v: 'd => op.variance(d.amount)', vp: 'd => op.variancep(d.amount)', prod: 'd => op.product(d.order_id)',
      first: 'd => op.any(d.quarter)', lowq: 'd => op.min(d.quarter)',
    },
  }),
  c('expressions around aggregates, params, no group_by', 'aggregate', { aggregates: { avg: 'd => op.round(op.mean(d.amount))', per: 'd => op.sum(d.amount) / op.count()', weighted: '(d, $) => op.sum(d.amount * d.order_id) * $.k', n: 'op.count()' }, vars: { k: 2 } }),
  c('two group columns', 'aggregate', { group_by: ['quarter', 'paid'], aggregates: { n: 'op.count()', total: 'd => op.sum(d.amount)' } }),
  c('mode (falls back: ties)', 'aggregate', { group_by: ['quarter'], aggregates: { m: 'd => op.mode(d.customer_id)' } }, { arquero: true }),
  c('one key', 'dedupe', { columns: ['order_id'] }),
  c('a key with missing values keeps the first row', 'dedupe', { columns: ['customer_id'] }),
  c('every column', 'dedupe', {}),
  c('two keys, one descending', 'orderby', { by: ['quarter', { column: 'order_id', desc: true }] }),
  c('missing values first ascending, ties in table order', 'orderby', { by: ['amount'] }),
  c('missing values last descending', 'orderby', { by: [{ column: 'amount', desc: true }, { column: 'paid' }] }),
  ...(['inner', 'left', 'right', 'full'] as const).flatMap((how) => [
    c(`${how}, same-name key, a clashing column, unmatched keys on both sides`, 'join', { with: 'customers', on: ['customer_id'], how }),
    c(`${how}, a key map, several matches per key`, 'join', { with: 'people', on: { customer_id: 'id' }, how }),
    c(`${how}, two keys, custom suffixes`, 'join', { with: 'periods', on: ['customer_id', 'quarter'], how, suffix: ['_o', '_p'] }),
  ]),
  c('full, an input smaller than the other table (pairs in the other table\'s order)', 'join', { with: 'people', on: { customer_id: 'id' }, how: 'full' }, { input: few }),
  c('one table, columns in another order', 'union', { with: 'more' }),
  c('two tables, distinct keeps the first of equal rows', 'union', { with: ['more', 'again'], distinct: true }),
  c('sum by key, grouped', 'pivot', { group_by: ['customer_id'], key: 'quarter', value: 'd => op.sum(d.amount)' }),
  c('count without group_by', 'pivot', { key: 'quarter', value: 'op.count()' }),
  c('a number key (columns sorted as text), mean', 'pivot', { group_by: ['quarter'], key: 'order_id', value: 'd => op.mean(d.amount)' }),
  c('a boolean key, an expression of aggregates', 'pivot', { group_by: ['quarter'], key: 'paid', value: 'd => op.max(d.amount) - op.min(d.amount)' }),
  c('missing values kept', 'unpivot', { columns: ['q1', 'q2'], key_name: 'quarter', value_name: 'amount' }, { input: wide }),
  c('default names, a text column', 'unpivot', { columns: ['note'] }, { input: wide }),
  c('fixed values and a median', 'impute', { values: { customer_id: 0, quarter: 'q0' }, expressions: { amount: 'd => op.median(d.amount)' } }),
  c('an expression of aggregates, a boolean', 'impute', { values: { paid: false }, expressions: { amount: 'd => op.round(op.mean(d.amount) * 10)' } }),
  c('n rows', 'limit', { n: 2 }),
  c('after an offset', 'limit', { n: 3, offset: 4 }),
  c('columns in a new order', 'select', { columns: ['amount', 'order_id'] }),
  c('two columns', 'drop', { columns: ['quarter', 'paid'] }),
  c('one column', 'rename', { columns: { customer_id: 'cust_id' } }),
];
