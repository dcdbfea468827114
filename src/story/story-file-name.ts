const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The base name of a story's files: `<pipeline>_<YYYYMMDD_HHMMSS>_<mmm>` in
 * UTC, with characters that are unsafe in file names replaced by `_`, and
 * `_2`, `_3`... added for the second and later stories of the same
 * millisecond (`attempt` counts from 1).
 *
 * @example
 * ```ts
 * import { storyFileName } from 'odibi-ts/dist/src/story/story-file-name.js';
 * storyFileName('orders', new Date('2026-01-15T09:30:05.042Z')); // 'orders_20260115_093005_042'
 * storyFileName('orders', new Date('2026-01-15T09:30:05.042Z'), 2); // 'orders_20260115_093005_042_2'
 * ```
 */
export function storyFileName(pipeline: string, now: Date, attempt = 1): string {
  const safe = pipeline.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_') || 'pipeline';
  const date = `${now.getUTCFullYear()}${pad(now.getUTCMonth() + 1)}${pad(now.getUTCDate())}`;
  const time = `${pad(now.getUTCHours())}${pad(now.getUTCMinutes())}${pad(now.getUTCSeconds())}`;
  const base = `${safe}_${date}_${time}_${pad(now.getUTCMilliseconds(), 3)}`;
  return attempt > 1 ? `${base}_${attempt}` : base;
}
