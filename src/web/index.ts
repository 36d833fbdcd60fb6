/**
 * The server-rendered web UI: story list, story, history, article, entity, search and submit pages.
 *
 * Plain HTML built by small functions with every piece of article and briefing text escaped; no
 * script, no inline style (the CSP of `server/security.ts` allows neither), one style sheet served
 * from `/assets/parallax.css`. Interaction is links, `:target` and `<details>`. `createApp` mounts
 * these routes at `/` after the API.
 */

import { type Context, Hono } from 'hono';
import { namesNoOutlet, outletName } from '../brief/outlet-name.ts';
import { type AppDeps, ingestFor } from '../server/app-deps.ts';
import { HttpError } from '../server/http-error.ts';
import { publicArticle } from '../server/public-article.ts';
import {
  createRenderedCache,
  etagFor,
  matches,
  notModified,
  sendRendered,
} from '../server/rendered-cache.ts';
import { requireToken } from '../server/security.ts';
import type { SearchHit, StoredArticle, StoryVersion } from '../store/records.ts';
import type { Store } from '../store/store.ts';
import { parsePassage, renderArticlePage } from './article-page.ts';
import { ATOM_TYPE, renderAtom, searchFeed, storyFeed, type TimedHit } from './atom-feed.ts';
import { coverageSection } from './coverage-chart.ts';
import { renderEntityPage } from './entity-page.ts';
import { type FrontFilters, filterFront, frontIndexCache } from './front-index.ts';
import { renderHistoryPage } from './history-page.ts';
import { errorPage, notFoundPage } from './layout.ts';
import { storyFeedHref, storyHref } from './links.ts';
import { storyPageKey } from './page-cache.ts';
import { renderSearchPage } from './search-page.ts';
import { renderStoryList } from './story-list-page.ts';
import { renderStoryPage } from './story-page.ts';
import { type SubmitFields, submitDocument } from './submit-document.ts';
import { renderSubmitForm, renderSubmitResult } from './submit-page.ts';
import { FAVICON_SVG, WEB_CSS } from './web-style.ts';

export { notFoundPage } from './layout.ts';

/** Stories per page of the list: a phone screen's worth a few times over, and a fast query. */
export const STORIES_PER_PAGE = 25;
/** Most search hits shown: more is rarely read, and the snippets cost a query each. */
export const SEARCH_LIMIT = 50;
/** Most entries of a search feed (each costs a read for its time). */
export const FEED_LIMIT = 20;
/** Longest id or key accepted in a path; longer ones are no stored id (404 without a query). */
const MAX_ID_CHARS = 200;
/** Longest search query read; the rest is dropped. */
const MAX_QUERY_CHARS = 300;

/** A path parameter as an id, or null when it cannot be one. */
function idOf(value: string | undefined): string | null {
  return value && value.length <= MAX_ID_CHARS ? value : null;
}

/** The 1-based page number of `?page=`, 1 when absent or not a number. */
function pageOf(value: string | undefined): number {
  const n = value && /^\d{1,6}$/.test(value) ? Number(value) : 1;
  return Math.max(1, n);
}

/** The front page's filters from the query: a date only as `YYYY-MM-DD`, names up to `MAX_ID_CHARS`. */
function frontFilters(query: (name: string) => string | undefined): FrontFilters {
  const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined);
  const name = (v: string | undefined) => {
    const t = v?.trim();
    return t && t.length <= MAX_ID_CHARS ? t : undefined;
  };
  return {
    from: day(query('from')),
    to: day(query('to')),
    outlet: name(query('outlet')),
    entity: name(query('entity')),
  };
}

/** The coverage chart of a briefing's articles and versions (undefined when no article is dated). */
function coverageOf(
  ids: readonly string[],
  articles: readonly StoredArticle[],
  versions: readonly StoryVersion[],
) {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const items = ids.map((id) => {
    const a = byId.get(id);
    return { id, outlet: outletName(a ?? { id }), published: a?.published ?? null };
  });
  const changes = versions.map((v) => ({ version: v.version, at: v.createdAt }));
  return coverageSection(items, changes) ?? undefined;
}

/** A search hit with its time: a story's last change, an article's publication (else when it was added). */
async function timedHit(store: Store, hit: SearchHit, now: string): Promise<TimedHit> {
  if (hit.kind === 'story') {
    const story = await store.getStory(hit.id);
    return { ...hit, updated: story?.updatedAt ?? now };
  }
  const article = await store.getArticle(hit.id);
  return { ...hit, updated: article?.published ?? article?.addedAt ?? now };
}

