/**
 * The engine: the one place that knows the order of the stages.
 * ingest → extract → nlp → cluster → reconcile → brief. I/O (reading inputs) happens before it, rendering after it.
 */
import { briefStory } from './brief/index.ts';
import { clusterArticles } from './cluster/index.ts';
import { countWords } from './extract/draft.ts';
import { extractArticle } from './extract/index.ts';
import type { AnalyzedArticle } from './model/annotations.ts';
import type { Article } from './model/article.ts';
import type { ArticleOut, ArticlesOutput, BriefOutput } from './model/briefing.ts';
import type { Diagnostic } from './model/diagnostic.ts';
import type { RawDocument } from './model/source.ts';
import { annotate } from './nlp/index.ts';
import { reconcileStory } from './reconcile/index.ts';

/** Extracts articles from raw documents (extract stage only). */
export function extractDocuments(documents: RawDocument[]): Article[] {
  return documents.map((doc) => extractArticle(doc));
}

/** Runs extraction and returns the `parallax articles` output. */
export function articlesOf(documents: RawDocument[], diagnostics: Diagnostic[] = []): ArticlesOutput {
  const articles = extractDocuments(documents);
  return { articles: articles.map(toArticleOut), diagnostics };
}

/** Runs every stage over raw documents and returns the `parallax brief` output. */
export function briefDocuments(documents: RawDocument[], diagnostics: Diagnostic[] = []): BriefOutput {
  const articles = extractDocuments(documents);
  const analyzed: AnalyzedArticle[] = articles
    .filter((a) => a.usable)
    .map((article) => ({ article, annotations: annotate(article) }));
  const byId = new Map(analyzed.map((a) => [a.article.id, a]));
  const found: Diagnostic[] = [];
  const stories = clusterArticles(analyzed).map((story) => {
    const items = story.articles.map((id) => byId.get(id)!);
    const findings = reconcileStory(story, items);
    found.push(...findings.diagnostics);
    return briefStory(story, items, findings);
  });
  return { articles: articles.map(toArticleOut), stories, diagnostics: [...diagnostics, ...found] };
}

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
  return out;
}
