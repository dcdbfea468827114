/**
 * Whether a message shows exactly the given cycle as a path such as
 * `a -> b -> c -> a`: any starting node, either direction, every listed node.
 *
 * @example
 * ```ts
 * import { showsCycle } from 'odibi-ts/dist/src/grading/shows-cycle.js';
 * showsCycle('cycle: b -> c -> a -> b', ['a', 'b', 'c']); // true
 * ```
 */
export function showsCycle(message: unknown, cycle: readonly string[]): boolean {
  if (typeof message !== 'string') return false;
  const name = String.raw`[\w.]+(?:-[\w.]+)*`;
  const paths = message.match(new RegExp(`${name}(?:\\s*->\\s*${name})+`, 'g')) ?? [];
  return paths.some((p) => isRotationOfCycle(p.split(/\s*->\s*/), cycle));
}

function isRotationOfCycle(path: string[], cycle: readonly string[]): boolean {
  if (path.length !== cycle.length + 1 || path[0] !== path[path.length - 1]) return false;
  const ring = path.slice(0, -1);
  const forward = [...cycle];
  const backward = [...cycle].reverse();
  return [forward, backward].some((order) => {
    const start = order.indexOf(ring[0]);
    return start >= 0 && ring.every((name, i) => order[(start + i) % order.length] === name);
  });
}
