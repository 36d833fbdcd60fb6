/**
 * How the brief names an article in the text it composes (questions, "Outlet reports that …" labels):
 * its outlet, else its URL's host, else "outlet unknown" with the article id — never its file name,
 * which names a file, not a publication. The renderers use the same rule, so a label in a line and the
 * outlet list of the page agree.
 */
import { outletRegistry } from '../outlets/outlet-registry.ts';

/** The article fields that can name it. */
export interface Nameable {
  id: string;
  outlet?: string | null;
  path?: string;
  url?: string;
}

/** What an article whose outlet is not known is called; the article id follows, so two such articles never read as one outlet. */
export const UNKNOWN_OUTLET = 'outlet unknown';

/** True for the name `outletName` gives an article whose outlet is not known ("outlet unknown (a1b2…)"). */
export function namesNoOutlet(name: string): boolean {
  return name.startsWith(UNKNOWN_OUTLET);
}

/**
 * The name a reader knows an article by: the outlet registry's name for it (by the outlet it gives or
 * its URL's domain: "AP" and apnews.com both read "Associated Press"), else the outlet, else its URL host (a site is its own name),
 * else "outlet unknown (<article id>)" — each unknown outlet stays its own source, as reconcile counts
 * it (`outletOf`: keyed by article id). Standard input (`-`) with no outlet is "standard input".
 */
export function outletName(article: Nameable | undefined, fallback = 'unknown source'): string {
  if (!article) return fallback;
  const known = outletRegistry().forArticle(article);
  if (known) return known.name;
  const outlet = article.outlet?.replace(/\s+/g, ' ').trim();
  if (outlet) return outlet;
  if (article.url) {
    try {
      const host = new URL(article.url).hostname.replace(/^www\./, '');
      if (host) return host;
    } catch {
      // not a URL we can parse: the outlet is unknown
    }
  }
  if (article.path === '-') return 'standard input';
  return `${UNKNOWN_OUTLET} (${article.id})`;
}
