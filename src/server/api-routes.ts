/**
 * The JSON API (mounted under `/api`): stories, versions, articles, entities, search, ingest, OpenAPI.
 *
 * Briefings and articles are returned as stored, in the JSON contract's shapes (`src/model/briefing.ts`,
 * `src/store/records.ts`). Reads are open; every other method needs the token (`requireTokenForWrites`).
 * Ingests run one at a time (`ingestDocuments` queues them per store; over PostgreSQL, the job queue).
 */
import { Hono } from 'hono';
import type { IngestReport } from '../service/ingest-report.ts';
import { entityKey, type StoryVersion } from '../store/records.ts';
import { type AppDeps, ingestFor } from './app-deps.ts';
import { HttpError, notFound } from './http-error.ts';
import { readIngestBody } from './ingest-body.ts';
import { openApiDocument } from './openapi.ts';
import {
  idParam,
  intParam,
  noVersion,
  PARAM_LIMITS,
  pageParams,
  searchQuery,
  versionParam,
} from './params.ts';
import { publicArticle } from './public-article.ts';
import {
  createRenderedCache,
  etagFor,
  matches,
  notModified,
  sendRendered,
  versionKey,
} from './rendered-cache.ts';
import { requireTokenForWrites } from './security.ts';

/** Stories whose JSON is kept serialised (a large briefing is ~100 KB; 200 of them are ~20 MB). */
export const STORY_JSON_CACHE = 200;

/** A version as listed: what changed and when, without its briefing. */
export type VersionSummary = Omit<StoryVersion, 'briefing' | 'storyId'>;

/** The API app: every route of `openApiDocument`, relative to `/api`. */
export function apiRoutes(deps: AppDeps): Hono {
  const api = new Hono();
  const { store } = deps;
  const storyJson = createRenderedCache(STORY_JSON_CACHE);

  api.use('*', requireTokenForWrites(deps));

  api.get('/openapi.json', (c) => c.json(openApiDocument));

  api.get('/stories', async (c) => {
    const page = pageParams((n) => c.req.query(n));
    const [stories, total] = await Promise.all([store.listStories(page), store.countStories()]);
    return c.json({ stories, total, limit: page.limit, offset: page.offset });
  });

  // A story's JSON is serialised once per version and revalidated by its ETag (a 304 reads one row).
  api.get('/stories/:id', async (c) => {
    const id = idParam('story', c.req.param('id'));
    const head = await store.storyHead(id);
    if (!head) throw notFound('story', id);
    if (head.mergedInto)
      c.header('Link', `</api/stories/${encodeURIComponent(head.mergedInto)}>; rel="canonical"`);
    const key = versionKey(head);
    const etag = etagFor(`api:${key}`);
    if (matches(c, etag)) return notModified(c, etag);
    let entry = storyJson.get(key);
    if (!entry) {
      const story = await store.getStory(id);
      if (!story) throw notFound('story', id);
      entry = {
        body: JSON.stringify(story),
        type: 'application/json',
        etag: etagFor(`api:${versionKey(story)}`),
      };
      storyJson.set(versionKey(story), entry);
    }
    return sendRendered(c, entry);
  });

  api.get('/stories/:id/versions', async (c) => {
    const id = idParam('story', c.req.param('id'));
    const versions = await store.listVersions(id);
    if (versions.length === 0 && !(await store.getStory(id))) throw notFound('story', id);
    const list: VersionSummary[] = versions.map((v) => ({
      version: v.version,
      createdAt: v.createdAt,
      changes: v.changes,
    }));
    return c.json({ storyId: id, versions: list });
  });

  api.get('/stories/:id/versions/:version', async (c) => {
    const id = idParam('story', c.req.param('id'));
    const n = versionParam(id, c.req.param('version'));
    const version = await store.getVersion(id, n);
    if (version) return c.json(version);
    if (!(await store.getStory(id))) throw notFound('story', id);
    throw noVersion(id, n);
  });

  api.get('/articles', async (c) => {
    const page = pageParams((n) => c.req.query(n));
    const [articles, total] = await Promise.all([store.listArticles(page), store.countArticles()]);
    return c.json({ articles, total, limit: page.limit, offset: page.offset });
  });

  api.get('/articles/:id', async (c) => {
    const id = idParam('article', c.req.param('id'));
    const article = await store.getArticle(id);
    if (!article) throw notFound('article', id);
    return c.json(publicArticle(article));
  });

  api.get('/entities/:key', async (c) => {
    const raw = idParam('entity', c.req.param('key'));
    const entity = await store.getEntity(entityKey(raw));
    if (!entity) throw notFound('entity', raw, 'key');
    return c.json(entity);
  });

  api.get('/search', async (c) => {
    const q = searchQuery(c.req.query('q'));
    const limit = intParam(
      'limit',
      c.req.query('limit'),
      1,
      PARAM_LIMITS.maxLimit,
      PARAM_LIMITS.defaultSearchLimit,
    );
    const hits = await store.search(q, limit);
    return c.json({ query: q, hits });
  });

  api.post('/ingest', async (c) => {
    const documents = await readIngestBody(c);
    const report: IngestReport = await ingestFor(deps)(documents, deps.now());
    return c.json(report);
  });

  // Anything else under /api is a JSON 404, whatever the web routes mounted after this catch.
  api.all('*', (c) => {
    throw new HttpError(404, 'not-found', `no route for ${c.req.method} ${c.req.path}`);
  });

  return api;
}
