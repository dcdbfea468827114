/**
 * The walker behind {@link checkExpression}: accepts a node when it is in the
 * allowed subset and returns the reason when it is not. Internal.
 */
import type { Node } from 'acorn';
import { AGGREGATE_FUNCTIONS, ROW_FUNCTIONS } from './allowed-ops.js';

export interface WalkState {
  kind: 'row' | 'aggregate';
  rowName: string;
  paramsName: string;
  vars?: readonly string[];
  constants: readonly string[];
  columns: string[];
  usedVars: string[];
  functions: string[];
  insideAggregate: boolean;
}

const BINARY = new Set(['+', '-', '*', '/', '%', '**', '==', '!=', '===', '!==', '<', '<=', '>', '>=']);
const LOGICAL = new Set(['&&', '||', '??']);
const UNARY = new Set(['-', '+', '!']);
const FORBIDDEN_NAMES = new Set(['constructor', '__proto__', 'prototype']);

type AnyNode = Node & Record<string, any>;

/** Returns undefined when `node` is allowed, else the reason. */
export function checkNode(node: Node, state: WalkState): string | undefined {
  const n = node as AnyNode;
  switch (n.type) {
    case 'Literal':
      return checkLiteral(n);
    case 'TemplateLiteral':
      return n.expressions.length ? 'template literals with ${...} are not allowed; join text with +' : undefined;
    case 'Identifier':
      return checkIdentifier(n.name, state);
    case 'MemberExpression':
      return checkMember(n, state);
    case 'CallExpression':
      return checkCall(n, state);
    case 'BinaryExpression':
      return BINARY.has(n.operator) ? checkAll([n.left, n.right], state) : `the operator ${n.operator} is not allowed`;
    case 'LogicalExpression':
      return LOGICAL.has(n.operator) ? checkAll([n.left, n.right], state) : `the operator ${n.operator} is not allowed`;
    case 'UnaryExpression':
      return UNARY.has(n.operator) ? checkNode(n.argument, state) : `the operator ${n.operator} is not allowed`;
    case 'ConditionalExpression':
      return checkAll([n.test, n.consequent, n.alternate], state);
    default:
      return describeForbidden(n);
  }
}

function checkAll(nodes: Node[], state: WalkState): string | undefined {
  for (const node of nodes) {
    const problem = checkNode(node, state);
    if (problem) return problem;
  }
  return undefined;
}

function checkLiteral(n: AnyNode): string | undefined {
  if (n.bigint !== undefined) return 'bigint literals are not allowed';
  return undefined;
}

function checkIdentifier(name: string, state: WalkState): string | undefined {
  if (state.constants.includes(name)) return undefined;
  if (name === state.rowName) return `the row "${name}" can only be used as ${name}.column or ${name}['column name']`;
  if (name === state.paramsName) return `the params "${name}" can only be used as ${name}.name`;
  if (name === 'op') return 'op can only be used to call a listed function, e.g. op.round(d.x)';
  return `the name "${name}" is not allowed; refer to columns as ${state.rowName}.${name}`;
}

function memberName(n: AnyNode): string | undefined {
  if (!n.computed && n.property.type === 'Identifier') return n.property.name;
  if (n.computed && n.property.type === 'Literal' && typeof n.property.value === 'string') return n.property.value;
  return undefined;
}

function checkMember(n: AnyNode, state: WalkState): string | undefined {
  const owner = n.object.type === 'Identifier' ? (n.object.name as string) : undefined;
  if (n.optional) return 'optional chaining (?.) is not allowed';
  if (owner !== state.rowName && owner !== state.paramsName) {
    return `member access is only allowed on the row (${state.rowName}.column) or the params (${state.paramsName}.name)`;
  }
  const name = memberName(n);
  if (name === undefined) return `use ${owner}.name or ${owner}['name'] with a fixed name`;
  if (FORBIDDEN_NAMES.has(name)) return `"${name}" cannot be used as a name`;
  return owner === state.rowName ? useColumn(name, state) : useVar(name, state);
}

function useColumn(name: string, state: WalkState): string | undefined {
  if (state.kind === 'aggregate' && !state.insideAggregate) {
    return `the column ${state.rowName}.${name} must be inside an aggregate function, e.g. op.sum(${state.rowName}.${name})`;
  }
  if (!state.columns.includes(name)) state.columns.push(name);
  return undefined;
}

function useVar(name: string, state: WalkState): string | undefined {
  if (state.vars && !state.vars.includes(name)) {
    return `${state.paramsName}.${name} is not defined; defined vars: ${state.vars.join(', ') || '(none)'}`;
  }
  if (!state.usedVars.includes(name)) state.usedVars.push(name);
  return undefined;
}

function checkCall(n: AnyNode, state: WalkState): string | undefined {
  const callee = n.callee as AnyNode;
  const isOp = callee.type === 'MemberExpression' && !callee.computed && !callee.optional && callee.object.type === 'Identifier' && callee.object.name === 'op';
  if (!isOp || n.optional) return 'only the listed op.* functions can be called, e.g. op.round(d.x)';
  const name = callee.property.name as string;
  const aggregate = AGGREGATE_FUNCTIONS.includes(name);
  if (!aggregate && !ROW_FUNCTIONS.includes(name)) return `op.${name} is not an allowed function`;
  if (aggregate && state.kind === 'row') return `op.${name} is an aggregate function; it is not allowed in a row expression (use the aggregate operation)`;
  if (aggregate && state.insideAggregate) return `op.${name} cannot be nested inside another aggregate function`;
  if (n.arguments.some((a: AnyNode) => a.type === 'SpreadElement')) return 'spread arguments (...) are not allowed';
  if (!state.functions.includes(name)) state.functions.push(name);
  const outer = state.insideAggregate;
  state.insideAggregate = outer || aggregate;
  const problem = checkAll(n.arguments, state);
  state.insideAggregate = outer;
  return problem;
}

const DESCRIPTIONS: Record<string, string> = {
  ThisExpression: '`this` is not allowed',
  ArrowFunctionExpression: 'functions inside an expression are not allowed',
  FunctionExpression: 'functions inside an expression are not allowed',
  AssignmentExpression: 'assignments are not allowed',
  UpdateExpression: 'assignments (++ / --) are not allowed',
  NewExpression: '`new` is not allowed',
  SequenceExpression: 'the comma operator is not allowed',
  ArrayExpression: 'array literals are not allowed',
  ObjectExpression: 'object literals are not allowed',
  TaggedTemplateExpression: 'tagged templates are not allowed',
  ChainExpression: 'optional chaining (?.) is not allowed',
  AwaitExpression: '`await` is not allowed',
  YieldExpression: '`yield` is not allowed',
  ClassExpression: 'classes are not allowed',
  ImportExpression: '`import()` is not allowed',
  MetaProperty: 'meta properties are not allowed',
};

function describeForbidden(n: AnyNode): string {
  return DESCRIPTIONS[n.type] ?? `${n.type} is not allowed`;
}
