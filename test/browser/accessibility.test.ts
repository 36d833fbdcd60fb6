/**
 * axe-core at WCAG 2.2 AA (tags wcag2a, wcag2aa, wcag21aa, wcag22aa) on every page type of the web UI,
 * in Debian's Chromium at desktop (1280 px) and phone (390 px) widths, under the app's real CSP.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { type Browser, chromium } from 'playwright-core';
import { type RunningServer, serve } from '../../src/server/serve.ts';
import { exampleDeps } from '../web/example-store.ts';
import { CHROMIUM, chromiumSkip, LAUNCH_ARGS } from './chromium.ts';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];

/** Runs axe in the page and returns its violations, each as "rule (impact): targets". */
const RUN_AXE = `axe.run(document, { runOnly: { type: 'tag', values: ${JSON.stringify(TAGS)} } }).then((r) =>
  r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.slice(0, 4).map((n) => n.target.join(' ')).join(', ')))`;

describe('accessibility (axe-core, WCAG 2.2 AA)', { skip: chromiumSkip }, () => {
  let server: RunningServer;
  let browser: Browser;
  let base: string;
  const paths: Record<string, string> = {};

  before(async () => {
    server = await serve(await exampleDeps(), { port: 0, host: '127.0.0.1' });
    base = server.url.replace(/\/$/, '');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: LAUNCH_ARGS });
    const list = await (await fetch(`${base}/`)).text();
    const story = list.match(/href="(\/stories\/[^"]+)">River Saule/)?.[1] ?? '';
    const html = await (await fetch(base + story)).text();
    const article = html.match(/class="cite-open" href="([^"]+)"/)?.[1]?.replace(/&amp;/g, '&') ?? '';
    Object.assign(paths, {
      list: '/',
      story,
      article,
      entity: '/entities/brennick',
      history: `${story}/history`,
      search: '/search?q=Brennick',
      submit: '/submit',
    });
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('reports a violation where there is one (the check can fail)', async () => {
    const page = await browser.newPage();
    await page.setContent(
      '<!doctype html><html lang="en"><title>t</title><main><button></button><a href="#x" style="display:inline-block;width:8px;height:8px"></a></main></html>',
    );
    await page.evaluate(AXE_SOURCE);
    const violations = await page.evaluate<string[]>(RUN_AXE);
    assert.ok(
      violations.some((v) => v.startsWith('button-name')),
      violations.join('\n'),
    );
    await page.close();
  });

  for (const width of [1280, 390]) {
    it(`finds no violation on any page type at ${width} px`, async () => {
      const found: string[] = [];
      for (const [kind, path] of Object.entries(paths)) {
        assert.ok(path, `a ${kind} page to check`);
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        const res = await page.goto(base + path);
        assert.equal(res?.status(), 200, path);
        await page.evaluate(AXE_SOURCE);
        const violations = await page.evaluate<string[]>(RUN_AXE);
        for (const v of violations) found.push(`${kind} ${path}: ${v}`);
        await page.close();
      }
      assert.deepEqual(found, []);
    });
  }
});
