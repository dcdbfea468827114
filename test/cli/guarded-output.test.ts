import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough, Writable } from 'node:stream';
import { guardedOutput } from '../../src/cli/guarded-output.js';

test('writes go through until the stream fails; then it is closed and later writes are dropped, never thrown', async () => {
  const written: string[] = [];
  let fail = false;
  const stream = new Writable({
    write(chunk, _encoding, done) {
      if (fail) return done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      written.push(String(chunk));
      done();
    },
  });
  const out = guardedOutput(stream);
  out.write('one\n');
  assert.equal(out.closed, false);
  fail = true;
  out.write('two\n');
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(out.closed, true);
  assert.doesNotThrow(() => out.write('three\n'));
  assert.deepEqual(written, ['one\n']);
});

test('a stream is guarded once: every caller shares its closed flag', () => {
  const stream = new PassThrough();
  assert.equal(guardedOutput(stream), guardedOutput(stream));
  assert.equal(stream.listenerCount('error'), 1);
});
