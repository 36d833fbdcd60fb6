/**
 * JSON Schemas (OpenAPI 3.1 `components.schemas`) of the API's bodies: the JSON contract of
 * `src/model/briefing.ts` and the records of `src/store/records.ts`, written out by hand.
 *
 * The API tests validate real responses against these, so a field added to the contract without a
 * schema here fails a test (objects are closed with `additionalProperties: false`).
 */

/** A JSON Schema object (the subset this document uses). */
export type Schema = { [key: string]: unknown };

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const str: Schema = { type: 'string' };
const int: Schema = { type: 'integer', minimum: 0 };
const nullableStr: Schema = { type: ['string', 'null'] };
const strings: Schema = { type: 'array', items: str };
const arrayOf = (name: string): Schema => ({ type: 'array', items: ref(name) });

/** A closed object: `required` lists the properties always present. */
function object(properties: Record<string, Schema>, optional: string[] = []): Schema {
  const required = Object.keys(properties).filter((k) => !optional.includes(k));
  return { type: 'object', properties, required, additionalProperties: false };
}

const lineProps = { text: str, citations: arrayOf('Citation') };
const summaryProps = {
  id: str,
  headline: str,
  articles: { ...int, description: 'Articles in the story, near-duplicates included.' },
  outlets: { ...int, description: 'Distinct outlets among them.' },
  disputes: { ...int, description: 'Disputes in the current briefing (0: the sources agree).' },
  version: { type: 'integer', minimum: 1 },
  createdAt: { ...str, format: 'date-time' },
  updatedAt: { ...str, format: 'date-time' },
};
const articleOutProps = {
  id: str,
  path: str,
  url: str,
  title: nullableStr,
  outlet: nullableStr,
  author: nullableStr,
  published: nullableStr,
  language: nullableStr,
  text: { ...str, description: 'The cleaned text; every citation is a [start, end) range into it.' },
  diagnostics: arrayOf('Diagnostic'),
  usable: { type: 'boolean' },
  duplicateOf: str,
  extraction: object({
    method: str,
    sources: { type: 'object', additionalProperties: str },
    removed: { type: 'array', items: object({ kind: str, words: int }) },
  }),
};
const changesProps = {
  addedArticles: { type: 'array', items: object({ id: str, outlet: nullableStr, title: nullableStr }) },
  removedArticles: strings,
  newOutlets: strings,
  newFacts: strings,
  strengthenedFacts: { type: 'array', items: object({ text: str, before: int, after: int }) },
  disputesOpened: strings,
  disputesSettled: strings,
  previousHeadline: str,
};

