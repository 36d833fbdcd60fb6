/**
 * Escaping for HTML: every piece of article text and metadata is untrusted and goes through here.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Escapes a string for use in HTML text and in double- or single-quoted attribute values.
 *
 * Replaces `& < > " '`; safe in both contexts, so callers never need to choose.
 */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}
