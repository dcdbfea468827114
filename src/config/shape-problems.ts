/**
 * Checks the shape of a project value with the zod schema and turns every
 * issue into a problem with a stable code: unknown key (with did-you-mean),
 * missing key, wrong type, bad enum value (listing the allowed ones), unknown
 * format, or a bad value. Internal.
 */
import type { z } from 'zod';
import { closestMatch } from '../text/closest-match.js';
import { formatConfigPath, type ConfigPath } from './config-path.js';
import { knownKeys } from './known-keys.js';
import { projectSchema } from './project-schema.js';
import type { RawProblem } from './raw-problem.js';
import { clipText } from '../text/clip-text.js';

type Issue = z.core.$ZodIssue & { input?: unknown };

/** The shape problems of `value` and, when there are none, the parsed project. */
export function shapeProblems(value: unknown): RawProblem[] {
  const result = projectSchema.safeParse(value, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => issueProblems(issue as Issue));
}

function issueProblems(issue: Issue): RawProblem[] {
  const path = issue.path.filter((s): s is string | number => typeof s !== 'symbol');
  const where = path.length === 0 ? 'the project' : formatConfigPath(path);
  switch (issue.code) {
    case 'unrecognized_keys':
      // Top-level `x-...` keys are free (a place for YAML anchors), as in Compose files.
      return issue.keys.filter((key) => path.length > 0 || !key.startsWith('x-')).map((key) => unknownKey(path, key));
    case 'invalid_type':
      return [!('input' in issue) || issue.input === undefined ? missingKey(path, where, issue.expected) : wrongType(path, where, issue.expected, issue.input)];
    case 'invalid_value':
      return [badEnum(path, where, issue.values, issue.input)];
    case 'too_small':
      return [{ code: 'CONFIG_BAD_VALUE', path, message: `${where} ${tooSmall(issue.origin, Number(issue.minimum))}`, hint: 'see the configuration reference (docs/config.md)' }];
    default:
      return [{ code: 'CONFIG_BAD_VALUE', path, message: `${where}: ${issue.message}`, hint: 'see the configuration reference (docs/config.md)' }];
  }
}

function unknownKey(parent: ConfigPath, key: string): RawProblem {
  const known = knownKeys(projectSchema, parent);
  const closest = closestMatch(key, known);
  const place = parent.length === 0 ? 'at the top level' : `in ${formatConfigPath(parent)}`;
  return {
    code: 'CONFIG_UNKNOWN_KEY',
    path: [...parent, key],
    at: 'key',
    message: `unknown key "${clipText(key)}" ${place}`,
    hint: closest ? `did you mean "${closest}"?` : `remove it; allowed keys: ${known.join(', ')}`,
  };
}

function missingKey(path: ConfigPath, where: string, expected: string): RawProblem {
  const key = path[path.length - 1];
  return { code: 'CONFIG_MISSING_KEY', path, message: `${where} is required`, hint: `add "${String(key)}:" with ${typeName(expected)}` };
}

function wrongType(path: ConfigPath, where: string, expected: string, input: unknown): RawProblem {
  const message = path.length === 0 ? `the project must be ${typeName(expected)}, got ${describeValue(input)}` : `${where} must be ${typeName(expected)}, got ${describeValue(input)}`;
  return { code: 'CONFIG_WRONG_TYPE', path, message, hint: path.length === 0 ? 'a project file is a mapping with at least `project:` and `pipelines:`' : `change the value to ${typeName(expected)}` };
}

function badEnum(path: ConfigPath, where: string, values: readonly unknown[], input: unknown): RawProblem {
  const allowed = values.map(String).join(', ');
  const isFormat = path[path.length - 1] === 'format' && typeof input === 'string';
  const closest = typeof input === 'string' ? closestMatch(input, values.map(String)) : undefined;
  return {
    code: isFormat ? 'CONFIG_UNKNOWN_FORMAT' : 'CONFIG_BAD_ENUM',
    path,
    message: isFormat ? `unknown format "${clipText(String(input))}" at ${where}` : `${where} must be one of ${allowed}, got ${describeValue(input)}`,
    hint: `${closest ? `did you mean "${closest}"? ` : ''}allowed: ${allowed}`,
  };
}

function tooSmall(origin: string, minimum: number): string {
  if (origin === 'string') return 'must not be empty';
  if (origin === 'array') return `needs at least ${minimum} ${minimum === 1 ? 'entry' : 'entries'}`;
  return `must be at least ${minimum}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

function typeName(expected: string): string {
  return TYPE_NAMES[expected] ?? expected;
}

/** A short description of a YAML value for messages: `a list`, `the number 1.5`, `"abc"`. */
export function describeValue(x: unknown): string {
  if (x === null || x === undefined) return 'nothing';
  if (Array.isArray(x)) return 'a list';
  if (typeof x === 'object') return 'a mapping';
  if (typeof x === 'string') return `"${clipText(x)}"`;
  return `${typeof x === 'number' ? 'the number ' : ''}${String(x)}`;
}
