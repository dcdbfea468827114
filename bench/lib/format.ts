/** Number formatting shared by the benchmark tables. */

/** Milliseconds with sensible precision (`0.42`, `12.3`, `1534`). */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  if (value < 1) return value.toFixed(3);
  if (value < 100) return value.toFixed(1);
  return Math.round(value).toString();
}

/** A ratio as `3.2x`. */
export function ratio(value: number): string {
  if (!Number.isFinite(value)) return 'n/a';
  return value >= 10 ? `${value.toFixed(0)}x` : `${value.toFixed(2)}x`;
}

/** Bytes as MB with one decimal. */
export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Powers of ten as `10^5`, other counts with thousands separators. */
export function count(n: number): string {
  const exp = Math.log10(n);
  return Number.isInteger(exp) && exp >= 3 ? `10^${exp}` : n.toLocaleString('en-US');
}
