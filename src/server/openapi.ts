/**
 * The OpenAPI 3.1 description of the JSON API, served at `GET /api/openapi.json`.
 *
 * A plain object; its schemas are generated from the zod contract (`openapi-schemas.ts`). A test checks that its paths and methods are exactly the routes
 * the app registers, and validates real responses against its schemas.
 */

import { type Schema, schemas } from './openapi-schemas.ts';
import { PARAM_LIMITS } from './params.ts';

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: Schema) => ({ 'application/json': { schema } });
const ok = (description: string, schema: Schema) => ({ description, content: json(schema) });
const error = (description: string) => ok(description, ref('Error'));

const limitParam = (fallback: number): Schema => ({
  name: 'limit',
  in: 'query',
  description: `How many items (1–${PARAM_LIMITS.maxLimit}, default ${fallback}).`,
  schema: { type: 'integer', minimum: 1, maximum: PARAM_LIMITS.maxLimit, default: fallback },
});
const offsetParam: Schema = {
  name: 'offset',
  in: 'query',
  description: 'How many items to skip (default 0).',
  schema: { type: 'integer', minimum: 0, maximum: PARAM_LIMITS.maxOffset, default: 0 },
};
const pathParam = (name: string, description: string): Schema => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});
const storyId = pathParam('id', 'Story id.');

/** A paged list body: `{<key>: T[], total, limit, offset}`. */
function pagedList(key: string, item: string): Schema {
  return {
    type: 'object',
    properties: {
      [key]: { type: 'array', items: ref(item) },
      total: { type: 'integer' },
      limit: { type: 'integer' },
      offset: { type: 'integer' },
    },
    required: [key, 'total', 'limit', 'offset'],
    additionalProperties: false,
  };
}

const badPaging = error('A bad `limit` or `offset`.');

/** The OpenAPI document of the API (every route under `/api`). */
export const openApiDocument = {
  openapi: '3.1.0',
  info: {
    title: 'Parallax API',
    version: '1',
    description:
      'Stories, their cited briefings and their history, articles, entities, search and ingest. Briefings ' +
      'and articles follow the JSON contract of `parallax brief --format json`. Reads are open; writes need ' +
      '`Authorization: Bearer <PARALLAX_TOKEN>`.',
  },
  servers: [{ url: '/api' }],
  components: {
    schemas,
    securitySchemes: {
      token: { type: 'http', scheme: 'bearer', description: 'The PARALLAX_TOKEN of the server.' },
    },
  },
  paths: {
    '/openapi.json': {
      get: {
        operationId: 'getOpenApi',
        summary: 'This document',
        responses: { '200': ok('The OpenAPI document.', { type: 'object' }) },
      },
    },
    '/stories': {
      get: {
        operationId: 'listStories',
        summary: 'Stories, most recently updated first (merged stories are not listed)',
        parameters: [limitParam(PARAM_LIMITS.defaultListLimit), offsetParam],
        responses: {
          '200': ok('A page of stories and their total.', pagedList('stories', 'StorySummary')),
          '400': badPaging,
        },
      },
    },
    '/stories/{id}': {
      get: {
        operationId: 'getStory',
        summary: 'A story with its current briefing',
        description:
          'A story merged into another is still returned (its last briefing), with `mergedInto` set and a ' +
          '`Link: </api/stories/{into}>; rel="canonical"` header.',
        parameters: [storyId],
        responses: { '200': ok('The story.', ref('StoredStory')), '404': error('No such story.') },
      },
    },
    '/stories/{id}/versions': {
      get: {
        operationId: 'listStoryVersions',
        summary: "A story's kept briefing versions, newest first, with what changed (without briefings)",
        parameters: [storyId],
        responses: {
          '200': ok('The versions.', {
            type: 'object',
            properties: {
              storyId: { type: 'string' },
              versions: { type: 'array', items: ref('VersionSummary') },
            },
            required: ['storyId', 'versions'],
            additionalProperties: false,
          }),
          '404': error('No such story.'),
        },
      },
    },
    '/stories/{id}/versions/{version}': {
      get: {
        operationId: 'getStoryVersion',
        summary: 'One version of a story, with its briefing',
        parameters: [
          storyId,
          {
            ...pathParam('version', 'Version number (1 is the first).'),
            schema: { type: 'integer', minimum: 1 },
          },
        ],
        responses: {
          '200': ok('The version.', ref('StoryVersion')),
          '404': error('No such story or version.'),
        },
      },
    },
    '/articles': {
      get: {
        operationId: 'listArticles',
        summary: 'Stored articles (without text)',
        parameters: [limitParam(PARAM_LIMITS.defaultListLimit), offsetParam],
        responses: {
          '200': ok('A page of articles and their total.', pagedList('articles', 'ArticleSummary')),
          '400': badPaging,
        },
      },
    },
    '/articles/{id}': {
      get: {
        operationId: 'getArticle',
        summary: 'An article as stored: text, metadata, extraction, diagnostics, story',
        parameters: [pathParam('id', 'Article id.')],
        responses: { '200': ok('The article.', ref('StoredArticle')), '404': error('No such article.') },
      },
    },
    '/entities/{key}': {
      get: {
        operationId: 'getEntity',
        summary: 'A person, organisation or place, and every story that names it',
        parameters: [pathParam('key', 'Entity key (`anna-kowal`); a name is folded to its key.')],
        responses: { '200': ok('The entity.', ref('EntityRecord')), '404': error('No such entity.') },
      },
    },
    '/search': {
      get: {
        operationId: 'search',
        summary: 'Full-text search over story headlines/summaries and article titles/texts',
        parameters: [
          {
            name: 'q',
            in: 'query',
            required: true,
            description: `The words to search for (at most ${PARAM_LIMITS.maxQueryLength} characters).`,
            schema: { type: 'string', minLength: 1, maxLength: PARAM_LIMITS.maxQueryLength },
          },
          limitParam(PARAM_LIMITS.defaultSearchLimit),
        ],
        responses: {
          '200': ok('The hits, best first.', {
            type: 'object',
            properties: { query: { type: 'string' }, hits: { type: 'array', items: ref('SearchHit') } },
            required: ['query', 'hits'],
            additionalProperties: false,
          }),
          '400': error('No query, a query too long, or a bad `limit`.'),
        },
      },
    },
    '/ingest': {
      post: {
        operationId: 'ingest',
        summary: 'Add articles: stores them, updates the stories they touch and their briefings',
        description:
          'Idempotent: a document already stored (same content and URL) changes nothing. A raw `text/plain` or ' +
          '`text/html` body is one document; its URL and metadata may be given as query parameters.',
        security: [{ token: [] }],
        parameters: ['url', 'title', 'outlet', 'author', 'published', 'language'].map((name) => ({
          name,
          in: 'query',
          description: `For a raw text/plain or text/html body: the document's ${name}.`,
          schema: { type: 'string' },
        })),
        requestBody: {
          required: true,
          content: {
            ...json(ref('IngestRequest')),
            'text/plain': { schema: { type: 'string' } },
            'text/html': { schema: { type: 'string' } },
          },
        },
        responses: {
          '200': ok('What the ingest did.', ref('IngestReport')),
          '400': error('Bad JSON or a bad document (the message names it).'),
          '401': error('No token, or a wrong one.'),
          '403': error('Writes are disabled: the server has no PARALLAX_TOKEN.'),
          '413': error('The body is larger than the limit.'),
          '415': error('A content type other than JSON, text or HTML.'),
        },
      },
    },
  },
} as const;
