/**
 * A checked expression (its `body` from `checkExpression`) -> SQL with
 * JavaScript's meaning, as Arquero evaluates it: a missing cell is `null`
 * (0 in arithmetic, 'null' in text, so `d.x < 1` holds for it), comparisons
 * give true or false (never NULL), `&&`/`||` return one of their operands,
 * `===` compares types too, NaN from arithmetic is false in every comparison
 * (kept as NULL, see `SqlValue`), aggregates skip missing values. Covers column
 * references, `$.name` params (bound as `$name`), literals, arithmetic,
 * comparisons, `&&`, `||`, `??`, `!`, the ternary, the row functions of
 * `translateRowFunction` and the aggregates of `translateAggregate`.
 * Returns undefined for anything else (dates, mixed types, other
 * functions): the engine then runs the step on Arquero. Internal.
 */
import type { Node } from 'acorn';
import { quoteIdentifier as q } from './quote-identifier.js';
import { combineMissing, commonType, maybeNaN, notANumber, numeric, power, present, text, truthy, type SqlType, type SqlValue } from './sql-value.js';
import { translateAggregate } from './translate-aggregate.js';
import { translateRowFunction } from './translate-row-function.js';

/** What the translator knows: the expression's names, the columns' types, the params' types. */
export interface TranslateEnv {
  rowName: string;
  paramsName: string;
  /** Columns that translate: their type and whether a cell can be missing. */
  columns: Record<string, { type: SqlType; nullable: boolean }>;
  vars: Record<string, SqlType>;
  /** Set for aggregate expressions; `filter` restricts every aggregate (pivot cells). */
  aggregate?: { filter?: string };
}

type AnyNode = Node & Record<string, any>;
const ARITHMETIC: Record<string, string> = { '-': '-', '*': '*', '/': '/', '%': '%' };
const ORDER = new Set(['<', '>', '<=', '>=']);
const CAST: Record<string, string> = { number: 'DOUBLE', string: 'VARCHAR', boolean: 'BOOLEAN' };

export function translateExpression(node: Node, env: TranslateEnv): SqlValue | undefined {
  const n = node as AnyNode;
  const t = (m: Node) => translateExpression(m, env);
  switch (n.type) {
    case 'Literal':
      return literal(n.value);
    case 'TemplateLiteral':
      return literal(n.quasis[0].value.cooked);
    case 'Identifier':
      return constant(n.name);
    case 'MemberExpression':
      return member(n, env);
    case 'BinaryExpression':
      return both(t(n.left), t(n.right), (a, b) => binary(n.operator, a, b));
    case 'LogicalExpression':
      return both(t(n.left), t(n.right), (a, b) => logical(n.operator, a, b));
    case 'UnaryExpression':
      return one(t(n.argument), (a) => unary(n.operator, a));
    case 'ConditionalExpression':
      return both(t(n.consequent), t(n.alternate), (y, z) => one(t(n.test), (c) => choose(truthy(c), y, z)));
    case 'CallExpression':
      return call(n, env);
    default:
      return undefined;
  }
}

function literal(value: unknown): SqlValue | undefined {
  if (value === null) return { sql: 'NULL', type: 'null', missing: 'null' };
  if (typeof value === 'number') return present(`CAST(${value} AS DOUBLE)`, 'number');
  if (typeof value === 'boolean') return present(value ? 'TRUE' : 'FALSE', 'boolean');
  if (typeof value === 'string') return present(`'${value.replace(/'/g, "''")}'`, 'string');
  return undefined;
}

function constant(name: string): SqlValue | undefined {
  if (name === 'undefined') return { sql: 'NULL', type: 'null', missing: 'undefined' };
  return name === 'NaN' || name === 'Infinity' ? present(`CAST('${name}' AS DOUBLE)`, 'number') : undefined;
}

function member(n: AnyNode, env: TranslateEnv): SqlValue | undefined {
  const key = n.computed ? (n.property.type === 'Literal' ? String(n.property.value) : undefined) : n.property.name;
  if (key === undefined || n.object.type !== 'Identifier') return undefined;
  if (n.object.name === env.rowName) {
    const column = Object.prototype.hasOwnProperty.call(env.columns, key) ? env.columns[key] : undefined;
    return column && { sql: q(key), type: column.type, missing: column.nullable ? 'null' : 'none' };
  }
  if (n.object.name !== env.paramsName || !/^[A-Za-z_]\w*$/.test(key) || !Object.prototype.hasOwnProperty.call(env.vars, key)) return undefined;
  const type = env.vars[key]!;
  return type === 'null' ? literal(null) : present(`CAST($${key} AS ${CAST[type]})`, type);
}

function binary(operator: string, a: SqlValue, b: SqlValue): SqlValue | undefined {
  const [x, y] = [numeric(a), numeric(b)];
  if (operator === '+' && (a.type === 'string' || b.type === 'string')) return concat(a, b);
  if (ARITHMETIC[operator] || operator === '+' || operator === '**') {
    if (x === undefined || y === undefined) return undefined;
    return operator === '**' ? power(x, y) : maybeNaN(`(${x} ${operator} ${y})`);
  }
  if (ORDER.has(operator)) return order(operator, a, b, x, y);
  if (['===', '!==', '==', '!='].includes(operator)) return equality(operator, a, b);
  return undefined;
}

