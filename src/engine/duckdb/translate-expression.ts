/**
 * A checked row expression (its `body` from `checkExpression`) -> an SQL
 * expression, for the part of the subset whose meaning SQL shares: column
 * references, `$.name` params (bound as `$name`), literals, arithmetic,
 * comparisons (`===`/`!==` as IS [NOT] DISTINCT FROM, so null compares like
 * in JavaScript), `&&`, `||`, `!`, the ternary and a few `op.*` functions.
 * Returns undefined for anything else: the caller then runs the step on
 * Arquero instead. Internal.
 */
import type { Node } from 'acorn';
import { quoteIdentifier as q } from './quote-identifier.js';

const BINARY: Record<string, string> = { '+': '+', '-': '-', '*': '*', '/': '/', '>': '>', '<': '<', '>=': '>=', '<=': '<=', '===': 'IS NOT DISTINCT FROM', '!==': 'IS DISTINCT FROM' };
const FUNCTIONS: Record<string, string> = { abs: 'abs', ceil: 'ceil', floor: 'floor', lower: 'lower', upper: 'upper', trim: 'trim', length: 'length', sqrt: 'sqrt' };

/** What the translator needs: the row and params names of the expression. */
export interface ExpressionNames {
  rowName: string;
  paramsName: string;
}

export function translateExpression(node: Node, names: ExpressionNames): string | undefined {
  const t = (n: Node) => translateExpression(n, names);
  const n = node as Node & Record<string, any>;
  switch (n.type) {
    case 'Literal':
      if (n.value === null) return 'NULL';
      if (typeof n.value === 'number') return Number.isFinite(n.value) ? String(n.value) : undefined;
      if (typeof n.value === 'boolean') return n.value ? 'TRUE' : 'FALSE';
      if (typeof n.value === 'string') return `'${n.value.replace(/'/g, "''")}'`;
      return undefined;
    case 'Identifier':
      return n.name === 'undefined' ? 'NULL' : undefined;
    case 'MemberExpression':
      return member(n, names);
    case 'BinaryExpression':
      return both(t(n.left), t(n.right), (a, b) => (BINARY[n.operator] ? `(${a} ${BINARY[n.operator]} ${b})` : undefined));
    case 'LogicalExpression':
      return n.operator === '??' ? undefined : both(t(n.left), t(n.right), (a, b) => `(${a} ${n.operator === '&&' ? 'AND' : 'OR'} ${b})`);
    case 'UnaryExpression':
      return n.operator === '!' ? wrap(t(n.argument), (a) => `(NOT ${a})`) : n.operator === '-' ? wrap(t(n.argument), (a) => `(- ${a})`) : undefined;
    case 'ConditionalExpression':
      return both(t(n.test), t(n.consequent), (c, y) => wrap(t(n.alternate), (z) => `(CASE WHEN ${c} THEN ${y} ELSE ${z} END)`));
    case 'CallExpression':
      return call(n, t);
    default:
      return undefined;
  }
}

function member(n: Record<string, any>, names: ExpressionNames): string | undefined {
  const key = n.computed ? (n.property.type === 'Literal' ? String(n.property.value) : undefined) : n.property.name;
  if (key === undefined || n.object.type !== 'Identifier') return undefined;
  if (n.object.name === names.rowName) return q(key);
  if (n.object.name === names.paramsName && /^[A-Za-z_]\w*$/.test(key)) return `$${key}`;
  return undefined;
}

function call(n: Record<string, any>, t: (n: Node) => string | undefined): string | undefined {
  const callee = n.callee;
  if (callee.type !== 'MemberExpression' || callee.object.name !== 'op' || callee.computed) return undefined;
  const fn = FUNCTIONS[callee.property.name as string];
  const args = (n.arguments as Node[]).map(t);
  if (!fn || args.length !== 1 || args[0] === undefined) return undefined;
  return `${fn}(${args[0]})`;
}

function both(a: string | undefined, b: string | undefined, f: (a: string, b: string) => string | undefined): string | undefined {
  return a === undefined || b === undefined ? undefined : f(a, b);
}

function wrap(a: string | undefined, f: (a: string) => string): string | undefined {
  return a === undefined ? undefined : f(a);
}
