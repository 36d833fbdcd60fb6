/**
 * The API's own bodies as zod schemas (stories, versions, articles, entities, search, ingest, errors),
 * built on the briefing contract of `src/model/schema/`. `openapi-schemas.ts` generates the OpenAPI
 * `components.schemas` from these; the compile-time checks at the end keep the records of
 * `src/store/records.ts` and the ingest report equal to them.
 */
import { z } from 'zod';
import { articleOutShape } from '../model/schema/article.ts';
import { EntityKindSchema, StoryBriefingSchema } from '../model/schema/briefing.ts';
import { Count } from '../model/schema/citation.ts';
import { DiagnosticSchema } from '../model/schema/diagnostic.ts';
import type { IngestReport } from '../service/ingest-report.ts';
import type * as Records from '../store/records.ts';
import type { ErrorBody, ErrorCode } from './http-error.ts';

const Version = z.int().min(1);
const Timestamp = z.string().meta({ format: 'date-time' });
const Strings = z.array(z.string());

/** Every error code of the API (`http-error.ts`). */
const ERROR_CODES = [
  'bad-request',
  'invalid-json',
  'unauthorized',
  'writes-disabled',
  'not-found',
  'payload-too-large',
  'unsupported-media-type',
  'internal',
] as const satisfies readonly ErrorCode[];

/** The body of every API error response. */
export const ErrorSchema = z.strictObject({
  error: z.strictObject({ code: z.enum(ERROR_CODES), message: z.string() }),
});

const summaryShape = {
  id: z.string(),
  headline: z.string(),
  articles: Count.describe('Articles in the story, near-duplicates included.'),
  outlets: Count.describe('Distinct outlets among them.'),
  disputes: Count.describe('Disputes in the current briefing (0: the sources agree).'),
  version: Version,
  createdAt: Timestamp,
  updatedAt: Timestamp,
};

/** A story in a list. */
export const StorySummarySchema = z.strictObject(summaryShape);

/** A story with its current briefing. */
export const StoredStorySchema = z.strictObject({
  ...summaryShape,
  briefing: StoryBriefingSchema,
  mergedInto: z.string().nullable().describe('Set when merged into another story: the id to go to.'),
});

/** What changed from one briefing version to the next. */
export const StoryChangesSchema = z.strictObject({
  addedArticles: z.array(
    z.strictObject({ id: z.string(), outlet: z.string().nullable(), title: z.string().nullable() }),
  ),
  removedArticles: Strings,
  newOutlets: Strings,
  newFacts: Strings,
  strengthenedFacts: z.array(z.strictObject({ text: z.string(), before: Count, after: Count })),
  disputesOpened: Strings,
  disputesSettled: Strings,
  previousHeadline: z.string().optional(),
});

/** A version in a story's history (without its briefing). */
export const VersionSummarySchema = z.strictObject({
  version: Version,
  createdAt: Timestamp,
  changes: StoryChangesSchema.nullable(),
});

/** One version of a story, with its briefing. */
export const StoryVersionSchema = z.strictObject({
  storyId: z.string(),
  version: Version,
  createdAt: Timestamp,
  changes: StoryChangesSchema.nullable(),
  briefing: StoryBriefingSchema,
});

/** An article as stored. */
export const StoredArticleSchema = z.strictObject({
  ...articleOutShape,
  storyId: z.string().nullable(),
  addedAt: Timestamp,
});

/** An article in a list (without text). */
export const ArticleSummarySchema = z.strictObject({
  id: z.string(),
  title: z.string().nullable(),
  outlet: z.string().nullable(),
  published: z.string().nullable(),
  url: z.string().nullable(),
  storyId: z.string().nullable(),
  duplicateOf: z.string().nullable(),
});

/** A person, organisation or place and the stories that name it. */
export const EntityRecordSchema = z.strictObject({
  key: z.string(),
  name: z.string(),
  kind: EntityKindSchema,
  spellings: Strings,
  stories: z.array(
    z.strictObject({ id: z.string(), headline: z.string(), updatedAt: z.string(), name: z.string() }),
  ),
});

/** One search hit. */
export const SearchHitSchema = z.strictObject({
  kind: z.enum(['story', 'article']),
  id: z.string(),
  title: z.string(),
  snippet: z.string().describe('Plain text, never HTML.'),
  storyId: z.string().nullable(),
});

/** One document of an ingest request. */
export const IngestDocumentSchema = z.strictObject({
  text: z.string().optional().describe('Plain-text article (give this or html).'),
  html: z.string().optional().describe('HTML page of the article (give this or text).'),
  url: z.string().meta({ format: 'uri' }).optional(),
  title: z.string().optional(),
  outlet: z.string().optional(),
  author: z.string().optional(),
  published: z.string().optional().describe('ISO date or timestamp.'),
  language: z.string().optional().describe('ISO 639-1 code.'),
});

/** The JSON body of `POST /api/ingest`. */
export const IngestRequestSchema = z.strictObject({
  documents: z.array(IngestDocumentSchema).min(1).max(1000),
});

/** What an ingest did. */
export const IngestReportSchema = z.strictObject({
  documents: Count,
  added: Count,
  known: Count,
  exactCopies: Count,
  nearDuplicates: Count,
  unusable: Count,
  storiesCreated: Strings,
  storiesUpdated: Strings,
  storiesMerged: z.array(z.strictObject({ id: z.string(), into: z.string() })),
  diagnostics: z.array(DiagnosticSchema),
});

/** True when A and B are the same type (each assignable to the other). */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Check<T extends true> = T;
/** Compile-time: the hand-written record types are the types these schemas describe. */
export type RecordsMatchSchemas = [
  Check<Same<ErrorBody, z.infer<typeof ErrorSchema>>>,
  Check<Same<Records.StorySummary, z.infer<typeof StorySummarySchema>>>,
  Check<Same<Records.StoredStory, z.infer<typeof StoredStorySchema>>>,
  Check<Same<Records.StoryChanges, z.infer<typeof StoryChangesSchema>>>,
  Check<Same<Records.StoryVersion, z.infer<typeof StoryVersionSchema>>>,
  Check<Same<Records.StoredArticle, z.infer<typeof StoredArticleSchema>>>,
  Check<Same<Records.ArticleSummary, z.infer<typeof ArticleSummarySchema>>>,
  Check<Same<Records.EntityRecord, z.infer<typeof EntityRecordSchema>>>,
  Check<Same<Records.SearchHit, z.infer<typeof SearchHitSchema>>>,
  Check<Same<IngestReport, z.infer<typeof IngestReportSchema>>>,
];