/** Every schema the paths refer to, by name. */
export const schemas: Record<string, Schema> = {
  Error: object({
    error: object({
      code: {
        type: 'string',
        enum: [
          'bad-request',
          'invalid-json',
          'unauthorized',
          'writes-disabled',
          'not-found',
          'payload-too-large',
          'unsupported-media-type',
          'internal',
        ],
      },
      message: str,
    }),
  }),
  Citation: object({ article: str, start: int, end: int }),
  Line: object(lineProps),
  Fact: object({
    ...lineProps,
    status: { type: 'string', enum: ['corroborated', 'single-source', 'disputed'] },
    sources: int,
  }),
  Variant: object({ value: str, citations: arrayOf('Citation') }),
  Dispute: object(
    {
      topic: str,
      variants: arrayOf('Variant'),
      why: str,
      likelyError: object({ article: str, value: str, reason: str }, ['value']),
    },
    ['why', 'likelyError'],
  ),
  Entry: object({ ...lineProps, date: { ...str, pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } }),
  QuoteLine: object({ speaker: nullableStr, ...lineProps, wordings: arrayOf('Line') }, ['wordings']),
  EntityDescription: object({ ...lineProps, outlets: strings }),
  Entity: object(
    {
      name: str,
      kind: { type: 'string', enum: ['person', 'organization', 'place', 'other'] },
      aliases: strings,
      articles: strings,
      roles: strings,
      descriptions: arrayOf('EntityDescription'),
    },
    ['roles', 'descriptions'],
  ),
  PerSource: object({ article: str, distinctive: arrayOf('Line') }),
  Theme: object({ label: str, lines: arrayOf('Line') }),
  StoryBriefing: object(
    {
      id: str,
      headline: str,
      articles: strings,
      summary: arrayOf('Line'),
      facts: arrayOf('Fact'),
      disputes: arrayOf('Dispute'),
      timeline: arrayOf('Entry'),
      quotes: arrayOf('QuoteLine'),
      entities: arrayOf('Entity'),
      perSource: arrayOf('PerSource'),
      questions: strings,
      themes: arrayOf('Theme'),
      papers: arrayOf('Line'),
    },
    ['themes', 'papers'],
  ),
  Diagnostic: object(
    {
      severity: { type: 'string', enum: ['error', 'warning', 'info'] },
      code: { ...str, pattern: '^PX\\d{3}$' },
      message: str,
      stage: {
        type: 'string',
        enum: ['ingest', 'extract', 'nlp', 'cluster', 'reconcile', 'brief', 'render', 'cli'],
      },
      input: str,
      article: str,
      start: int,
      end: int,
    },
    ['input', 'article', 'start', 'end'],
  ),
  StorySummary: object(summaryProps),
  StoredStory: object({
    ...summaryProps,
    briefing: ref('StoryBriefing'),
    mergedInto: { ...nullableStr, description: 'Set when merged into another story: the id to go to.' },
  }),
  StoryChanges: object(changesProps, ['previousHeadline']),
  VersionSummary: object({
    version: { type: 'integer', minimum: 1 },
    createdAt: { ...str, format: 'date-time' },
    changes: { oneOf: [ref('StoryChanges'), { type: 'null' }] },
  }),
  StoryVersion: object({
    storyId: str,
    version: { type: 'integer', minimum: 1 },
    createdAt: { ...str, format: 'date-time' },
    changes: { oneOf: [ref('StoryChanges'), { type: 'null' }] },
    briefing: ref('StoryBriefing'),
  }),
  StoredArticle: object(
    { ...articleOutProps, storyId: nullableStr, addedAt: { ...str, format: 'date-time' } },
    ['path', 'url', 'duplicateOf'],
  ),
  ArticleSummary: object({
    id: str,
    title: nullableStr,
    outlet: nullableStr,
    published: nullableStr,
    url: nullableStr,
    storyId: nullableStr,
    duplicateOf: nullableStr,
  }),
  EntityRecord: object({
    key: str,
    name: str,
    kind: { type: 'string', enum: ['person', 'organization', 'place', 'other'] },
    spellings: strings,
    stories: { type: 'array', items: object({ id: str, headline: str, updatedAt: str, name: str }) },
  }),
  SearchHit: object({
    kind: { type: 'string', enum: ['story', 'article'] },
    id: str,
    title: str,
    snippet: { ...str, description: 'Plain text, never HTML.' },
    storyId: nullableStr,
  }),
  IngestDocument: object(
    {
      text: { ...str, description: 'Plain-text article (give this or html).' },
      html: { ...str, description: 'HTML page of the article (give this or text).' },
      url: { ...str, format: 'uri' },
      title: str,
      outlet: str,
      author: str,
      published: { ...str, description: 'ISO date or timestamp.' },
      language: { ...str, description: 'ISO 639-1 code.' },
    },
    ['text', 'html', 'url', 'title', 'outlet', 'author', 'published', 'language'],
  ),
  IngestRequest: object({
    documents: { type: 'array', items: ref('IngestDocument'), minItems: 1, maxItems: 1000 },
  }),
  IngestReport: object({
    documents: int,
    added: int,
    known: int,
    exactCopies: int,
    nearDuplicates: int,
    unusable: int,
    storiesCreated: strings,
    storiesUpdated: strings,
    storiesMerged: { type: 'array', items: object({ id: str, into: str }) },
    diagnostics: arrayOf('Diagnostic'),
  }),
};
