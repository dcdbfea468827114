// Dependencies point one way: config turns YAML into a validated project and
// knows nothing of connections, engines, runs, stories or Jupyter. Every
// relative import reachable from src/config/ is followed, so an indirect
// dependency fails this test too.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const FORBIDDEN = ['connections', 'engine', 'context', 'node', 'pipeline', 'manager', 'results', 'story', 'viz', 'notebook', 'grading', 'cli'];

/** Relative imports of one file (static, `export ... from`, dynamic; not those in comments), resolved to source files. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)].map((m) => m[1]!);
  return specifiers.map((specifier) => {
    const target = path.resolve(path.dirname(file), specifier);
    const source = target.replace(/\.js$/, '.ts');
    return existsSync(source) ? source : target;
  });
}

/** Every file reachable from `start`, with the chain that reaches it. */
function reachable(start: string[]): Map<string, string[]> {
  const chains = new Map<string, string[]>(start.map((file) => [file, [file]]));
  const queue = [...start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of importsOf(file)) {
      if (chains.has(next) || !existsSync(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      queue.push(next);
    }
  }
  return chains;
}

test('nothing src/config/ imports, directly or not, belongs to the layers above it', () => {
  const config = readdirSync(path.join(SRC, 'config')).filter((f) => f.endsWith('.ts')).map((f) => path.join(SRC, 'config', f));
  const chains = reachable(config);
  assert.ok(chains.size > config.length, 'config imports something (errors, graph, operations)');
  const upward = [...chains].filter(([file]) => FORBIDDEN.includes(path.relative(SRC, file).split(path.sep)[0]!));
  assert.deepEqual(upward.map(([, chain]) => chain.map((f) => path.relative(SRC, f)).join(' -> ')), []);
});

test('the check can fail: the connection registry itself reaches config, as it may', () => {
  const chains = reachable([path.join(SRC, 'connections', 'connection-registry.ts')]);
  assert.ok([...chains.keys()].some((file) => path.relative(SRC, file).startsWith(`config${path.sep}`)));
});
