/**
 * The web UI in a real browser: Debian's Chromium driven by playwright-core against the whole app
 * (security headers and CSP included) on 127.0.0.1 with an ephemeral port.
 *
 * Skipped, with a message, when /usr/bin/chromium is missing and CI is not set; with CI set, a
 * missing Chromium fails (`.ci/run` installs it with apt-get).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium, type Page } from 'playwright-core';
import { type RunningServer, serve } from '../../src/server/serve.ts';
import { exampleDeps } from '../web/example-store.ts';

const CHROMIUM = '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
const skip =
  !present && !process.env.CI
    ? `${CHROMIUM} not found: browser tests skipped (apt-get install chromium; with CI=true this fails)`
    : false;

/** How far a page scrolls sideways, evaluated in the page (a string: these tests have no DOM types). */
const SIDEWAYS = 'document.documentElement.scrollWidth - window.innerWidth';

/** Launch options for Debian's Chromium: headless, no sandbox (containers), nothing from the network. */
export const LAUNCH_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

describe('web UI in Chromium', { skip }, () => {
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  /** Console errors of every page (a CSP violation shows up here). */
  const problems: string[] = [];

  before(async () => {
    if (!present)
      throw new Error(`CI is set but ${CHROMIUM} is missing: install Debian's chromium (see .ci/run)`);
    const deps = await exampleDeps();
    server = await serve(deps, { port: 0, host: '127.0.0.1' });
    base = server.url.replace(/\/$/, '');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(width: number, path: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 800 } });
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
    const cite = dispute.locator('a.cite').first();
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
      const article = await (await page.$('a.cite'))?.getAttribute('href');
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

  it('logs no console error (no CSP violation, no failed request)', () => {
    assert.deepEqual(problems, []);
  });
});
