import { practicePipeline } from '../src/grading/practice-pipeline.js';
const nodes = [{ name: 'A' }, { name: 'B' }, { name: 'C', dependsOn: ['A'] }, { name: 'D', dependsOn: ['B'] }, { name: 'E', dependsOn: ['C', 'D'] }];
for (const keep of [false, true]) {
  const { pipeline } = practicePipeline({ nodes });
  const first = await pipeline.run({ inject: { B: 'fail' }, keep });
  const second = await pipeline.run({ resume: first });
  console.log(keep, second.toJSON().nodeResults.map((n) => `${n.name}:${n.status}${n.reused ? ':reused' : ''}${n.rerunReason ? ':' + n.rerunReason : ''}`).join(' '));
}
