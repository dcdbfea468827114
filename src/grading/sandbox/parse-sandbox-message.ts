/**
 * Reads one line a sandboxed child wrote, as untrusted data: JSON that must
 * be exactly one of the {@link SandboxMessage} shapes, else `undefined`.
 * Whatever it returns is plain data (JSON.parse makes no getters or
 * proxies), so comparing it can neither throw nor be fooled.
 *
 * @example
 * ```ts
 * import { parseSandboxMessage } from 'odibi-ts/dist/src/grading/sandbox/parse-sandbox-message.js';
 * parseSandboxMessage('{"t":"case","i":0,"value":[1,2]}'); // { t: 'case', i: 0, value: [1, 2] }
 * parseSandboxMessage('{"t":"case","i":0,"passed":true}'); // undefined
 * parseSandboxMessage('ODIBI-GRADE: all passed'); // undefined
 * ```
 */
import { z } from 'zod';
import type { SandboxMessage } from './sandbox-job.js';

const index = z.number().int().min(0);
const text = z.string().max(100_000);
const MESSAGE = z.union([
  z.object({ t: z.literal('ready') }).strict(),
  z.object({ t: z.literal('answer'), ok: z.literal(true), entry: z.string().max(20) }).strict(),
  z.object({ t: z.literal('answer'), ok: z.literal(false), error: text }).strict(),
  z.object({ t: z.literal('case'), i: index, value: z.unknown() }).strict().refine((m) => 'value' in m),
  z.object({ t: z.literal('case'), i: index, undefined: z.literal(true) }).strict(),
  z.object({ t: z.literal('case'), i: index, threw: text }).strict(),
  z.object({ t: z.literal('case'), i: index, unreadable: text }).strict(),
  z.object({ t: z.literal('case'), i: index, tooLarge: index }).strict(),
  z.object({ t: z.literal('done') }).strict(),
  z.object({ t: z.literal('fatal'), error: text }).strict(),
]);

export function parseSandboxMessage(line: string): SandboxMessage | undefined {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch {
    return undefined;
  }
  const parsed = MESSAGE.safeParse(data);
  return parsed.success ? (parsed.data as SandboxMessage) : undefined;
}
