/**
 * Briefing: the JSON contract of `parallax brief --format json`. Stable: extend, never rename.
 * Every type here is inferred from the one schema source, `schema/briefing.ts` (fields documented there).
 */
import type { z } from 'zod';
import type { ArticleOutSchema } from './schema/article.ts';
import type * as S from './schema/briefing.ts';

/** One line of a briefing and the exact passages it rests on. */
export type Line = z.infer<typeof S.LineSchema>;
/** A "what happened" line: extractive, or rewritten by an LLM and checked against its cited passages. */
export type SummaryLine = z.infer<typeof S.SummaryLineSchema>;
/** How well a fact is supported across outlets. */
export type FactStatus = z.infer<typeof S.FactStatusSchema>;
/** A key fact with its support. */
export type Fact = z.infer<typeof S.FactSchema>;
/** One value that some outlets give for a disputed topic. */
export type Variant = z.infer<typeof S.VariantSchema>;
/** Where the sources disagree. */
export type Dispute = z.infer<typeof S.DisputeSchema>;
/** A timeline entry: a dated event. */
export type Entry = z.infer<typeof S.EntrySchema>;
/** A quote with its speaker; `text` occurs verbatim in each cited article. */
export type QuoteLine = z.infer<typeof S.QuoteLineSchema>;
/** A person, organisation or place, every spelling merged into one. */
export type Entity = z.infer<typeof S.EntitySchema>;
/** A role or description of an entity as the articles word it: `text` is verbatim at each citation. */
export type EntityDescription = z.infer<typeof S.EntityDescriptionSchema>;
/** What one article reports that the others do not. */
export type PerSource = z.infer<typeof S.PerSourceSchema>;
/** A theme behind the headline: sentences of several outlets grouped by shared words, labelled from them. */
export type Theme = z.infer<typeof S.ThemeSchema>;
/** The briefing of one story. */
export type StoryBriefing = z.infer<typeof S.StoryBriefingSchema>;
/** The article as printed in the JSON output (removed boilerplate by kind and size only). */
export type ArticleOut = z.infer<typeof ArticleOutSchema>;
/** The whole output of `parallax brief --format json`. */
export type BriefOutput = z.infer<typeof S.BriefOutputSchema>;
/** The whole output of `parallax articles --format json`. */
export type ArticlesOutput = z.infer<typeof S.ArticlesOutputSchema>;
