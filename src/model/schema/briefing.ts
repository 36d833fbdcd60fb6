/**
 * Briefings as zod schemas: the JSON contract of `parallax brief --format json` and of the API's
 * briefings. The types in `../briefing.ts` are inferred from them. Stable: extend, never rename.
 *
 * The schemas describe and check; they never build the output (its key order is the order in
 * which the brief stage writes its objects).
 */
import { z } from 'zod';
import { ArticleOutSchema } from './article.ts';
import { CitationSchema, Count } from './citation.ts';
import { DiagnosticSchema } from './diagnostic.ts';

/** The kinds of named entity Parallax distinguishes. */
export const EntityKindSchema = z.enum(['person', 'organization', 'place', 'other']);

const lineShape = { text: z.string(), citations: z.array(CitationSchema) };

/** One line of a briefing and the exact passages it rests on. */
export const LineSchema = z.strictObject(lineShape);

/**
 * A "what happened" line. Without `generated` its text is a cited passage (extractive, as every other
 * line). With it, `text` was rewritten by an LLM and accepted because every name, number and date in it
 * occurs in its cited passages (`PARALLAX_LLM_URL`, off by default); the citations are the extractive
 * line's, unchanged.
 */
export const SummaryLineSchema = z.strictObject({
  ...lineShape,
  /** Present only on a rewritten line: who rewrote it, and the extractive line it replaces. */
  generated: z
    .strictObject({
      /** The model that wrote `text`, as the endpoint names it (else as configured, else the endpoint's host). */
      model: z.string(),
      /** The extractive line the rewrite replaces (its cited passage, as shown without the rewrite). */
      extractive: z.string(),
    })
    .optional(),
});

/** How well a fact is supported across outlets. */
export const FactStatusSchema = z.enum(['corroborated', 'single-source', 'disputed']);

/** A key fact with its support. */
export const FactSchema = z.strictObject({
  ...lineShape,
  status: FactStatusSchema,
  /** Number of distinct independent sources that support it (a syndicated copy counts as its original). */
  sources: Count,
});

/** One value that some outlets give for a disputed topic. */
export const VariantSchema = z.strictObject({
  value: z.string(),
  citations: z.array(CitationSchema),
  /** The weekday its outlets write with a date value, when two variants give one date with different weekdays. */
  weekday: z.string().optional(),
});

/** Where the sources disagree. */
export const DisputeSchema = z.strictObject({
  topic: z.string(),
  variants: z.array(VariantSchema),
  /** Why the variants are rival readings of one thing (same attribute, independent outlets), in words. */
  why: z.string().optional(),
  /** The variant that is likely an error, when one can be told, and why in words. */
  likelyError: z
    .strictObject({ article: z.string(), value: z.string().optional(), reason: z.string() })
    .optional(),
});

/** A timeline entry: a dated event. */
export const EntrySchema = z.strictObject({
  ...lineShape,
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/),
  /** True for a scheduled or expected event: dated after the publication of every article that states it. */
  upcoming: z.literal(true).optional(),
});

/** A quote with its speaker; `text` occurs verbatim in each cited article. */
export const QuoteLineSchema = z.strictObject({
  speaker: z.string().nullable(),
  ...lineShape,
  /** Other outlets' different wordings of the same quote, each verbatim at its own citations. */
  wordings: z.array(LineSchema).optional(),
});

/** A role or description of an entity as the articles word it: `text` is verbatim at each citation. */
export const EntityDescriptionSchema = z.strictObject({
  ...lineShape,
  /** The outlets that give it (one per article's outlet, in story order). */
  outlets: z.array(z.string()),
});

/** A person, organisation or place, every spelling merged into one. */
export const EntitySchema = z.strictObject({
  name: z.string(),
  kind: EntityKindSchema,
  /** The other spellings seen. */
  aliases: z.array(z.string()),
  /** Ids of the articles that mention it. */
  articles: z.array(z.string()),
  /** Roles or descriptions given to it ("Deputy Foreign Minister"). */
  roles: z.array(z.string()).optional(),
  /**
   * The roles and descriptions the articles give it, each verbatim at its citations, with the outlets
   * that give it ("Ruritania's special envoy for trade", "Deputy Trade Minister").
   */
  descriptions: z.array(EntityDescriptionSchema).optional(),
});

/** What one article reports that the others do not. */
export const PerSourceSchema = z.strictObject({ article: z.string(), distinctive: z.array(LineSchema) });

/** A theme behind the headline: sentences of several outlets grouped by shared words, labelled from them. */
export const ThemeSchema = z.strictObject({
  /**
   * Its heading, in its sentences' own words: a noun phrase two of its outlets write ("Compensation for
   * residents"), else its key phrases ("Vrelo reservoir · controlled release").
   */
  label: z.string(),
  /** Its best sentences, each cited (1–3). */
  lines: z.array(LineSchema),
});

/** The briefing of one story. */
export const StoryBriefingSchema = z.strictObject({
  id: z.string(),
  headline: z.string(),
  articles: z.array(z.string()),
  summary: z.array(SummaryLineSchema),
  facts: z.array(FactSchema),
  disputes: z.array(DisputeSchema),
  timeline: z.array(EntrySchema),
  quotes: z.array(QuoteLineSchema),
  entities: z.array(EntitySchema),
  perSource: z.array(PerSourceSchema),
  questions: z.array(z.string()),
  /** What's behind the headline: 3–5 themes across outlets; absent when the story is too small. */
  themes: z.array(ThemeSchema).optional(),
  /**
   * What the papers say: per outlet, its angle, as "Outlet reports that …" lines; "Outlet reports that" is
   * a label, the rest is the cited passage (first letter lower-cased when it opens a sentence).
   */
  papers: z.array(LineSchema).optional(),
});

/** The whole output of `parallax brief --format json`. */
export const BriefOutputSchema = z.strictObject({
  articles: z.array(ArticleOutSchema),
  stories: z.array(StoryBriefingSchema),
  diagnostics: z.array(DiagnosticSchema),
});

/** The whole output of `parallax articles --format json`. */
export const ArticlesOutputSchema = z.strictObject({
  articles: z.array(ArticleOutSchema),
  diagnostics: z.array(DiagnosticSchema),
});