/** A 404 page. */
function notFound(c: Context, what: string): Response {
  return c.html(notFoundPage(what), 404);
}

/** The submit form's fields from a parsed multipart or urlencoded body. */
async function formFields(body: Record<string, unknown>): Promise<SubmitFields> {
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const fields: SubmitFields = {
    text: str(body.text),
    url: str(body.url),
    outlet: str(body.outlet),
    title: str(body.title),
  };
  const file = body.file;
  if (file instanceof File && file.size > 0)
    fields.file = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  return fields;
}

/** Rendered story pages kept (a large story's page takes ~10 ms to render; a popular one is asked for often). */
export const STORY_PAGE_CACHE = 200;

/** The web UI's routes, to be mounted at `/`. */
export function webRoutes(deps: AppDeps): Hono {
  const web = new Hono();
  const { store } = deps;
  const storyPages = createRenderedCache(STORY_PAGE_CACHE);
  const frontIndex = frontIndexCache(store);

  web.onError(async (error, c) => {
    if (!(error instanceof HttpError)) throw error;
    for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
    // A wrong or missing token keeps what was pasted: the form comes back filled in, with the reason.
    if (error.status === 401 && c.req.path === '/submit' && c.req.method === 'POST') {
      const fields = await formFields(await c.req.parseBody().catch(() => ({})));
      const values = { text: fields.text, url: fields.url, outlet: fields.outlet, title: fields.title };
      const problems = [`The write token was not accepted (${error.message}).`];
      return c.html(renderSubmitForm({ writesEnabled: true, problems, values }), 401);
    }
    const back = c.req.path === '/submit' ? { href: '/submit', label: 'Back to the form' } : undefined;
    return c.html(errorPage(error.status, error.message, back), error.status);
  });

  web.get('/assets/parallax.css', (c) => {
    c.header('Cache-Control', 'public, max-age=31536000, immutable');
    return c.body(WEB_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' });
  });

  web.get('/assets/favicon.svg', (c) => {
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(FAVICON_SVG, 200, { 'Content-Type': 'image/svg+xml' });
  });

  web.get('/', async (c) => {
    const page = pageOf(c.req.query('page'));
    const perPage = STORIES_PER_PAGE;
    const entries = await frontIndex();
    const filters = frontFilters((n) => c.req.query(n));
    const matching = filterFront(entries, filters);
    const stories = matching.slice((page - 1) * perPage, page * perPage);
    return c.html(
      renderStoryList({
        stories,
        total: matching.length,
        all: entries.length,
        page,
        perPage,
        now: deps.now(),
        filters,
        outlets: [...new Set(entries.flatMap((e) => e.outlets))]
          .filter((o) => !namesNoOutlet(o))
          .sort((a, b) => a.localeCompare(b)),
        entities: [...new Set(entries.flatMap((e) => e.entities))].sort((a, b) => a.localeCompare(b)),
      }),
    );
  });

  web.get('/stories/:id', async (c) => {
    const id = idOf(c.req.param('id'));
    const head = id ? await store.storyHead(id) : null;
    if (!head) return notFound(c, 'There is no story with this id.');
    if (head.mergedInto) return c.redirect(storyHref(head.mergedInto), 302);
    const now = deps.now();
    const key = storyPageKey(head.id, head.version, now);
    const etag = etagFor(`page:${key}`);
    if (matches(c, etag)) return notModified(c, etag);
    let entry = storyPages.get(key);
    if (entry === undefined) {
      const story = await store.getStory(head.id);
      if (!story) return notFound(c, 'There is no story with this id.');
      const articles = (await store.getArticles(story.briefing.articles)).map(publicArticle);
      const versions = await store.listVersions(story.id);
      const coverage = coverageOf(story.briefing.articles, articles, versions);
      const html = renderStoryPage({ story, briefing: story.briefing, articles, now, coverage });
      const at = storyPageKey(story.id, story.version, now);
      entry = { body: html, type: 'text/html; charset=UTF-8', etag: etagFor(`page:${at}`) };
      storyPages.set(at, entry);
    }
    return sendRendered(c, entry);
  });

  web.get('/stories/:id/history', async (c) => {
    const id = idOf(c.req.param('id'));
    const story = id ? await store.getStory(id) : null;
    if (!story) return notFound(c, 'There is no story with this id.');
    const versions = await store.listVersions(story.id);
    return c.html(renderHistoryPage({ story, versions, now: deps.now() }));
  });

  web.get('/stories/:id/versions/:version', async (c) => {
    const id = idOf(c.req.param('id'));
    const n = c.req.param('version');
    const story = id ? await store.getStory(id) : null;
    const version = story && /^\d{1,6}$/.test(n) ? await store.getVersion(story.id, Number(n)) : null;
    if (!story || !version) return notFound(c, 'There is no such version of this story.');
    if (version.version === story.version && !story.mergedInto) return c.redirect(storyHref(story.id), 302);
    const articles = (await store.getArticles(version.briefing.articles)).map(publicArticle);
    const shown = { version: version.version, createdAt: version.createdAt };
    const upTo = (await store.listVersions(story.id)).filter((v) => v.version <= version.version);
    const coverage = coverageOf(version.briefing.articles, articles, upTo);
    return c.html(
      renderStoryPage({
        story,
        briefing: version.briefing,
        articles,
        now: deps.now(),
        version: shown,
        coverage,
      }),
    );
  });

  web.get('/articles/:id', async (c) => {
    const id = idOf(c.req.param('id'));
    const stored = id ? await store.getArticle(id) : null;
    if (!stored) return notFound(c, 'There is no article with this id.');
    const article = publicArticle(stored);
    const story = article.storyId ? await store.getStory(article.storyId) : null;
    const passage = parsePassage(c.req.query('start'), c.req.query('end'), article.text.length);
    return c.html(renderArticlePage({ article, storyHeadline: story?.headline ?? null, passage }));
  });

  web.get('/entities/:key', async (c) => {
    const key = idOf(c.req.param('key'));
    const entity = key ? await store.getEntity(key) : null;
    if (!entity) return notFound(c, 'No story names this person, organisation or place.');
    return c.html(renderEntityPage(entity, deps.now()));
  });

  web.get('/stories/:id/feed', async (c) => {
    const id = idOf(c.req.param('id'));
    const story = id ? await store.getStory(id) : null;
    if (!story) return notFound(c, 'There is no story with this id.');
    if (story.mergedInto) return c.redirect(storyFeedHref(story.mergedInto), 302);
    const versions = await store.listVersions(story.id);
    const feed = storyFeed(story, versions, new URL(c.req.url).origin, deps.now());
    return c.body(renderAtom(feed), 200, { 'Content-Type': ATOM_TYPE });
  });

  web.get('/search/feed', async (c) => {
    const query = (c.req.query('q') ?? '').slice(0, MAX_QUERY_CHARS).trim();
    if (!query)
      throw new HttpError(400, 'bad-request', 'A search feed needs words to look for: /search/feed?q=…');
    const hits = await store.search(query, FEED_LIMIT).catch(() => []);
    const timed = await Promise.all(hits.map((h) => timedHit(store, h, deps.now())));
    const feed = searchFeed(query, timed, new URL(c.req.url).origin, deps.now());
    return c.body(renderAtom(feed), 200, { 'Content-Type': ATOM_TYPE });
  });

  web.get('/search', async (c) => {
    const query = (c.req.query('q') ?? '').slice(0, MAX_QUERY_CHARS).trim();
    if (!query) return c.html(renderSearchPage({ query, hits: [] }));
    try {
      const hits = await store.search(query, SEARCH_LIMIT);
      return c.html(renderSearchPage({ query, hits }));
    } catch {
      return c.html(
        renderSearchPage({
          query,
          hits: [],
          error: 'The search could not run on these words; try other words.',
        }),
      );
    }
  });

  web.get('/submit', (c) => c.html(renderSubmitForm({ writesEnabled: !!deps.token })));

  web.post('/submit', requireToken(deps), async (c) => {
    const fields = await formFields(await c.req.parseBody());
    const built = submitDocument(fields);
    if (!built.ok) {
      const values = { text: fields.text, url: fields.url, outlet: fields.outlet, title: fields.title };
      return c.html(renderSubmitForm({ writesEnabled: true, problems: built.problems, values }), 400);
    }
    const doc = built.document;
    const report = await ingestFor(deps)([doc], deps.now());
    const article = await store.getArticle(doc.id);
    const story = article?.storyId ? await store.getStory(article.storyId) : null;
    return c.html(
      renderSubmitResult({
        report,
        articleId: article ? article.id : null,
        story: story ? { id: story.mergedInto ?? story.id, headline: story.headline } : null,
      }),
    );
  });

  return web;
}
