/**
 * How the brief names an article in the text it composes (questions, "Outlet reports that …" labels):
 * its outlet, else its URL's host, else its file name, never its id unless nothing else is known.
 * The renderers use the same rule, so a label in a line and the outlet list of the page agree.
 */

/** The article fields that can name it. */
export interface Nameable {
  id: string;
  outlet?: string | null;
  path?: string;
  url?: string;
}

/**
 * The name a reader knows an article by: the outlet, else its URL host, else the basename of its path,
 * else its id. Standard input (`-`) is "standard input".
 */
export function outletName(article: Nameable | undefined, fallback = 'unknown source'): string {
  if (!article) return fallback;
  const outlet = article.outlet?.replace(/\s+/g, ' ').trim();
  if (outlet) return outlet;
  if (article.url) {
    try {
      return new URL(article.url).hostname.replace(/^www\./, '');
    } catch {
      // not a URL we can parse: fall through to the path
    }
  }
  if (article.path === '-') return 'standard input';
  return article.path?.split(/[\\/]/).filter(Boolean).pop() || article.id;
}
