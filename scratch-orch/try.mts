import { practicePipeline } from '../src/grading/practice-pipeline.js';
const nodes = [{ name: 'A' }, { name: 'B' }, { name: 'C', dependsOn: ['A'] }, { name: 'D', dependsOn: ['B'] }, { name: 'E', dependsOn: ['C', 'D'] }, {name:'F', dependsOn:['D']}];
for (const on_error of ['fail_later', 'fail_fast'] as const) for (const strategy of ['sequential','dynamic'] as const) {
  const { pipeline } = practicePipeline({ nodes, on_error, strategy });
  const r = await pipeline.run({ inject: { B: 'fail' } });
  console.log(on_error, strategy, r.status, r.toJSON().nodeResults.map((n) => `${n.name}:${n.status}${n.skip ? ':' + n.skip.reason + '<' + n.skip.rootCause : ''}`).join(' '));
}
const { pipeline } = practicePipeline({ nodes: [{name:'load'}], retry: { max_attempts: 4, backoff: 'exponential', initial_delay_ms: 100 } });
const r = await pipeline.run({ inject: { load: { failTimes: 3 } } });
console.log(r.status, r.durationMs, r.node('load').attempts.length, r.node('load').rowsOut);
const ctx = r.toJSON().contextEvents; console.log(ctx);
