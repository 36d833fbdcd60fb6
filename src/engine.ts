/**
 * The engine: the one place that knows the order of the stages.
 * ingest → extract → nlp → cluster → reconcile → brief. I/O (reading inputs) happens before it, rendering after it.
 */
import { briefStory } from './brief/index.ts';
import { clusterArticles } from './cluster/index.ts';
import { findDuplicates } from './dedup/find-duplicates.ts';
import { extractArticle } from './extract/index.ts';
import { toArticleOut } from './extract/to-article-out.ts';
import type { AnalyzedArticle } from './model/annotations.ts';
import type { Article } from './model/article.ts';
import type { ArticlesOutput, BriefOutput, StoryBriefing } from './model/briefing.ts';
import type { Diagnostic } from './model/diagnostic.ts';
import type { Findings } from './model/findings.ts';
import type { RawDocument } from './model/source.ts';
import type { Story } from './model/story.ts';
import { annotate } from './nlp/index.ts';
import { reconcileStory } from './reconcile/index.ts';
import type { IngestProgress } from './service/ingest-report.ts';
import { diagnose } from './util/diagnose.ts';

/** Extracts articles from raw documents (extract stage only); one failing document never stops the batch. */
export function extractDocuments(documents: RawDocument[]): Article[] {
  return documents.map((doc) => guarded(doc, () => extractArticle(doc)));
}

/**
 * Runs one document's stage work; a bug (an exception) in it turns that document into an unusable
 * article with a PX903 diagnostic, so that the rest of the batch goes on and nothing is lost silently.
 */
export function guarded(doc: RawDocument, work: () => Article): Article {
  try {
    return work();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const place = { input: doc.path ?? doc.url ?? doc.id, article: doc.id };
    return {
      id: doc.id,
      ...(doc.path !== undefined && { path: doc.path }),
      ...(doc.url !== undefined && { url: doc.url }),
      title: null,
      outlet: null,
      author: null,
      published: null,
      language: null,
      text: '',
      paragraphs: [],
      extraction: { method: 'failed', sources: {}, removed: [] },
      diagnostics: [
        ...doc.diagnostics,
        diagnose('error', 'PX903', 'extract', `internal error: ${reason}`, place),
      ],
      usable: false,
    };
  }
}

/** Annotates one article; a bug in the NLP stage marks that article unusable (PX903) instead of failing the run. */
export function annotateGuarded(article: Article): AnalyzedArticle | Article {
  try {
    return { article, annotations: annotate(article) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const place = { input: article.path ?? article.url ?? article.id, article: article.id };
    const d = diagnose('error', 'PX903', 'nlp', `internal error: ${reason}`, place);
    return { ...article, usable: false, diagnostics: [...article.diagnostics, d] };
  }
}

/** Runs extraction and returns the `parallax articles` output. */
export function articlesOf(documents: RawDocument[], diagnostics: Diagnostic[] = []): ArticlesOutput {
  const articles = extractDocuments(documents);
  return { articles: articles.map(toArticleOut), diagnostics };
}

/** One story as the stages leave it: its articles with annotations, what reconcile found, the briefing. */
export interface StoryRun {
  story: Story;
  items: AnalyzedArticle[];
  findings: Findings;
  briefing: StoryBriefing;
}

/** Everything a run of all stages produces, before it is cut down to the JSON contract. */
export interface PipelineRun {
  /** Every article in input order (near-duplicates carry `duplicateOf`). */
  articles: Article[];
  stories: StoryRun[];
  /** Run-level diagnostics: the caller's (ingest) first, then nlp, dedup and reconcile. */
  diagnostics: Diagnostic[];
}

/** Options of a pipeline run. */
export interface PipelineOptions {
  /** Called as the run moves on: `extract` per document (extraction and NLP), `cluster` once, `brief` per story. */
  onProgress?: IngestProgress;
}

/** Runs every stage over raw documents: extract → nlp → dedup → cluster → reconcile → brief. */
export function runPipeline(
  documents: RawDocument[],
  diagnostics: Diagnostic[] = [],
  options: PipelineOptions = {},
): PipelineRun {
  const progress = options.onProgress ?? (() => {});
  const articles: Article[] = [];
  const analyzed: AnalyzedArticle[] = [];
  const nlp: Diagnostic[] = [];
  for (const [i, doc] of documents.entries()) {
    const [article] = extractDocuments([doc]);
    const result = article.usable ? annotateGuarded(article) : article;
    if ('annotations' in result) {
      analyzed.push(result);
      nlp.push(...(result.annotations.diagnostics ?? []));
    }
    articles.push('annotations' in result ? result.article : result);
    progress('extract', i + 1, documents.length);
  }
  const dedup = findDuplicates(analyzed.map((a) => a.article));
  const linked = new Map(dedup.articles.map((a) => [a.id, a]));
  const kept = new Set(dedup.kept.map((a) => a.id));
  const unique = analyzed
    .filter((a) => kept.has(a.article.id))
    .map((a) => ({ ...a, article: linked.get(a.article.id)! }));
  const byId = new Map(unique.map((a) => [a.article.id, a]));
  const found: Diagnostic[] = [...nlp, ...dedup.diagnostics];
  progress('cluster', 0, 1);
  const clustered = clusterArticles(unique);
  progress('cluster', 1, 1);
  const stories = clustered.map((story, n) => {
    const items = story.articles.map((id) => byId.get(id)!);
    const findings = reconcileStory(story, items);
    found.push(...findings.diagnostics);
    const briefing = briefStory(story, items, findings);
    progress('brief', n + 1, clustered.length);
    return { story, items, findings, briefing };
  });
  return {
    articles: articles.map((a) => linked.get(a.id) ?? a),
    stories,
    diagnostics: [...diagnostics, ...found],
  };
}

/** Runs every stage over raw documents and returns the `parallax brief` output. */
export function briefDocuments(
  documents: RawDocument[],
  diagnostics: Diagnostic[] = [],
  options: PipelineOptions = {},
): BriefOutput {
  const run = runPipeline(documents, diagnostics, options);
  return {
    articles: run.articles.map(toArticleOut),
    stories: run.stories.map((s) => s.briefing),
    diagnostics: run.diagnostics,
  };
}

export { toArticleOut };
