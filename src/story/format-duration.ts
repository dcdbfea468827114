/**
 * A duration for people: `41 ms`, `1.25 s`, `2 min 5 s`.
 *
 * @example
 * ```ts
 * import { formatDuration } from 'odibi-ts/dist/src/story/format-duration.js';
 * formatDuration(1250); // '1.25 s'
 * ```
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return String(ms);
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2).replace(/\.?0+$/, '')} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return `${minutes} min ${seconds} s`;
}
