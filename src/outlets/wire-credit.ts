/**
 * Wire copy: an article whose dateline credits a wire service of the registry ("LONDON (Reuters) -",
 * "KYIV, Ukraine (AP) —") is that wire's copy, whoever republishes it. Read from the text itself, so
 * that an article loaded back from the store is credited as it was when first briefed.
 */
import { readDateline } from '../extract/read-dateline.ts';
import type { OutletRegistry } from './outlet-registry.ts';

/** How many leading paragraphs may hold the dateline (as the extractor reads it). */
const DATELINE_PARAGRAPHS = 3;

/** The canonical name of the wire service an article's dateline credits, or null. */
export function wireCreditOf(text: string | undefined, registry: OutletRegistry): string | null {
  if (!text) return null;
  for (const paragraph of text.split('\n\n', DATELINE_PARAGRAPHS)) {
    const credit = readDateline(paragraph)?.outlet;
    if (!credit) continue;
    const outlet = registry.byName(credit);
    return outlet?.kind === 'wire' ? outlet.name : null;
  }
  return null;
}
