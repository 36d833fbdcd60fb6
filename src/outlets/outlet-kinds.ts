/**
 * What kinds of outlet covered a story, in words: "2 wire, 1 national, 1 unlisted". Each outlet counts
 * once (by the registry's name, else the name it gives); an outlet the registry does not list is
 * "unlisted" rather than guessed. Null when the registry lists none of them: a line of unlisted
 * outlets tells a reader nothing the outlet count does not.
 */
import { OUTLET_KINDS, type OutletKind } from './outlet.ts';
import { type OutletRegistry, outletRegistry } from './outlet-registry.ts';

/** The kinds of the outlets of `articles` counted in words, or null when none is listed. */
export function outletKinds(
  articles: ReadonlyArray<{ outlet?: string | null; url?: string } | undefined>,
  registry: OutletRegistry = outletRegistry(),
): string | null {
  const kindOf = new Map<string, OutletKind | 'unlisted'>();
  for (const a of articles) {
    if (!a) continue;
    const known = registry.forArticle(a);
    const name = known?.name ?? a.outlet?.trim();
    if (!name) continue;
    kindOf.set(name.toLowerCase(), known?.kind ?? 'unlisted');
  }
  const counts = new Map<string, number>();
  for (const k of kindOf.values()) counts.set(k, (counts.get(k) ?? 0) + 1);
  if (![...counts.keys()].some((k) => k !== 'unlisted')) return null;
  return [...OUTLET_KINDS, 'unlisted']
    .filter((k) => counts.has(k))
    .map((k) => `${counts.get(k)} ${k}`)
    .join(', ');
}
