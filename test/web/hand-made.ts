/**
 * Hand-made records for the web page tests: a fictional story whose article text and title carry
 * markup that must come out escaped, and a fake store serving them.
 */
import type { StoryBriefing } from '../../src/model/briefing.ts';
import type { StoredArticle, StoredStory, StoryVersion } from '../../src/store/records.ts';
import type { Store } from '../../src/store/store.ts';

export const HOSTILE = '<script>alert(1)</script> "onload=alert(2)';

/** Text of article A; the cited passages are found by `indexOf`, so the ranges stay right when it changes. */
const TEXT_A = `The Marrowfield ferry ran aground on Tuesday near Osk Point, and 31 passengers were taken off.\n\nCaptain Ilse Varga said the channel "had moved overnight". ${HOSTILE} was printed on a sign.`;
const TEXT_B = `The ferry Marrowfield Lady grounded near Osk Point with 33 passengers aboard.\n\nThe harbour office in Tennick will review the channel markers.`;

function range(text: string, passage: string, article: string) {
  const start = text.indexOf(passage);
  if (start < 0) throw new Error(`not in text: ${passage}`);
  return { article, start, end: start + passage.length };
}

function article(id: string, text: string, outlet: string, title: string): StoredArticle {
  return {
    id,
    title,
    outlet,
    author: null,
    published: '2031-05-06',
    language: 'en',
    text,
    diagnostics: [],
    usable: true,
    url: `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/ferry`,
    extraction: { method: 'plain-text', sources: {}, removed: [] },
    storyId: 'sferry0000001',
    addedAt: '2031-05-06T10:00:00.000Z',
  };
}

export const ARTICLE_A = article('aaaa00000001', TEXT_A, 'Osk Evening Lamp', `Ferry aground ${HOSTILE}`);
export const ARTICLE_B = article('aaaa00000002', TEXT_B, 'Tennick Tide', 'Marrowfield Lady grounds off Osk');

export const CITE_A = range(
  TEXT_A,
  'The Marrowfield ferry ran aground on Tuesday near Osk Point',
  ARTICLE_A.id,
);
export const CITE_31 = range(TEXT_A, '31 passengers were taken off', ARTICLE_A.id);
export const CITE_33 = range(TEXT_B, '33 passengers aboard', ARTICLE_B.id);
export const CITE_HOSTILE = range(TEXT_A, HOSTILE, ARTICLE_A.id);

export const BRIEFING: StoryBriefing = {
  id: 'sferry0000001',
  headline: `Ferry aground off Osk Point ${HOSTILE}`,
  articles: [ARTICLE_A.id, ARTICLE_B.id],
  summary: [{ text: 'The Marrowfield ferry ran aground on Tuesday near Osk Point.', citations: [CITE_A] }],
  facts: [
    {
      text: 'The ferry ran aground near Osk Point.',
      citations: [CITE_A, range(TEXT_B, 'grounded near Osk Point', ARTICLE_B.id)],
      status: 'corroborated',
      sources: 2,
    },
  ],
  disputes: [
    {
      topic: 'number of passengers',
      variants: [
        { value: '31', citations: [CITE_31] },
        { value: '33', citations: [CITE_33] },
      ],
      likelyError: { article: ARTICLE_B.id, value: '33', reason: `One source against the others ${HOSTILE}` },
    },
  ],
  timeline: [{ date: '2031-05-06', text: 'The ferry runs aground.', citations: [CITE_A] }],
  quotes: [
    {
      speaker: 'Ilse Varga',
      text: 'had moved overnight',
      citations: [range(TEXT_A, 'had moved overnight', ARTICLE_A.id)],
    },
  ],
  entities: [{ name: 'Ilse Varga', kind: 'person', aliases: ['Captain Varga'], articles: [ARTICLE_A.id] }],
  perSource: [
    {
      article: ARTICLE_B.id,
      distinctive: [
        {
          text: 'The harbour office will review the markers.',
          citations: [
            range(TEXT_B, 'The harbour office in Tennick will review the channel markers.', ARTICLE_B.id),
          ],
        },
      ],
    },
  ],
  questions: [`Why did the channel move? ${HOSTILE}`],
};

