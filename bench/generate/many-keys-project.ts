/**
 * A project whose one node's read options hold `keys` keys (`k0: 0`,
 * `k1: 1`...): the input of the linear-time key check, shared by its test
 * (test/reliability/config-edges.test.ts) and benchmark 1 (bench/graph.ts).
 */
export function manyKeysProject(keys: number, repeat?: number): string {
  const lines = ['project: keys', 'connections: { mem: { type: memory } }', 'pipelines:', '  - pipeline: main', '    nodes:', '      - name: wide'];
  lines.push('        read:', '          connection: mem', '          path: wide', '          format: json', '          options:');
  for (let i = 0; i < keys; i++) lines.push(`            k${i}: ${i}`);
  if (repeat !== undefined) lines.push(`            k${repeat}: again`);
  return `${lines.join('\n')}\n`;
}
