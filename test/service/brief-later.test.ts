/**
 * Briefing out of the serialized step (`briefLater`, `brief-pending.ts`), on every store backend:
 * - an ingest that writes members only, then briefs the pending stories, ends with the stories and
 *   briefings of an ingest that briefs as it goes;
 * - a story whose members change while its brief is computed: that briefing is refused (nothing
 *   written, the story stays pending) and the brief of the newer members is the one that stays;
 * - an ingest that briefs as it goes settles the pending stories it briefs (no older brief follows);
 * - a briefing computed against an older current version is refused, and the story stays pending.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { RawDocument } from '../../src/model/source.ts';
import { briefPending } from '../../src/service/brief-pending.ts';
import { ingestDocuments } from '../../src/service/ingest-documents.ts';
import { storyWrite } from '../../src/service/story-write.ts';
import { openSqliteStore } from '../../src/store/sqlite-store.ts';
import type { Store } from '../../src/store/store.ts';
import { backends } from '../store/backends.ts';
import { type Stories, storiesOf, textDocuments } from './stored-stories.ts';

const AT = '2026-05-11T07:30:00Z';

/** Invented reports: a warehouse fire (four outlets), a rail strike (three), one unrelated item. */
function documents(): RawDocument[] {
  const fire = (outlet: string, day: number, extra: string) =>
    `Title: Fire destroys grain warehouse at Kelmar docks\nOutlet: ${outlet}\nPublished: 2026-05-0${day}\n\n` +
    `A fire destroyed a grain warehouse at the Kelmar docks on Saturday night, and firefighters from three stations fought the blaze until dawn. ` +
    `The port operator said ${4 + day} berths were closed while the site was made safe. ${extra}\n\n` +
    `Investigators from the county fire service said the cause was not yet known. Nobody was hurt.`;
  const strike = (outlet: string, day: number, extra: string) =>
    `Title: Rail workers in Dunmore walk out over rosters\nOutlet: ${outlet}\nPublished: 2026-05-0${day}\n\n` +
    `Signal staff on the Dunmore regional line began a two-day strike on Thursday over new shift rosters. ` +
    `Union organiser Petra Lund said ${60 + day} members had voted to walk out. ${extra}\n\n` +
    `The rail operator ran a reduced timetable and advised passengers to travel only if necessary.`;
  const texts = [
    fire('Kelmar Echo', 3, 'Smoke drifted over the old town.'),
    strike('Dunmore Herald', 4, 'Talks broke down on Tuesday.'),
    fire('Coast Bulletin', 4, 'The warehouse held wheat for export.'),
    `Title: Library extends opening hours\nOutlet: Town Notes\nPublished: 2026-05-05\n\nThe Brannock public library will open on Sundays from June, the council said. Extra staff are being hired.\n\nThe reading room is being repainted.`,
    strike('Transport Weekly', 5, 'Commuters crowded onto replacement buses.'),
    fire('Harbour Times', 5, 'Insurers sent assessors to the docks.'),
    strike('Northern Wire', 6, 'The operator called the strike disproportionate.'),
    fire('Regional Report', 6, 'Traders asked for help with lost stock.'),
  ];
  return textDocuments(texts, 'abrief', 'brief-later');
}

/** The stories of an ingest that briefs as it goes, in chunks of `chunk`, into SQLite. */
async function briefedInline(docs: RawDocument[], chunk: number): Promise<Stories> {
  const store = await openSqliteStore(':memory:');
  try {
    await ingestDocuments(store, docs, { at: AT, chunkSize: chunk });
    return await storiesOf(store);
  } finally {
    await store.close();
  }
}

/** Briefs every pending story of `store` once; returns the outcomes. */
async function briefAll(store: Store): Promise<string[]> {
  const outcomes = [];
  for (const p of await store.pendingBriefs()) outcomes.push(await briefPending(store, p.id));
  return outcomes;
}