export const STORY: StoredStory = {
  id: BRIEFING.id,
  headline: BRIEFING.headline,
  articles: 2,
  outlets: 2,
  disputes: 1,
  version: 2,
  createdAt: '2031-05-06T09:00:00.000Z',
  updatedAt: '2031-05-06T10:00:00.000Z',
  briefing: BRIEFING,
  mergedInto: null,
};

export const VERSIONS: StoryVersion[] = [
  {
    storyId: STORY.id,
    version: 2,
    createdAt: STORY.updatedAt,
    briefing: BRIEFING,
    changes: {
      addedArticles: [{ id: ARTICLE_B.id, outlet: 'Tennick Tide', title: ARTICLE_B.title }],
      removedArticles: [],
      newOutlets: ['Tennick Tide'],
      newFacts: ['The ferry ran aground near Osk Point.'],
      strengthenedFacts: [],
      disputesOpened: ['number of passengers'],
      disputesSettled: [],
    },
  },
  {
    storyId: STORY.id,
    version: 1,
    createdAt: STORY.createdAt,
    briefing: { ...BRIEFING, articles: [ARTICLE_A.id] },
    changes: null,
  },
];

/** A read-only store over the hand-made records, plus a merged story `sold00000001` → the ferry story. */
export function fakeStore(): Store {
  const articles = new Map([ARTICLE_A, ARTICLE_B].map((a) => [a.id, a]));
  const merged: StoredStory = { ...STORY, id: 'sold00000001', mergedInto: STORY.id };
  const stories = new Map([STORY, merged].map((s) => [s.id, s]));
  const fail = () => Promise.reject(new Error('not used by the web pages'));
  return {
    kind: 'fake',
    generation: async () => 0,
    listStories: async () => [STORY],
    countStories: async () => 1,
    getStory: async (id) => stories.get(id) ?? null,
    storyHead: async (id) => {
      const s = stories.get(id);
      return s ? { id: s.id, version: s.version, mergedInto: s.mergedInto } : null;
    },
    listVersions: async (id) => (id === STORY.id ? VERSIONS : []),
    getVersion: async (id, n) => VERSIONS.find((v) => v.storyId === id && v.version === n) ?? null,
    getArticle: async (id) => articles.get(id) ?? null,
    getArticles: async (ids) => ids.flatMap((id) => articles.get(id) ?? []),
    listArticles: async () =>
      [ARTICLE_A, ARTICLE_B].map((a) => ({
        id: a.id,
        title: a.title,
        outlet: a.outlet,
        published: a.published,
        url: a.url ?? null,
        storyId: a.storyId,
        duplicateOf: a.duplicateOf ?? null,
      })),
    countArticles: async () => 2,
    getEntity: async (key) =>
      key === 'ilse-varga'
        ? {
            key,
            name: 'Ilse Varga',
            kind: 'person',
            spellings: ['Ilse Varga', 'Captain Varga'],
            stories: [
              { id: STORY.id, headline: STORY.headline, updatedAt: STORY.updatedAt, name: 'Ilse Varga' },
            ],
          }
        : null,
    search: async (q) =>
      q === 'ferry'
        ? [
            {
              kind: 'article',
              id: ARTICLE_A.id,
              title: ARTICLE_A.title!,
              snippet: `… ${HOSTILE} …`,
              storyId: STORY.id,
            },
          ]
        : [],
    knownIds: fail,
    idsByContentHash: fail,
    bandNeighbours: fail,
    loadClusterState: fail,
    loadArticles: fail,
    currentBriefings: fail,
    commitIngest: fail,
    pendingBriefs: fail,
    commitBriefing: fail,
    addFeed: fail,
    listFeeds: fail,
    dueFeeds: fail,
    updateFeed: fail,
    removeFeed: fail,
    close: async () => {},
  };
}
