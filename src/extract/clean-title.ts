/**
 * Titles without the site name: "Headline | Outlet", "Headline - Outlet", "Outlet | Headline".
 */

const SEPARATOR = /\s+[|–—·-]\s+|\s+::\s+|\s*\|\s*/;

/** Comparable forms of a name: lower-case letters and digits only, with and without a leading "the". */
function keys(s: string): string[] {
  const base = s.toLowerCase().replace(/\.(?:com|net|org|co\.uk|io)$/, '');
  const strip = (x: string): string => x.replace(/[^\p{L}\p{N}]/gu, '');
  return [strip(base), strip(base.replace(/^the\s+/, ''))].filter((k) => k.length > 1);
}

/** True when `part` names the same site as `outlet` ("TheHill" ~ "The Hill", "kestrel.com" ~ "Kestrel"). */
export function sameOutlet(part: string, outlet: string): boolean {
  return keys(part).some((a) =>
    keys(outlet).some(
      (b) => a === b || (a.length >= 4 && b.startsWith(a)) || (b.length >= 4 && a.startsWith(b)),
    ),
  );
}

/** Case, quotes, dashes and spaces folded, to compare a heading with a title. */
export function titleKey(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/[“”„‟]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The title and each part of it between site-name separators ("Opinion | Headline - Outlet" → 4 forms). */
export function titleForms(title: string): string[] {
  const parts = title.split(SEPARATOR).map((p) => p.trim());
  return parts.length < 2 ? [title] : [title, ...parts.filter((p) => p !== '')];
}

/**
 * Strips the site name from a title when it equals the outlet: the last part after a separator
 * (`|`, ` - `, ` — `, `::`, `·`) or the first one. With no outlet known, the title is kept as is.
 */
export function cleanTitle(title: string, outlet: string | null): string {
  if (!outlet) return title;
  const parts = title.split(SEPARATOR);
  if (parts.length < 2) return title;
  const sep = [...title.matchAll(new RegExp(SEPARATOR, 'g'))];
  const last = sep[sep.length - 1];
  if (sameOutlet(parts[parts.length - 1], outlet) && last.index !== undefined)
    return title.slice(0, last.index).trim();
  const first = sep[0];
  if (sameOutlet(parts[0], outlet) && first.index !== undefined)
    return title.slice(first.index + first[0].length).trim();
  return title;
}
