const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML element content and attribute values (both quote
 * kinds), for stories and grade reports alike.
 *
 * @example
 * ```ts
 * import { escapeHtml } from 'odibi-ts/dist/src/text/escape-html.js';
 * escapeHtml('<script>alert(1)</script>'); // '&lt;script&gt;alert(1)&lt;/script&gt;'
 * escapeHtml(`"Tom's" & co`); // '&quot;Tom&#39;s&quot; &amp; co'
 * ```
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] as string);
}