for (const backend of backends()) {
  describe(`briefing later on ${backend.name}`, () => {
    test('members first, briefs after: the stories and briefings of briefing in the ingest', async () => {
      const docs = documents();
      const expected = await briefedInline(docs, 3);
      const store = await backend.open();
      try {
        const report = await ingestDocuments(store, docs, { at: AT, chunkSize: 3, briefLater: true });
        assert.equal(report.added, docs.length);
        assert.ok(report.storiesCreated.length >= 2, 'new stories are reported by their members');
        assert.deepEqual(await storiesOf(store), [], 'no briefing is written inside the ingest');
        const pending = await store.pendingBriefs();
        assert.equal(pending.length, expected.length, 'every story waits for its briefing');
        assert.ok(
          pending.some((p) => p.membersVersion > 1),
          'a story touched by several chunks',
        );
        const outcomes = await briefAll(store);
        assert.ok(outcomes.every((o) => o === 'written'));
        assert.deepEqual(await store.pendingBriefs(), []);
        assert.deepEqual(await storiesOf(store), expected);
        assert.deepEqual(await briefAll(store), [], 'briefing again finds nothing pending');
      } finally {
        await store.close();
      }
    });

    test('members changed while a brief runs: it is refused, the newest members’ briefing stays', async () => {
      const docs = documents();
      const [first, second] = [docs.slice(0, 5), docs.slice(5)];
      const expected = await briefedInline(docs, 5);
      const store = await backend.open();
      try {
        await ingestDocuments(store, first, { at: AT, chunkSize: 5, briefLater: true });
        const fire = (await store.pendingBriefs()).find((p) => p.articles.includes(docs[0].id))!;
        assert.equal(fire.membersVersion, 1);
        // The next ingest commits while this brief is between reading the members and writing.
        let raced = false;
        const racing: Store = {
          ...store,
          async currentBriefings(ids) {
            if (!raced) {
              raced = true;
              await ingestDocuments(store, second, { at: AT, chunkSize: 5, briefLater: true });
            }
            return store.currentBriefings(ids);
          },
        };
        assert.equal(await briefPending(racing, fire.id), 'stale');
        assert.equal(await store.getStory(fire.id), null, 'the older members’ briefing was not written');
        const [again] = await store.pendingBriefs([fire.id]);
        assert.equal(again.membersVersion, 2);
        assert.ok(again.articles.length > fire.articles.length);
        await briefAll(store);
        assert.deepEqual(await storiesOf(store), expected);
      } finally {
        await store.close();
      }
    });

    test('an ingest that briefs as it goes settles the pending stories it briefs', async () => {
      const docs = documents();
      const expected = await briefedInline(docs, 5);
      const store = await backend.open();
      try {
        await ingestDocuments(store, docs.slice(0, 5), { at: AT, chunkSize: 5, briefLater: true });
        const before = await store.pendingBriefs();
        const report = await ingestDocuments(store, docs.slice(5), { at: AT, chunkSize: 5 });
        const briefed = [...report.storiesCreated, ...report.storiesUpdated];
        assert.ok(briefed.length > 0);
        const after = (await store.pendingBriefs()).map((p) => p.id);
        assert.ok(
          briefed.every((id) => !after.includes(id)),
          'a story briefed inline is not pending',
        );
        assert.ok(after.length < before.length);
        await briefAll(store);
        assert.deepEqual(await storiesOf(store), expected);
      } finally {
        await store.close();
      }
    });

    test('a briefing computed against an older current version is refused; the story stays pending', async () => {
      const docs = documents();
      const store = await backend.open();
      try {
        await ingestDocuments(store, docs.slice(0, 3), { at: AT, chunkSize: 3, briefLater: true });
        await briefAll(store);
        await ingestDocuments(store, docs.slice(3), { at: AT, chunkSize: 5, briefLater: true });
        const [p] = (await store.pendingBriefs()).filter((x) => x.articles.includes(docs[0].id));
        const current = (await store.currentBriefings([p.id])).get(p.id)!;
        const articles = await store.loadArticles(p.articles);
        const stale = storyWrite(
          p.id,
          { ...current.briefing, headline: `${current.briefing.headline} (stale)` },
          articles.map((article) => ({ article, annotations: { sentences: [] } as never })),
          { ...current, version: current.version - 1 },
          AT,
        );
        assert.equal(stale.version?.version, current.version);
        assert.equal(await store.commitBriefing(stale, p.membersVersion), false);
        assert.equal((await store.pendingBriefs([p.id])).length, 1, 'still pending');
        assert.equal((await store.getStory(p.id))!.version, current.version);
        assert.equal(await briefPending(store, p.id), 'written');
        assert.equal((await store.getStory(p.id))!.version, current.version + 1);
      } finally {
        await store.close();
      }
    });
  });
}
