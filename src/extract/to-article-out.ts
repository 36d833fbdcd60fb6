/**
 * The JSON contract's view of an article (`ArticleOut`) from the internal one.
 */
import type { Article } from '../model/article.ts';
import type { ArticleOut } from '../model/briefing.ts';
import { countWords } from './draft.ts';

/** The contract's view of an article: drops internal fields (paragraphs, removed passages). */
export function toArticleOut(a: Article): ArticleOut {
  const out: ArticleOut = {
    id: a.id,
    title: a.title,
    outlet: a.outlet,
    author: a.author,
    published: a.published,
    language: a.language,
    text: a.text,
    diagnostics: a.diagnostics,
    usable: a.usable,
    extraction: {
      method: a.extraction.method,
      sources: a.extraction.sources,
      removed: a.extraction.removed.map((r) => ({ kind: r.kind, words: countWords(r.text) })),
    },
  };
  if (a.path !== undefined) out.path = a.path;
  if (a.url !== undefined) out.url = a.url;
  if (a.duplicateOf !== undefined) out.duplicateOf = a.duplicateOf;
  return out;
}
