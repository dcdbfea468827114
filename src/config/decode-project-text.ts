/**
 * Decodes a project file's bytes as UTF-8, strictly: a file saved in another
 * encoding (Latin-1, UTF-16) gives a CONFIG_FILE_UNREADABLE problem naming the
 * line and column of the first bad byte, instead of silently turning it into
 * a replacement character. A leading byte-order mark is dropped.
 *
 * @example
 * ```ts
 * import { decodeProjectText } from 'odibi-ts/dist/src/config/decode-project-text.js';
 * decodeProjectText(new TextEncoder().encode('project: demo\n'), 'project.yaml'); // 'project: demo\n'
 * decodeProjectText(new Uint8Array([0x61, 0xe9, 0x0a]), 'project.yaml'); // a Problem: line 1, column 2
 * ```
 */
import type { Problem } from '../errors.js';

export function decodeProjectText(bytes: Uint8Array, file: string): string | Problem {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const good = new TextDecoder('utf-8').decode(bytes).split('\uFFFD')[0]!;
    const lines = good.split('\n');
    const line = lines.length;
    const column = lines[lines.length - 1]!.length + 1;
    return {
      code: 'CONFIG_FILE_UNREADABLE', file, line, column,
      message: `project file ${file} cannot be read: it is not UTF-8 text (first bad byte at line ${line}, column ${column})`,
      hint: 'save the file as UTF-8 (for example with iconv -f latin1 -t utf-8)',
    };
  }
}
