/**
 * Metadata values as plain text: a feed's or page's title, outlet or author may carry markup
 * (`<script>…</script>Wire`) or be absurdly long (a million-character title); neither is a name.
 */

/** A cleaned value, and what was done to it (for the diagnostic), if anything. */
export interface CleanedMeta {
  value: string | null;
  change?: 'markup removed' | 'too long';
}

/** Elements whose content is code, not text: dropped with their content. */
const CODE_ELEMENT = /<(script|style|iframe|object|embed|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** Any other tag (opening, closing, self-closing, or cut off at the end of the value). */
const TAG = /<\/?[a-z!][^>]*>/gi;

/**
 * The value without markup (code elements with their content, other tags without theirs) and with its
 * spaces collapsed; null when nothing is left or it is longer than `maxChars` (no title, outlet or
 * author runs that long: it is text that landed in the wrong field).
 */
export function cleanMetaValue(raw: string, maxChars: number): CleanedMeta {
  let value = raw;
  let change: CleanedMeta['change'];
  if (/<[a-z!/]/i.test(value)) {
    const plain = value.replace(CODE_ELEMENT, ' ').replace(TAG, ' ');
    if (plain !== value) change = 'markup removed';
    value = plain;
  }
  value = value.replace(/\s+/g, ' ').trim();
  if (value.length > maxChars) return { value: null, change: 'too long' };
  const out: CleanedMeta = { value: value === '' ? null : value };
  if (change) out.change = change;
  return out;
}
