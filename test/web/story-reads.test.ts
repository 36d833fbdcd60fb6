/**
 * The story page reads: a table of contents, no line said twice, a dispute badge that names its
 * point, counts that match the marks, passages that open in place, and the current page marked once.
 */
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { Fact, StoryBriefing } from '../../src/model/briefing.ts';
import type { AppDeps } from '../../src/server/app-deps.ts';
import { webRoutes } from '../../src/web/index.ts';
import { renderStoryPage } from '../../src/web/story-page.ts';
import { exampleDeps } from './example-store.ts';
import { ARTICLE_A, ARTICLE_B, BRIEFING, CITE_31, CITE_33, CITE_A, STORY } from './hand-made.ts';

let deps: AppDeps;
const pages: string[] = [];

before(async () => {
  deps = await exampleDeps();
  const app = webRoutes(deps);
  const list = await (await app.request('/')).text();
  for (const [, id] of list.matchAll(/<h2><a href="\/stories\/([^"]+)"/g))
    pages.push(await (await app.request(`/stories/${id}`)).text());
  pages.push(list);
});

/** The plain text of an HTML fragment, marks and hidden labels left out. */
function textOf(html: string): string {
  return html
    .replace(/<span class="cites">[\s\S]*?<\/span><\/details><\/span>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const storyPages = () => pages.slice(0, -1);

describe('the story page reads', () => {
  it('lists every section in a table of contents near the top', () => {
    assert.ok(storyPages().length >= 4);
    for (const html of storyPages()) {
      const ids = [
        ...html.matchAll(/(?:<section class="part part-[\w-]+"|<figure class="coverage") id="([\w-]+)"/g),
      ].map((m) => m[1]);
      assert.ok(ids.includes('coverage'));
      const toc = html.match(/<nav class="toc"[\s\S]*?<\/nav>/)?.[0] ?? '';
      const linked = [...toc.matchAll(/href="#([\w-]+)"/g)].map((m) => m[1]);
      assert.deepEqual(linked, ids);
      assert.ok(html.indexOf('class="toc"') < html.indexOf('<figure'), 'the contents come first');
    }
  });

  it('never repeats a summary line among the key facts', () => {
    for (const html of storyPages()) {
      const summary = [...html.matchAll(/<div class="line">([\s\S]*?)<\/div>\n/g)].map((m) => textOf(m[1]));
      const facts = html.match(/<ul class="facts">([\s\S]*?)<\/ul>\n<\/section>/)?.[1] ?? '';
      for (const fact of facts.split('<li>').slice(1)) {
        const text = textOf(
          fact.replace(/<a class="badge[^>]*>.*?<\/a>|<span class="badge[^>]*>.*?<\/span>/, ''),
        ).replace(/ — .*$/, '');
        assert.ok(!summary.includes(text), `repeated: ${text}`);
      }
    }
  });

  it('says how many sources stand behind a fact in a way its marks bear out', () => {
    let checked = 0;
    for (const html of storyPages()) {
      const facts = html.match(/<ul class="facts">([\s\S]*?)<\/ul>\n<\/section>/)?.[1] ?? '';
      for (const fact of facts.split('<li>').slice(1)) {
        const marks = (fact.match(/<details class="cite">/g) ?? []).length;
        const said = fact.match(/— (\d+) (?:independent )?sources?(?:, (\d+) passages)?/);
        assert.ok(said, fact);
        assert.equal(Number(said[2] ?? said[1]), marks, fact);
        checked++;
      }
    }
    assert.ok(checked > 5, `${checked} facts`);
  });

  it('opens every passage in place, with no script, and links it to the article', () => {
    for (const html of storyPages()) {
      assert.doesNotMatch(html, /<script/);
      const marks = html.match(/<details class="cite">[\s\S]*?<\/details>/g) ?? [];
      assert.ok(marks.length > 0);
      for (const m of marks) {
        assert.match(m, /<summary>\d+<span class="visually-hidden">: source \d+, [^<]+<\/span><\/summary>/);
        assert.match(
          m,
          /<span class="pop"><strong>[^<]+<\/strong>: “[^<]+” <a class="cite-open" href="\/articles\//,
        );
      }
    }
  });

  it('marks the current page in the navigation only on the page itself', () => {
    for (const html of storyPages()) assert.doesNotMatch(html, /aria-current/);
    const list = pages.at(-1) ?? '';
    assert.equal((list.match(/aria-current="page"/g) ?? []).length, 1);
  });
});

describe('a hand-made briefing', () => {
  const articles = [
    { ...ARTICLE_A, storyId: STORY.id, addedAt: STORY.createdAt },
    { ...ARTICLE_B, storyId: STORY.id, addedAt: STORY.createdAt },
  ];
  const disputedFact: Fact = {
    text: 'The ferry carried 33 passengers.',
    citations: [CITE_33],
    status: 'disputed',
    sources: 1,
  };
  const briefing: StoryBriefing = {
    ...BRIEFING,
    facts: [
      { ...BRIEFING.facts[0] },
      { text: BRIEFING.summary[0].text, citations: [CITE_A], status: 'single-source', sources: 1 },
      disputedFact,
      {
        text: 'Passengers were taken off.',
        citations: [CITE_31, CITE_A],
        status: 'single-source',
        sources: 1,
      },
    ],
  };
  const now = '2031-05-07T10:00:00.000Z';

  it('counts the kinds of the outlets the registry lists beside the outlet count', () => {
    const listed = [{ ...articles[0], outlet: 'Reuters' }, articles[1]];
    const html = renderStoryPage({ story: STORY, briefing, articles: listed, now });
    assert.match(html, /<span>2 outlets \(1 wire, 1 unlisted\)<\/span>/);
    assert.doesNotMatch(renderStoryPage({ story: STORY, briefing, articles, now }), /unlisted/);
  });

  it('names the disputed point on the badge and links it to its callout', () => {
    const html = renderStoryPage({ story: STORY, briefing, articles, now });
    assert.match(html, /<a class="badge disputed" href="#dispute-1">disputed: number of passengers<\/a>/);
    assert.match(html, /<aside class="callout dispute" role="note" id="dispute-1">/);
  });

  it('leaves out a fact that only repeats the summary, and counts passages beside sources', () => {
    const html = renderStoryPage({ story: STORY, briefing, articles, now });
    const facts = html.match(/<ul class="facts">[\s\S]*?<\/ul>/)?.[0] ?? '';
    assert.equal((facts.match(/<li>/g) ?? []).length, 3);
    assert.match(facts, /Passengers were taken off\.[\s\S]*— 1 independent source, 2 passages/);
  });

  it('shows an old version with its own counts', () => {
    const v1 = { ...BRIEFING, articles: [ARTICLE_A.id] };
    const html = renderStoryPage({
      story: { ...STORY, articles: 9, outlets: 7 },
      briefing: v1,
      articles: articles.slice(0, 1),
      now,
      version: { version: 1, createdAt: STORY.createdAt },
    });
    assert.match(html, /<span>1 outlet<\/span><span>1 article<\/span><span>kept /);
  });
});
