/**
 * Display text for a value in feedback tables: compact JSON, errors as
 * `Error: message`, long text shortened.
 *
 * @example
 * ```ts
 * import { describeValue } from 'odibi-ts/dist/src/grading/describe-value.js';
 * describeValue({ completed: ['A', 'C'] }); // '{"completed": ["A", "C"]}'
 * ```
 */
export function describeValue(value: unknown, maxLength = 400): string {
  const text = toText(value);
  return text.length > maxLength ? text.slice(0, maxLength - 1) + '…' : text;
}

function toText(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (value === undefined) return 'undefined';
  if (typeof value === 'function') return `function ${value.name || '(anonymous)'}`;
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  try {
    const json = JSON.stringify(value, replacer, 1);
    return json === undefined ? String(value) : oneLine(json);
  } catch {
    return String(value);
  }
}

/** Indented JSON on one line with a space after commas and colons: `{"a": [1, 2]}`. */
function oneLine(json: string): string {
  return json.replace(/([[{])\n\s*/g, '$1').replace(/\n\s*([\]}])/g, '$1').replace(/\n\s*/g, ' ');
}

function replacer(_key: string, v: unknown): unknown {
  if (v instanceof Set) return [...v];
  if (v instanceof Map) return Object.fromEntries(v);
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
  if (v === undefined) return null;
  return v;
}
