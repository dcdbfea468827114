/**
 * Decodes UTF-8 bytes strictly (a leading byte-order mark is dropped). A file
 * that is not UTF-8 gives ENGINE_BAD_DATA naming the file, line and column.
 *
 * @example
 * ```ts
 * import { decodeText } from 'odibi-ts/dist/src/engine/arquero/formats/decode-text.js';
 * decodeText(new TextEncoder().encode('a,b\n1,2'), 'orders.csv'); // 'a,b\n1,2'
 * ```
 */
import { OdibiError } from '../../../errors.js';

export function decodeText(bytes: Uint8Array, where: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch (error) {
    const at = invalidUtf8Offset(bytes);
    const position = at < 0 ? '' : ` at line ${lineOf(bytes, at)}, byte ${at}`;
    throw new OdibiError('ENGINE_BAD_DATA', `${where}: the file is not UTF-8 text${position}`, {
      hint: 'save the file as UTF-8 (for example with iconv -f latin1 -t utf-8)',
      cause: error,
    });
  }
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function invalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const extra = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (extra < 0) return i;
    for (let k = 1; k <= extra; k++) {
      if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
    }
    i += extra + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}
