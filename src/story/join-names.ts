/**
 * Joins names the way a sentence does: `a`, `a and b`, `a, b and c`; after
 * `max` names the rest is counted (`a, b and 3 others`).
 *
 * @example
 * ```ts
 * import { joinNames } from 'odibi-ts/dist/src/story/join-names.js';
 * joinNames(['raw_orders', 'clean_orders', 'summary']); // 'raw_orders, clean_orders and summary'
 * ```
 */
export function joinNames(names: readonly string[], max = 8): string {
  const shown = names.length > max ? [...names.slice(0, max - 1), `${names.length - max + 1} others`] : [...names];
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
