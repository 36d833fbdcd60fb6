/**
 * A small, dependency-free stand-in for the NLP stage, for cluster tests and the ECB+ evaluation
 * script: regex tokens (POS `PUNCT`, `NUM`, `PROPN` for capitalised words, else `X`) and names
 * as runs of capitalised words. Keeps cluster tests independent of the NLP stage's evolution.
 */

import type { Annotations, Mention, Token } from '../../src/model/annotations.ts';
import type { Article } from '../../src/model/article.ts';
import type { Range } from '../../src/model/citation.ts';
import { TOPIC_STOPWORDS } from '../../src/text/index.ts';

/** Builds an `Article` from paragraphs of text (joined by a blank line). */
export function makeArticle(
  id: string,
  paragraphs: readonly string[],
  meta: { published?: string | null; title?: string | null; outlet?: string | null } = {},
): Article {
  const text = paragraphs.join('\n\n');
  const ranges: Range[] = [];
  let start = 0;
  for (const p of paragraphs) {
    ranges.push({ start, end: start + p.length });
    start += p.length + 2;
  }
  return {
    id,
    title: meta.title ?? null,
    outlet: meta.outlet ?? null,
    author: null,
    published: meta.published ?? null,
    language: 'en',
    text,
    paragraphs: ranges,
    extraction: { method: 'plain-text', sources: {}, removed: [] },
    diagnostics: [],
    usable: true,
  };
}

const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const SENTENCE_END = /^[.!?]$/u;

/** Annotates an article with tokens and capitalised-run mentions (no dates, no quotes). */
export function quickAnnotate(article: Article): Annotations {
  const tokens: Token[] = [];
  let sentence = 0;
  let sentenceStart = true;
  for (const m of article.text.matchAll(TOKEN)) {
    const raw = m[0];
    const pos = !/[\p{L}\p{N}]/u.test(raw)
      ? 'PUNCT'
      : /^[\p{N}.,-]+$/u.test(raw)
        ? 'NUM'
        : /^\p{Lu}/u.test(raw) && !sentenceStart
          ? 'PROPN'
          : 'X';
    tokens.push({ start: m.index, end: m.index + raw.length, norm: raw.toLowerCase(), pos, sentence });
    sentenceStart = false;
    if (
      SENTENCE_END.test(raw) ||
      article.text.slice(m.index + raw.length, m.index + raw.length + 2) === '\n\n'
    ) {
      sentence++;
      sentenceStart = true;
    } else if (article.text[m.index + raw.length] === '\n') sentenceStart = true;
  }
  return {
    article: article.id,
    sentences: [],
    tokens,
    mentions: capitalisedRuns(article.text, tokens),
    dates: [],
    quotes: [],
  };
}

/** Runs of capitalised tokens (a sentence-initial stopword is not a name) as `other` mentions. */
function capitalisedRuns(text: string, tokens: readonly Token[]): Mention[] {
  const mentions: Mention[] = [];
  let run: Token[] = [];
  const flush = () => {
    if (run.length > 0) {
      const start = run[0].start;
      const end = run[run.length - 1].end;
      mentions.push({
        start,
        end,
        text: text.slice(start, end),
        kind: 'other',
        sentence: run[0].sentence,
        method: 'test',
      });
    }
    run = [];
  };
  for (const token of tokens) {
    const capital = /^\p{Lu}/u.test(text.slice(token.start, token.end)) && !TOPIC_STOPWORDS.has(token.norm);
    const adjacent = run.length === 0 || /^ $/u.test(text.slice(run[run.length - 1].end, token.start));
    if (capital && adjacent) run.push(token);
    else {
      flush();
      if (capital) run.push(token);
    }
  }
  flush();
  return mentions;
}
