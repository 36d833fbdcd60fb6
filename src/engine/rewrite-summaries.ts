/**
 * The optional post-step after briefing: each story's "what happened" lines rewritten fluently by an
 * OpenAI-compatible LLM, one sentence per line, each kept only when the grounding check
 * (`brief/check-grounding.ts`) finds every name, number and date of it in the line's cited passages;
 * otherwise the extractive line stays. A kept sentence carries its line's citations and
 * `generated: {model, extractive}`.
 *
 * Never fatal: once the endpoint is unreachable, times out or answers with an HTTP error, the run asks
 * it nothing more and every later story keeps its extractive lines. What happened is told once per
 * run, not per story: PX506 (the endpoint failed), PX507 (answers that were not the JSON asked for),
 * PX508 (a note: lines rewritten and lines rejected by the check).
 */
import { type CitedPassage, groundingProblem } from '../brief/check-grounding.ts';
import { type LineToRewrite, readRewrite, rewriteMessages } from '../brief/rewrite-prompt.ts';
import { llm as llmConfig } from '../config.ts';
import { type ChatEndpoint, describeEndpoint, postChat } from '../io/chat-completions.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { StoryBriefing, SummaryLine } from '../model/briefing.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import { splitSentences } from '../nlp/tokenize.ts';
import { diagnose } from '../util/diagnose.ts';

/** A briefed story as the rewrite needs it: the briefing and the articles its citations point into. */
export interface BriefedItems {
  briefing: StoryBriefing;
  items: AnalyzedArticle[];
}

/** The stories with their summaries rewritten where the check allowed, and the run's diagnostics. */
export interface Rewritten<T> {
  stories: T[];
  diagnostics: Diagnostic[];
}

/** What the run saw, for its diagnostics. */
interface Tally {
  stories: number;
  asked: number;
  lines: number;
  accepted: number;
  rejected: number;
  firstRejection?: string;
  malformed: number;
  firstMalformed?: string;
  failure?: string;
  skipped: number;
  model?: string;
}

/** Rewrites the summary of every story through `endpoint`; `post` is the HTTP call (tests may replace it). */
export async function rewriteSummaries<T extends BriefedItems>(
  stories: readonly T[],
  endpoint: ChatEndpoint,
  post: typeof postChat = postChat,
): Promise<Rewritten<T>> {
  const tally: Tally = { stories: 0, asked: 0, lines: 0, accepted: 0, rejected: 0, malformed: 0, skipped: 0 };
  const out: T[] = [];
  for (const story of stories) {
    if (story.briefing.summary.length === 0) {
      out.push(story);
      continue;
    }
    tally.stories++;
    if (tally.failure !== undefined) {
      tally.skipped++;
      out.push(story);
      continue;
    }
    const summary = await rewriteStory(story, endpoint, post, tally);
    out.push(summary === null ? story : { ...story, briefing: { ...story.briefing, summary } });
  }
  return { stories: out, diagnostics: diagnosticsOf(tally, endpoint) };
}

/** One story's rewritten summary, or null when it keeps its own (the tally says why). */
async function rewriteStory(
  story: BriefedItems,
  endpoint: ChatEndpoint,
  post: typeof postChat,
  tally: Tally,
): Promise<SummaryLine[] | null> {
  const articles = new Map(story.items.map((i) => [i.article.id, i.article]));
  const cited = story.briefing.summary.map((line) => passagesOf(line, articles));
  const lines: LineToRewrite[] = story.briefing.summary.map((l, i) => ({
    text: l.text,
    passages: cited[i].map((p) => p.text),
  }));
  tally.asked++;
  const answer = await post(endpoint, rewriteMessages(story.briefing.headline, lines));
  if (!answer.ok) {
    if (answer.kind === 'malformed') noteMalformed(tally, answer.reason);
    else tally.failure = answer.reason;
    return null;
  }
  const read = readRewrite(answer.content, lines.length);
  if ('problem' in read) {
    noteMalformed(tally, read.problem);
    return null;
  }
  const model = answer.model ?? endpoint.model ?? hostOf(endpoint.url);
  tally.model ??= model;
  return story.briefing.summary.map((line, i) => {
    tally.lines++;
    const sentence = read.sentences[i];
    if (sentence === line.text) return line;
    const problem = sentenceProblem(sentence, line.text) ?? groundingProblem(sentence, cited[i]);
    if (problem !== null) {
      tally.rejected++;
      tally.firstRejection ??= `line ${i + 1} of "${story.briefing.headline}": ${problem}`;
      return line;
    }
    tally.accepted++;
    return { text: sentence, citations: line.citations, generated: { model, extractive: line.text } };
  });
}

/** The texts of a line's cited ranges (each once), with their articles' publication dates. */
function passagesOf(line: SummaryLine, articles: Map<string, AnalyzedArticle['article']>): CitedPassage[] {
  const seen = new Set<string>();
  const out: CitedPassage[] = [];
  for (const c of line.citations) {
    const article = articles.get(c.article);
    const text = article?.text.slice(c.start, c.end);
    if (!article || !text || seen.has(text)) continue;
    seen.add(text);
    out.push({ text, published: article.published });
  }
  return out;
}

/** Why a sentence cannot stand for its line whatever its facts: empty, several sentences, or far longer. */
function sentenceProblem(sentence: string, line: string): string | null {
  if (!/\p{L}/u.test(sentence)) return 'the sentence is empty';
  if (sentence.length > line.length * llmConfig.maxLengthRatio + 40)
    return 'the sentence is much longer than its line';
  const { sentences } = splitSentences(sentence, [{ start: 0, end: sentence.length }]);
  if (sentences.length > 1) return `${sentences.length} sentences for one line`;
  return null;
}

function noteMalformed(tally: Tally, reason: string): void {
  tally.malformed++;
  tally.firstMalformed ??= reason;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The run's diagnostics: at most one of each code. */
function diagnosticsOf(tally: Tally, endpoint: ChatEndpoint): Diagnostic[] {
  const input = describeEndpoint(endpoint.url);
  const out: Diagnostic[] = [];
  if (tally.failure !== undefined) {
    const kept = tally.skipped + 1;
    out.push(
      diagnose(
        'warning',
        'PX506',
        'brief',
        `LLM rewrite stopped: ${tally.failure}; ${kept} of ${tally.stories} ${plural(tally.stories, 'story', 'stories')} keep their extractive "what happened" lines`,
        { input },
      ),
    );
  }
  if (tally.malformed > 0)
    out.push(
      diagnose(
        'warning',
        'PX507',
        'brief',
        `LLM answer unusable for ${tally.malformed} of ${tally.asked} ${plural(tally.asked, 'story', 'stories')} (${tally.firstMalformed}); their extractive "what happened" lines stay`,
        { input },
      ),
    );
  if (tally.lines > 0) {
    const rejected =
      tally.rejected > 0
        ? `; ${tally.rejected} rejected by the grounding check (first: ${tally.firstRejection})`
        : '; none rejected by the grounding check';
    out.push(
      diagnose(
        'info',
        'PX508',
        'brief',
        `LLM rewrite by ${tally.model}: ${tally.accepted} of ${tally.lines} "what happened" lines rewritten${rejected}`,
        { input },
      ),
    );
  }
  return out;
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many;
}
