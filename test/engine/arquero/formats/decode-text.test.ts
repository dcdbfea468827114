import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeText, invalidUtf8Offset } from '../../../../src/engine/arquero/formats/decode-text.js';
import { OdibiError } from '../../../../src/errors.js';

test('decodes UTF-8, including multi-byte characters', () => {
  assert.equal(decodeText(new TextEncoder().encode('café ✓ 🎉'), 'x'), 'café ✓ 🎉');
});

test('finds the first invalid byte', () => {
  assert.equal(invalidUtf8Offset(new TextEncoder().encode('ok ✓')), -1);
  assert.equal(invalidUtf8Offset(new Uint8Array([0x61, 0xe9, 0x62])), 1);
  assert.equal(invalidUtf8Offset(new Uint8Array([0x61, 0xe2, 0x82])), 1);
});

test('invalid bytes are ENGINE_BAD_DATA naming the file and line', () => {
  assert.throws(() => decodeText(new Uint8Array([0x61, 0x0a, 0x62, 0xff]), 'data:in.csv'), (e: unknown) => {
    assert.ok(e instanceof OdibiError);
    assert.equal(e.code, 'ENGINE_BAD_DATA');
    assert.match(e.message, /data:in\.csv: the file is not UTF-8 text at line 2, byte 3/);
    return true;
  });
});
