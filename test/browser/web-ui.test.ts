/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core against the whole app
 * (security headers and CSP included) on 127.0.0.1 with an ephemeral port.
 *
 * Skipped, with a message, when /usr/bin/chromium is missing and CI is not set; with CI set, a
 * missing Chromium fails (`.ci/run` installs it with apt-get).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { type RunningServer, serve } from '../../src/server/serve.ts';
import { exampleDeps } from '../web/example-store.ts';
import { CHROMIUM, LAUNCH_ARGS, chromiumSkip as skip } from './chromium.ts';

/** How far a page scrolls sideways, evaluated in the page (a string: these tests have no DOM types). */
const SIDEWAYS = 'document.documentElement.scrollWidth - window.innerWidth';

describe('web UI in Chromium', { skip }, () => {
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  /** Console errors of every page (a CSP violation shows up here). */
  const problems: string[] = [];

  before(async () => {
    const deps = await exampleDeps();
    server = await serve(deps, { port: 0, host: '127.0.0.1' });
    base = server.url.replace(/\/$/, '');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width: number, path: string, options: BrowserContextOptions = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 800 }, ...options });
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${path}: ${m.text()}`);
    });
    page.on('requestfailed', (r) => problems.push(`${path}: failed ${r.url()}`));
    await page.goto(base + path);
    return page;
  }

  it('opens the list, a story, its dispute, and a citation with its marked passage', async () => {
    const page = await open(1280, '/');
    assert.equal(await page.locator('h1').textContent(), 'Stories');
    const flood = page.locator('ol.stories li', { hasText: 'River Saule' });
    assert.match((await flood.textContent()) ?? '', /Sources disagree/);
    await flood.locator('h2 a').click();
    await page.waitForURL(/\/stories\//);
    const dispute = page.locator('#disputes .callout').first();
    assert.ok(await dispute.isVisible(), 'a dispute is shown');
    assert.match((await dispute.textContent()) ?? '', /Number of evacuees|Date of the main event/);
    await dispute.locator('details.cite > summary').first().click();
    const cite = dispute.locator('a.cite-open').first();
    assert.ok(await cite.isVisible(), 'the passage opened in place');
    const href = (await cite.getAttribute('href')) ?? '';
    const [, start, end] = href.match(/start=(\d+)&end=(\d+)#passage$/) ?? [];
    assert.ok(start && end, href);
    await cite.click();
    await page.waitForURL(/\/articles\/.*#passage$/);
    const mark = page.locator('mark#passage');
    assert.ok(await mark.isVisible(), 'the passage is marked');
    assert.ok(await mark.evaluate((el) => el.matches(':target')), 'the mark is the target');
    const box = await mark.boundingBox();
    assert.ok(box && box.y >= 0 && box.y < 800, 'the passage is scrolled into view');
    // The style sheet loaded under the CSP: the mark has the UI's background, not the browser's yellow.
    const bg = await page.evaluate(
      "getComputedStyle(document.querySelector('mark#passage')).backgroundColor",
    );
    assert.notEqual(bg, 'rgb(255, 255, 0)');
    await page.close();
  });

  it('fits a 360px-wide phone without horizontal scrolling', async () => {
    const list = await open(360, '/');
    const story = (await list.locator('ol.stories h2 a').first().getAttribute('href')) ?? '/';
    await list.close();
    for (const path of [
      '/',
      story,
      `${story}/history`,
      '/submit',
      '/search?q=Brennick',
      '/entities/brennick',
    ]) {
      const page = await open(360, path);
      const article = await (await page.$('a.cite-open'))?.getAttribute('href');
      const overflow = await page.evaluate<number>(SIDEWAYS);
      assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px`);
      if (article) {
        await page.goto(base + article);
        const wide = await page.evaluate<number>(SIDEWAYS);
        assert.ok(wide <= 0, `${article} scrolls sideways by ${wide}px`);
      }
      await page.close();
    }
  });

  /** The flood story's path, from the list. */
  async function floodPath(): Promise<string> {
    const list = await open(1280, '/');
    const href = await list.locator('ol.stories h2 a', { hasText: 'River Saule' }).getAttribute('href');
    await list.close();
    assert.ok(href);
    return href;
  }

  it('puts every section of a story one tap from the top on a 390 px phone', async () => {
    const story = await floodPath();
    const page = await open(390, story, { reducedMotion: 'reduce', hasTouch: true, isMobile: true });
    const links = await page.locator('nav.toc a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const ids = await page
      .locator('main section.part, main figure.coverage')
      .evaluateAll((els) => els.map((e) => `#${e.id}`));
    assert.deepEqual(links, ids);
    assert.ok(ids.length >= 8, `${ids.length} sections`);
    const toc = await page.locator('nav.toc').boundingBox();
    assert.ok(toc && toc.y < 800, `the contents start at ${toc?.y}px, within the first screen`);
    for (const href of links) {
      await page.evaluate('window.scrollTo(0, 0)');
      await page.locator(`nav.toc a[href="${href}"]`).tap();
      const box = await page.locator(`${href} h2`).first().boundingBox();
      // The heading comes into view (at the top, or lower for the last sections, where the page ends).
      assert.ok(
        box && box.y >= -1 && box.y + box.height <= 800,
        `${href} is in view after one tap (${box?.y})`,
      );
    }
    await page.close();
  });

  it('respects reduced motion: smooth scrolling only when motion is welcome', async () => {
    const story = await floodPath();
    const behaviour = 'getComputedStyle(document.documentElement).scrollBehavior';
    const calm = await open(1280, story, { reducedMotion: 'reduce' });
    assert.equal(await calm.evaluate(behaviour), 'auto');
    await calm.close();
    const moving = await open(1280, story, { reducedMotion: 'no-preference' });
    assert.equal(await moving.evaluate(behaviour), 'smooth');
    await moving.close();
  });

  it('opens a passage by keyboard and by touch, with every target at least 24 px', async () => {
    const story = await floodPath();
    const page = await open(1280, story);
    const first = page.locator('details.cite').first();
    await first.locator('summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await first.getAttribute('open'), '', 'Enter opens the passage');
    assert.ok(await first.locator('.pop').isVisible());
    assert.ok(await first.locator('a.cite-open').isVisible());
    await page.keyboard.press('Enter');
    assert.equal(await first.getAttribute('open'), null, 'Enter closes it again');
    const small = await page.evaluate<string[]>(`[...document.querySelectorAll(
      'details.cite > summary, a.badge, nav.toc a, .cite.broken')].map((e) => e.getBoundingClientRect())
      .filter((r) => r.width < 24 || r.height < 24).map((r) => r.width + 'x' + r.height)`);
    assert.deepEqual(small, []);
    await page.close();
    const phone = await open(390, story, { hasTouch: true, isMobile: true });
    const second = phone.locator('details.cite').nth(1);
    await second.locator('summary').tap();
    assert.equal(await second.getAttribute('open'), '', 'a tap opens the passage');
    assert.ok(await second.locator('.pop').isVisible());
    await phone.close();
  });

  it('marks only the page itself as current in the navigation', async () => {
    const list = await open(1280, '/');
    assert.deepEqual(await list.locator('[aria-current]').allTextContents(), ['Stories']);
    await list.close();
    const story = await open(1280, await floodPath());
    assert.equal(await story.locator('[aria-current]').count(), 0);
    await story.close();
  });

  it('filters the front page by outlet with the plain form', async () => {
    const page = await open(390, '/');
    assert.equal(await page.locator('ol.stories > li').count(), 4);
    await page.locator('details.filters > summary').click();
    await page.locator('#f-outlet').selectOption('Tidewater Wire');
    await page.locator('form.filters button').click();
    await page.waitForURL(/outlet=Tidewater\+Wire/);
    assert.equal(await page.locator('ol.stories > li').count(), 2);
    assert.match((await page.locator('p.lede').textContent()) ?? '', /2 stories of 4 match/);
    await page.close();
  });

  it('draws the coverage chart and links the feed of the story', async () => {
    const page = await open(1280, await floodPath());
    const chart = page.locator('svg.coverage-chart');
    assert.ok(await chart.isVisible());
    assert.ok((await chart.locator('circle.dot').count()) >= 3);
    assert.equal(await chart.locator('circle.dot.first').count(), 1);
    const feed = await page
      .locator('link[rel="alternate"][type="application/atom+xml"]')
      .getAttribute('href');
    assert.ok(feed);
    const res = await page.request.get(base + feed);
    assert.equal(res.status(), 200);
    assert.match(await res.text(), /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    await page.close();
  });

  it('logs no console error (no CSP violation, no failed request)', () => {
    assert.deepEqual(problems, []);
  });
});
