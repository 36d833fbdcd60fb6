/**
 * JSON Schemas (OpenAPI 3.1 `components.schemas`) of the API's bodies, generated from the one
 * schema source: the zod schemas of the briefing contract (`src/model/schema/`) and of the API's
 * records (`api-schemas.ts`). OpenAPI 3.1 schemas are JSON Schema 2020-12, what zod emits.
 *
 * The API tests validate real responses against these, so a field added to the contract without a
 * schema fails a test (objects are closed with `additionalProperties: false`).
 */
import { z } from 'zod';
import * as briefing from '../model/schema/briefing.ts';
import { CitationSchema } from '../model/schema/citation.ts';
import { DiagnosticSchema } from '../model/schema/diagnostic.ts';
import * as api from './api-schemas.ts';

/** A JSON Schema object (the subset this document uses). */
export type Schema = { [key: string]: unknown };

/** The named schemas: each becomes `#/components/schemas/<name>`, and is referred to by that name. */
const NAMED: Record<string, z.ZodType> = {
  Error: api.ErrorSchema,
  Citation: CitationSchema,
  Line: briefing.LineSchema,
  Fact: briefing.FactSchema,
  Variant: briefing.VariantSchema,
  Dispute: briefing.DisputeSchema,
  Entry: briefing.EntrySchema,
  QuoteLine: briefing.QuoteLineSchema,
  EntityDescription: briefing.EntityDescriptionSchema,
  Entity: briefing.EntitySchema,
  PerSource: briefing.PerSourceSchema,
  Theme: briefing.ThemeSchema,
  StoryBriefing: briefing.StoryBriefingSchema,
  Diagnostic: DiagnosticSchema,
  StorySummary: api.StorySummarySchema,
  StoredStory: api.StoredStorySchema,
  StoryChanges: api.StoryChangesSchema,
  VersionSummary: api.VersionSummarySchema,
  StoryVersion: api.StoryVersionSchema,
  StoredArticle: api.StoredArticleSchema,
  ArticleSummary: api.ArticleSummarySchema,
  EntityRecord: api.EntityRecordSchema,
  SearchHit: api.SearchHitSchema,
  IngestDocument: api.IngestDocumentSchema,
  IngestRequest: api.IngestRequestSchema,
  IngestReport: api.IngestReportSchema,
};

/** Drops zod's bounds of safe integers (`maximum: 2^53-1`): true of every JSON number we write. */
function dropSafeIntegerBounds(schema: Schema): void {
  if (schema.maximum === Number.MAX_SAFE_INTEGER) delete schema.maximum;
  if (schema.minimum === Number.MIN_SAFE_INTEGER) delete schema.minimum;
}

/** The `components.schemas` of the document, generated from the zod schemas of `NAMED`. */
export function generateSchemas(named: Record<string, z.ZodType> = NAMED): Record<string, Schema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(named)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
    override: (ctx) => dropSafeIntegerBounds(ctx.jsonSchema as Schema),
  });
  const out: Record<string, Schema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    const { $schema: _dialect, $id: _id, ...rest } = schema as Schema;
    out[id] = rest;
  }
  return out;
}

/** Every schema the paths refer to, by name. */
export const schemas: Record<string, Schema> = generateSchemas();
