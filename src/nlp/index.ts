/**
 * The NLP stage: an article in, its annotations out (sentences, tokens, name mentions, dates, quotes).
 *
 * Pure: no clock (relative dates resolve against `article.published`), no I/O; wink-nlp's model is
 * loaded once per process on first use.
 */
import type { Annotations } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { diagnose } from '../util/diagnose.ts';
import { findMentions } from './find-mentions.ts';
import { findQuotes } from './find-quotes.ts';
import type { NlpOptions } from './options.ts';
import { resolveOptions } from './options.ts';
import { findDates } from './resolve-dates.ts';
import { splitSentences } from './tokenize.ts';

export { findMentions } from './find-mentions.ts';
export { findQuotes } from './find-quotes.ts';
export type { NlpOptions } from './options.ts';
export { findDates, referenceDate, resolveDates, toldAhead } from './resolve-dates.ts';
export { splitSentences } from './tokenize.ts';

/**
 * Annotates one article: sentences and tokens, name mentions, resolved dates and quotes with speakers.
 *
 * Never mutates the article. An article without sentences gets empty annotations and a PX301 warning;
 * each relative date left unresolved (no publication date) gets a PX302 info with its range.
 */
export function annotate(article: Article, options: Partial<NlpOptions> = {}): Annotations {
  const opts = resolveOptions(options);
  const { text } = article;
  const { sentences, tokens } = splitSentences(text, article.paragraphs);
  const mentions = findMentions(text, tokens, opts);
  const { dates, unresolved } = findDates(text, sentences, article.published, opts);
  const quotes = findQuotes(text, sentences, tokens, mentions, opts);
  const out: Annotations = { article: article.id, sentences, tokens, mentions, dates, quotes };
  const diagnostics: Diagnostic[] = [];
  if (sentences.length === 0) {
    const message = 'no sentences found in the article text';
    diagnostics.push(diagnose('warning', 'PX301', 'nlp', message, { article: article.id }));
  }
  for (const u of unresolved) {
    const message = `relative date "${u.text}" not resolved: the article has no publication date`;
    diagnostics.push(
      diagnose('info', 'PX302', 'nlp', message, { article: article.id, start: u.start, end: u.end }),
    );
  }
  if (diagnostics.length > 0) out.diagnostics = diagnostics;
  return out;
}
