import { practicePipeline } from '../src/grading/practice-pipeline.js';
import { explainDuration } from '../src/viz/explain-duration.js';
const course = [{ name: 'A' }, { name: 'B' }, { name: 'C', dependsOn: ['A'] }, { name: 'D', dependsOn: ['B'] }, { name: 'E', dependsOn: ['C', 'D'] }];
const scen: any[] = [
  ['dynamic', 4, { A: 30, B: 10, C: 50, D: 10, E: 10 }],
  ['sequential', 4, { A: 30, B: 10, C: 50, D: 10, E: 10 }],
  ['layers', 4, { A: 10, B: 30, C: 60, D: 10, E: 10 }],
  ['dynamic', 1, { A: 30, B: 10, C: 50, D: 10, E: 10 }],
  ['layers', 4, { A: 40, B: 10, C: 10, D: 50, E: 10 }],
  ['dynamic', 2, { A: 20, B: 20, C: 10, D: 50, E: 10 }],
];
for (const [strategy, max, delays] of scen) {
  const { pipeline } = practicePipeline({ nodes: course });
  const r = (await pipeline.run({ strategy, maxConcurrency: max, inject: Object.fromEntries(Object.entries(delays).map(([k, v]) => [k, { delayMs: v }])) })).toJSON();
  console.log(strategy, max, JSON.stringify(delays), r.durationMs, explainDuration(r).chain.map((l) => `${l.node} (${l.cause})`).join(', '), JSON.stringify(r.nodeResults.map(n=>[n.name,n.startOffsetMs,n.durationMs])));
}
