/**
 * Stable ids: a prefix letter and 12 hex digits of a SHA-1 over the given parts.
 */
import { createHash } from 'node:crypto';

/** Returns `prefix` + 12 hex digits derived from `parts` (same parts, same id). */
export function hashId(prefix: string, ...parts: string[]): string {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\u0000');
  return prefix + h.digest('hex').slice(0, 12);
}
