/**
 * The front page informs: summary line, event date, outlets, the latest report (not the ingest), and
 * filters by event date, outlet and entity that keep to the stories they name; paging keeps the filters.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Hono } from 'hono';
import type { StoryBriefing } from '../../src/model/briefing.ts';
import { eventDate, type FrontEntry } from '../../src/web/front-index.ts';
import { webRoutes } from '../../src/web/index.ts';
import { renderStoryList } from '../../src/web/story-list-page.ts';
import { exampleDeps, NOW } from './example-store.ts';
import { BRIEFING } from './hand-made.ts';

let app: Hono;

before(async () => {
  app = webRoutes(await exampleDeps());
});

/** The headlines a list page shows. */
async function headlines(path: string): Promise<string[]> {
  const html = await (await app.request(path)).text();
  return [...html.matchAll(/<h2><a href="\/stories\/[^"]+">([^<]+)<\/a><\/h2>/g)].map((m) => m[1]);
}

describe('the front page over the examples', () => {
  it('shows each story with its summary line, event date, named outlets and latest report', async () => {
    const html = await (await app.request('/')).text();
    const flood = html.match(/<li>\n<h2><a[^>]*>River Saule[\s\S]*?<\/li>/)?.[0] ?? '';
    assert.match(flood, /<p class="summary-line">In the early hours of Wednesday, 11 March 2026/);
    assert.match(flood, /Event <time datetime="2026-03-11">11 March 2026<\/time>/);
    assert.match(flood, /5 outlets: [^<]*and 2 more/);
    assert.doesNotMatch(flood, /\.txt|\.html/);
    // The latest report is the newest article's own time, not the ingest (15 March, 18:00).
    assert.match(flood, /latest report <time datetime="2026-03-12T11:30:00"/);
    assert.match(flood, /Sources disagree on 2 points/);
    const football = html.match(/<li>\n<h2><a[^>]*>Westmere Athletic[\s\S]*?<\/li>/)?.[0] ?? '';
    assert.doesNotMatch(football, /disagree/);
    assert.doesNotMatch(html, /2026-03-15T18:00:00/);
  });

  it('orders stories by their latest report', async () => {
    const list = await headlines('/');
    assert.equal(list.length, 4);
    assert.match(list[0], /Westmere Athletic/);
  });

  it('filters by outlet', async () => {
    const list = await headlines('/?outlet=Tidewater+Wire');
    assert.equal(list.length, 2);
    assert.ok(list.some((h) => h.includes('River Saule')));
    assert.ok(list.some((h) => h.includes('dockworkers')));
    assert.deepEqual(await headlines('/?outlet=No+Such+Outlet'), []);
  });

  it('filters by entity, under any spelling that folds to its key', async () => {
    const list = await headlines('/?entity=karim+nasrallah');
    assert.equal(list.length, 1);
    assert.match(list[0], /River Saule/);
  });

  it('filters by event date, inclusive', async () => {
    assert.deepEqual(
      (await headlines('/?from=2026-03-11&to=2026-03-11')).map((h) => h.slice(0, 11)),
      ['River Saule'],
    );
    assert.equal((await headlines('/?from=2026-03-12')).length, 2);
    const html = await (await app.request('/?from=2026-03-12')).text();
    assert.match(html, /2 stories of 4 match the filters/);
    assert.match(html, /<input id="f-from" name="from" type="date" value="2026-03-12">/);
    // A malformed date is no filter at all.
    assert.equal((await headlines('/?from=March')).length, 4);
  });
});

describe('the front page by itself', () => {
  const entry = (i: number): FrontEntry => ({
    id: `s${i}`,
    headline: `Story ${i}`,
    summary: null,
    eventDate: null,
    outlets: ['Osk Evening Lamp', `outlet unknown (a${i})`],
    kinds: null,
    articles: 2,
    disputes: 0,
    lastNews: null,
    updatedAt: NOW,
    entities: [],
  });

  it('pages, and its page links keep the filters', () => {
    const all = Array.from({ length: 30 }, (_, i) => entry(i));
    const html = renderStoryList({
      stories: all.slice(25),
      page: 2,
      perPage: 25,
      total: 30,
      all: 40,
      now: NOW,
      filters: { outlet: 'Osk Evening Lamp', from: '2031-05-01' },
      outlets: ['Osk Evening Lamp'],
      entities: [],
    });
    assert.equal((html.match(/<h2><a href/g) ?? []).length, 5);
    assert.match(html, /href="\/\?from=2031-05-01&amp;outlet=Osk\+Evening\+Lamp" rel="prev"/);
    assert.match(html, /Page 2 of 2/);
    assert.match(html, /2 outlets: Osk Evening Lamp and 1 unknown/);
    assert.match(html, /<option selected>Osk Evening Lamp<\/option>/);
  });

  it('counts the kinds of outlets the registry lists beside the outlet count, and says nothing when it lists none', () => {
    const page = (kinds: string | null) =>
      renderStoryList({
        stories: [{ ...entry(1), kinds }],
        page: 1,
        perPage: 25,
        total: 1,
        all: 1,
        now: NOW,
        filters: {},
        outlets: [],
        entities: [],
      });
    assert.match(page('1 wire, 1 unlisted'), /<span>2 outlets \(1 wire, 1 unlisted\): Osk Evening Lamp/);
    assert.match(page(null), /<span>2 outlets: Osk Evening Lamp/);
  });

  it('dates the event by the timeline day most articles cite in the week up to the first report', () => {
    const c = (article: string) => ({ article, start: 0, end: 1 });
    const b: StoryBriefing = {
      ...BRIEFING,
      timeline: [
        { date: '1998', text: 'Built.', citations: [c('a'), c('b'), c('c')] },
        { date: '2031-04-01', text: 'Long ago.', citations: [c('a'), c('b'), c('c')] },
        { date: '2031-05-02', text: 'Rain.', citations: [c('a')] },
        { date: '2031-05-04', text: 'Aground.', citations: [c('a'), c('b')] },
        { date: '2031-05-09', text: 'Review.', citations: [c('a'), c('b'), c('c')] },
      ],
    };
    assert.equal(eventDate(b, ['2031-05-06T10:00:00Z', null, '2031-05-05']), '2031-05-04');
    assert.equal(eventDate({ ...b, timeline: [] }, ['2031-05-06', '2031-05-05']), '2031-05-05');
    assert.equal(eventDate(b, [null]), null);
  });
});