/** `+` on text: joins when one side is surely a string (null + null is 0 in JavaScript). */
function concat(a: SqlValue, b: SqlValue): SqlValue | undefined {
  const sure = (v: SqlValue) => v.type === 'string' && v.missing === 'none';
  if (!sure(a) && !sure(b)) return undefined;
  return both(text(a), text(b), (s, u) => present(`(${s} || ${u})`, 'string'));
}

function order(operator: string, a: SqlValue, b: SqlValue, x?: string, y?: string): SqlValue | undefined {
  if (x !== undefined && y !== undefined) return present(a.missing === 'none' && b.missing === 'none' ? `(${x} ${operator} ${y})` : `coalesce(${x} ${operator} ${y}, FALSE)`, 'boolean');
  if (a.type === 'string' && b.type === 'string' && a.missing === 'none' && b.missing === 'none') return present(`(${a.sql} ${operator} ${b.sql})`, 'boolean');
  return undefined;
}

function equality(operator: string, a: SqlValue, b: SqlValue): SqlValue | undefined {
  const negate = operator.startsWith('!');
  const loose = operator.length === 2;
  if (a.type === 'null' || b.type === 'null') {
    const [nil, other] = a.type === 'null' ? [a, b] : [b, a];
    if (other.missing === 'nan') return present(negate ? 'TRUE' : 'FALSE', 'boolean');
    if (!loose && other.missing !== 'none' && other.missing !== nil.missing) return undefined;
    const same = other.type === 'null' ? (loose || other.missing === nil.missing ? 'TRUE' : 'FALSE') : `(${other.sql} IS NULL)`;
    return present(negate ? `(NOT ${same})` : same, 'boolean');
  }
  if (a.type !== b.type) return loose ? undefined : present(negate ? 'TRUE' : 'FALSE', 'boolean');
  if (a.missing === 'nan' || b.missing === 'nan') return present(`(${negate ? 'NOT ' : ''}coalesce(${a.sql} = ${b.sql}, FALSE))`, 'boolean');
  if (combineMissing(a, b) === undefined) return undefined;
  return present(`(${a.sql} IS ${negate ? '' : 'NOT '}DISTINCT FROM ${b.sql})`, 'boolean');
}

function logical(operator: string, a: SqlValue, b: SqlValue): SqlValue | undefined {
  if (operator === '??') {
    if ((a.missing === 'none' || a.missing === 'nan') && a.type !== 'null') return a;
    const type = commonType(a, b);
    return type && { sql: `coalesce(${a.sql}, ${b.sql})`, type, missing: b.missing };
  }
  const plain = a.type === 'boolean' && b.type === 'boolean' && a.missing === 'none' && b.missing === 'none';
  if (plain) return present(`(${a.sql} ${operator === '&&' ? 'AND' : 'OR'} ${b.sql})`, 'boolean');
  return operator === '&&' ? choose(truthy(a), b, a) : choose(truthy(a), a, b);
}

function unary(operator: string, a: SqlValue): SqlValue | undefined {
  if (operator === '!') return present(`(NOT ${truthy(a)})`, 'boolean');
  const x = numeric(a);
  if (x === undefined) return undefined;
  return { sql: operator === '-' ? `(- ${x})` : x, type: 'number', missing: notANumber(a) ? 'nan' : 'none' };
}

function choose(test: string, y: SqlValue, z: SqlValue): SqlValue | undefined {
  const type = commonType(y, z);
  const missing = combineMissing(y, z);
  return type && missing ? { sql: `(CASE WHEN ${test} THEN ${y.sql} ELSE ${z.sql} END)`, type, missing } : undefined;
}

function call(n: AnyNode, env: TranslateEnv): SqlValue | undefined {
  const callee = n.callee as AnyNode;
  if (callee.type !== 'MemberExpression' || callee.computed || callee.object.type !== 'Identifier' || callee.object.name !== 'op') return undefined;
  const name = callee.property.name as string;
  if (env.aggregate) {
    const inside: TranslateEnv = { ...env, aggregate: undefined };
    const aggregated = translateAggregate(name, n.arguments as Node[], (m) => translateExpression(m, inside), env.aggregate.filter);
    if (aggregated !== 'not an aggregate') return aggregated;
  }
  const args: SqlValue[] = [];
  for (const arg of n.arguments as Node[]) {
    const value = translateExpression(arg, env);
    if (!value) return undefined;
    args.push(value);
  }
  return translateRowFunction(name, args);
}

function both(a: SqlValue | string | undefined, b: SqlValue | string | undefined, f: (a: any, b: any) => SqlValue | undefined): SqlValue | undefined {
  return a === undefined || b === undefined ? undefined : f(a, b);
}

function one(a: SqlValue | undefined, f: (a: SqlValue) => SqlValue | undefined): SqlValue | undefined {
  return a === undefined ? undefined : f(a);
}
