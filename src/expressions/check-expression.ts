/**
 * Checks that an expression stays inside the allowed subset of Arquero's
 * syntax, without evaluating it. Two forms are accepted:
 * `d => d.amount > 0` / `(d, $) => d.amount > $.min` (an arrow function with
 * the row and optionally the params), or just the body, `d.amount > 0`, where
 * the row is `d` and the params are `$`.
 *
 * @example
 * ```ts
 * import { checkExpression } from 'odibi-ts/dist/src/expressions/check-expression.js';
 * checkExpression('d => d.amount * 1.2', { kind: 'row' }); // { ok: true, columns: ['amount'], ... }
 * checkExpression('process.exit()', { kind: 'row' }).ok; // false
 * ```
 */
import { parse, type Expression, type Node } from 'acorn';
import { ALLOWED_CONSTANTS } from './allowed-ops.js';
import { checkNode, type WalkState } from './check-node.js';

/** What an expression is used for: one row's value, or a summary of a column. */
export type ExpressionKind = 'row' | 'aggregate';

export interface ExpressionCheckOptions {
  kind: ExpressionKind;
  /** Names `$.name` may refer to; undefined = any name. */
  vars?: readonly string[];
}

/** A checked expression: its body (an ESTree node, for translators) and what it refers to. */
export interface CheckedExpression {
  ok: true;
  /** Columns referenced, in order of first use. */
  columns: string[];
  /** Params (`$.name`) referenced. */
  vars: string[];
  /** `op.*` functions called. */
  functions: string[];
  /** The body expression; the row is `rowName`, the params `paramsName`. */
  body: Expression;
  rowName: string;
  paramsName: string;
}

export type ExpressionCheck = CheckedExpression | { ok: false; message: string };

export function checkExpression(source: string, options: ExpressionCheckOptions): ExpressionCheck {
  if (typeof source !== 'string' || source.trim() === '') return { ok: false, message: 'the expression is empty' };
  let body: Node;
  try {
    body = parseBody(source);
  } catch (error) {
    return { ok: false, message: `syntax error: ${(error as Error).message}` };
  }
  const head = readHead(body);
  if ('message' in head) return { ok: false, message: head.message };
  const state: WalkState = {
    kind: options.kind, rowName: head.rowName, paramsName: head.paramsName, vars: options.vars,
    columns: [], usedVars: [], functions: [], insideAggregate: false, constants: ALLOWED_CONSTANTS,
  };
  const problem = checkNode(head.body, state);
  if (problem) return { ok: false, message: problem };
  return { ok: true, columns: state.columns, vars: state.usedVars, functions: state.functions, body: head.body as Expression, rowName: head.rowName, paramsName: head.paramsName };
}

function parseBody(source: string): Node {
  const program = parse(source, { ecmaVersion: 2020, sourceType: 'script' });
  if (program.body.length !== 1 || program.body[0].type !== 'ExpressionStatement') {
    throw new Error('expected exactly one expression (no statements, no semicolons)');
  }
  return program.body[0].expression;
}

function readHead(node: Node): { body: Node; rowName: string; paramsName: string } | { message: string } {
  if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') return { body: node, rowName: 'd', paramsName: '$' };
  const fn = node as Node & { params: Node[]; body: Node; expression?: boolean; async: boolean; generator: boolean };
  if (node.type === 'FunctionExpression' || fn.async || fn.generator) return { message: 'use an arrow function such as d => d.amount > 0' };
  if (fn.body.type === 'BlockStatement') return { message: 'the arrow function must return an expression directly (no { } block)' };
  if (fn.params.length > 2) return { message: 'an expression takes at most two parameters: the row (d) and the params ($)' };
  const names = fn.params.map((p) => (p.type === 'Identifier' ? (p as Node & { name: string }).name : undefined));
  if (names.some((n) => n === undefined)) return { message: 'parameters must be plain names such as d and $ (no destructuring or defaults)' };
  const [rowName = 'd', paramsName = '$'] = names as string[];
  if (rowName === 'op' || paramsName === 'op' || rowName === paramsName) return { message: 'the parameters must be two different names other than op' };
  return { body: fn.body, rowName, paramsName };
}
