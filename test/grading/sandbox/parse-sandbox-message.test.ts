import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseSandboxMessage } from '../../../src/grading/sandbox/parse-sandbox-message.js';

test('each message shape the child writes is read back as plain data', () => {
  assert.deepEqual(parseSandboxMessage('{"t":"ready"}'), { t: 'ready' });
  assert.deepEqual(parseSandboxMessage('{"t":"answer","ok":true,"entry":"function"}'), { t: 'answer', ok: true, entry: 'function' });
  assert.deepEqual(parseSandboxMessage('{"t":"answer","ok":false,"error":"Error: x"}'), { t: 'answer', ok: false, error: 'Error: x' });
  assert.deepEqual(parseSandboxMessage('{"t":"case","i":2,"value":{"a":[1,null]}}'), { t: 'case', i: 2, value: { a: [1, null] } });
  assert.deepEqual(parseSandboxMessage('{"t":"case","i":0,"value":null}'), { t: 'case', i: 0, value: null });
  assert.deepEqual(parseSandboxMessage('{"t":"case","i":0,"undefined":true}'), { t: 'case', i: 0, undefined: true });
  assert.deepEqual(parseSandboxMessage('{"t":"case","i":1,"threw":"Error: no"}'), { t: 'case', i: 1, threw: 'Error: no' });
  assert.deepEqual(parseSandboxMessage('{"t":"done"}'), { t: 'done' });
});

test('anything else is refused: not JSON, other shapes, claims of passing, extra fields, bad indexes', () => {
  for (const line of [
    'ODIBI-GRADE:abc:{"earned":113}',
    '{"t":"case","i":0,"passed":true}',
    '{"t":"case","i":0,"value":1,"passed":true}',
    '{"t":"case","i":-1,"value":1}',
    '{"t":"case","i":1.5,"value":1}',
    '{"t":"case","i":0}',
    '{"t":"answer","ok":true}',
    '{"t":"score","earned":10}',
    '[{"t":"done"}]',
    'null',
    '',
  ]) assert.equal(parseSandboxMessage(line), undefined, line);
});
