/**
 * Turns what an answer returned (or threw) into the JSON text the sandbox
 * reports, without ever throwing: Sets become arrays, Maps objects, BigInts
 * and non-finite numbers strings; a value that cannot be read (a throwing
 * getter, a revoked proxy, a cycle) or that is too large is reported as such.
 * The functions it relies on are taken when this module loads, before an
 * answer can replace them.
 *
 * @example
 * ```ts
 * import { serialiseValue, describeThrown } from 'odibi-ts/dist/src/grading/sandbox/serialise-value.js';
 * serialiseValue(new Set(['a']), 100); // '"value":["a"]'
 * serialiseValue({ get x() { throw new Error('no'); } }, 100); // '"unreadable":"Error: no"'
 * describeThrown(new RangeError('too far')); // 'RangeError: too far'
 * ```
 */
const stringify = JSON.stringify;
const fromEntries = Object.fromEntries;
const arrayFrom = Array.from;
const isFiniteNumber = Number.isFinite;
const toText = String;
const SetClass = Set;
const MapClass = Map;

function replacer(_key: string, value: unknown): unknown {
  if (typeof value === 'bigint') return `${toText(value)}n`;
  if (typeof value === 'number' && !isFiniteNumber(value)) return toText(value);
  if (value instanceof SetClass) return arrayFrom(value);
  if (value instanceof MapClass) return fromEntries(value);
  return value;
}

/** The fields of a report message for a value: `"value":...`, `"undefined":true`, `"unreadable":"..."` or `"tooLarge":n`. */
export function serialiseValue(value: unknown, maxBytes: number): string {
  let json: string | undefined;
  try {
    json = stringify(value, replacer);
  } catch (error) {
    return `"unreadable":${stringify(describeThrown(error))}`;
  }
  if (json === undefined) return '"undefined":true';
  if (json.length > maxBytes) return `"tooLarge":${json.length}`;
  return `"value":${json}`;
}

/** `Name: message` of a thrown value, however strange; at most 2000 characters. */
export function describeThrown(error: unknown): string {
  let text: string;
  try {
    if (error !== null && typeof error === 'object') {
      const { name, message } = error as { name?: unknown; message?: unknown };
      text = typeof message === 'string' ? `${typeof name === 'string' && name ? name : 'Error'}: ${message}` : `a thrown ${typeof error}`;
    } else {
      text = `${typeof error === 'string' ? 'Error' : 'a thrown value'}: ${toText(error)}`;
    }
  } catch {
    text = 'an error that cannot be read';
  }
  return text.length > 2000 ? text.slice(0, 1999) + '…' : text;
}
