/**
 * The output formats of `parallax brief` and `parallax articles`: a module of its own, without the
 * renderers, so the command line can list them without loading anything else.
 */

/** The formats `parallax brief` writes. */
export const BRIEF_FORMATS = ['markdown', 'json', 'html'] as const;
/** A format `parallax brief` writes. */
export type BriefFormat = (typeof BRIEF_FORMATS)[number];

/** The formats `parallax articles` writes. */
export const ARTICLES_FORMATS = ['markdown', 'json'] as const;
/** A format `parallax articles` writes. */
export type ArticlesFormat = (typeof ARTICLES_FORMATS)[number];
