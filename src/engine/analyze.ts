/**
 * The analyze stage: one raw document → its article and, when usable, the article's annotations
 * (extract, NLP, quantities, dates). Pure and independent per document, so it may run in parallel.
 */
import { extractArticle } from '../extract/index.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { RawDocument } from '../model/source.ts';
import { annotate } from '../nlp/index.ts';
import { diagnose } from '../util/diagnose.ts';

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

/** Extracts one document (extract stage only; a failure is an unusable article with PX903). */
export function extractGuarded(doc: RawDocument): Article {
  return guarded(doc, () => extractArticle(doc));
}

/**
 * Analyzes one document: its article with annotations when usable, else the unusable article.
 * `annotateWith` replaces the NLP step (a service passes a cached one; default `annotateGuarded`).
 */
export function analyze(
  doc: RawDocument,
  annotateWith: (article: Article) => AnalyzedArticle | Article = annotateGuarded,
): AnalyzedArticle | Article {
  const article = extractGuarded(doc);
  return article.usable ? annotateWith(article) : article;
}

/** True when a stage result carries annotations (a usable, analyzed article). */
export function isAnalyzed(result: AnalyzedArticle | Article): result is AnalyzedArticle {
  return 'annotations' in result;
}
