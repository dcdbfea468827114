import { test } from 'node:test';
import assert from 'node:assert/strict';
import { practicePipeline, practiceProject } from '../../src/grading/practice-pipeline.js';

test('a practice pipeline runs its nodes for real on a virtual clock: roots read the orders, the others keep their inputs\' rows', async () => {
  const { pipeline, clock } = practicePipeline({ nodes: [{ name: 'a' }, { name: 'b', dependsOn: ['a'] }], retry: { max_attempts: 2, backoff: 'constant', initial_delay_ms: 20_000 } });
  const results = await pipeline.run({ inject: { a: { failTimes: 1 } } });
  assert.deepEqual(results.completed, ['a', 'b']);
  assert.equal(results.node('b').rowsOut, 5);
  assert.equal(results.durationMs, 20_000);
  assert.equal(clock.monotonic(), 20_000);
  assert.equal(results.toJSON().storyPath, undefined, 'no story unless asked');
});

test('a practice project goes through the real loader: a bad setting is a config error naming it', () => {
  assert.equal(practiceProject({ nodes: [{ name: 'a' }], on_error: 'fail_fast' }).pipelines[0]!.onError, 'fail_fast');
  assert.throws(() => practiceProject({ nodes: [{ name: 'a' }], retry: { max_attempt: 3 } }), (e: Error & { code?: string }) => e.code === 'CONFIG_INVALID' && /max_attempt/.test(e.message));
});
