/**
 * The LLM rewrite's conversation: the request for one story's "what happened" lines (each with its
 * cited passages), and the reading of the answer, one sentence per line in the lines' order, so each
 * sentence keeps its line's citations.
 */
import { llm as llmConfig } from '../config.ts';
import type { ChatMessage } from '../io/chat-completions.ts';

/** One line to rewrite: its text as the briefing shows it, and the texts of its cited ranges. */
export interface LineToRewrite {
  text: string;
  passages: string[];
}

const SYSTEM = [
  'You edit the "what happened" lines of a news briefing so that they read as fluent prose.',
  'Each line is a sentence taken from a news article, with the source passages it rests on.',
  'Rewrite each line as exactly one sentence, in the same order, keeping its meaning.',
  "Say only what the line says. Its first passage is the line's source; the others are other outlets' wordings, there to spell names in full. Add nothing: no new names, numbers, dates, causes or opinions.",
  'Write every name, number and date as the passages write it. Keep negations and hedges ("nearly", "at least").',
  'Drop attribution clauses ("officials said") only when the fact does not depend on who said it.',
  'Answer with a JSON object only: {"sentences": ["...", "..."]}, one string per line.',
].join('\n');

/** The messages asking for the rewrite of `lines` (passages cut to `config.llm` sizes). */
export function rewriteMessages(headline: string, lines: readonly LineToRewrite[]): ChatMessage[] {
  const payload = {
    story: headline,
    lines: lines.map((l, i) => ({
      line: i + 1,
      text: l.text,
      passages: l.passages
        .slice(0, llmConfig.maxPassagesPerLine)
        .map((p) => cut(p, llmConfig.maxPassageChars)),
    })),
  };
  return [
    { role: 'system', content: SYSTEM },
    { role: 'user', content: JSON.stringify(payload, null, 1) },
  ];
}

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}

/**
 * The sentences of an answer, one per line; or why the answer cannot be used. Accepts the object asked
 * for, or a bare array of strings, with or without a Markdown code fence around it.
 */
export function readRewrite(
  content: string,
  lineCount: number,
): { sentences: string[] } | { problem: string } {
  const body = content
    .trim()
    .replace(/^```(?:json)?\s*/i, '')
    .replace(/\s*```$/, '');
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return { problem: 'the message is not JSON' };
  }
  const list = Array.isArray(json) ? json : (json as { sentences?: unknown })?.sentences;
  if (!Array.isArray(list) || !list.every((s) => typeof s === 'string'))
    return { problem: 'the message holds no "sentences" list of strings' };
  if (list.length !== lineCount)
    return {
      problem: `${list.length} ${list.length === 1 ? 'sentence' : 'sentences'} for ${lineCount} lines`,
    };
  return { sentences: list.map((s: string) => s.replace(/\s+/g, ' ').trim()) };
}
