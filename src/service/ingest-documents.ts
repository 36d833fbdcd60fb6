/**
 * Incremental ingest into a store: new articles join the stories they belong to, and only the
 * stories they touch get a new briefing version.
 *
 * 1. Skip documents whose id is stored (re-ingest changes nothing).
 * 2. Extract and annotate the new ones (a failure is kept as an unusable article with its diagnostic).
 * 3. Dedup against the store and the batch: exact copies are not stored (PX401), near copies are
 *    linked (`duplicateOf`).
 * 4. Restore the incremental clusterer from the store, add the new articles (publication order, then
 *    id), review; stories keep their ids (`assignStoryIds`).
 * 5. For every story whose members changed: reconcile and brief again, diff with the previous
 *    version, and write everything in one transaction.
 * Ingests into one store are serialised within a process; the store is meant to have one writer process.
 */
import { briefStory } from '../brief/index.ts';
import { clusterItemOf, createClusterer, processingOrder } from '../cluster/index.ts';
import { contentKey, findDuplicates, signatureOf } from '../dedup/find-duplicates.ts';
import { annotateGuarded, extractDocuments } from '../engine.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { StoryBriefing } from '../model/briefing.ts';
import type { RawDocument } from '../model/source.ts';
import { reconcileStory } from '../reconcile/index.ts';
import type { IngestCommit, NewArticle, Store, StoryWrite } from '../store/store.ts';
import { assignStoryIds } from './assign-story-ids.ts';
import { diffBriefings } from './diff-briefings.ts';
import type { IngestProgress, IngestReport } from './ingest-report.ts';

/** Options of one ingest. */
export interface IngestDocumentsOptions {
  /** The time of the ingest (ISO 8601), recorded on articles and versions. */
  at: string;
  /** The feed the documents came from. */
  feedUrl?: string;
  onProgress?: IngestProgress;
}

const queues = new WeakMap<Store, Promise<unknown>>();

/** Ingests `documents` into `store` (see the module comment) and reports what it did. */
export function ingestDocuments(
  store: Store,
  documents: RawDocument[],
  options: IngestDocumentsOptions,
): Promise<IngestReport> {
  const previous = queues.get(store) ?? Promise.resolve();
  const run = previous.then(
    () => ingestNow(store, documents, options),
    () => ingestNow(store, documents, options),
  );
  queues.set(store, run);
  return run;
}

async function ingestNow(
  store: Store,
  documents: RawDocument[],
  options: IngestDocumentsOptions,
): Promise<IngestReport> {
  const progress = options.onProgress ?? (() => {});
  const known = await store.knownIds(documents.map((d) => d.id));
  const seen = new Set<string>();
  const fresh = documents.filter((d) => !known.has(d.id) && !seen.has(d.id) && seen.add(d.id));
  const report: IngestReport = {
    documents: documents.length,
    added: 0,
    known: documents.length - fresh.length,
    exactCopies: 0,
    nearDuplicates: 0,
    unusable: 0,
    storiesCreated: [],
    storiesUpdated: [],
    storiesMerged: [],
    diagnostics: [],
  };
  if (fresh.length === 0) return report;

  // 2. Extract and annotate.
  const articles: Article[] = [];
  const analyzed = new Map<string, AnalyzedArticle>();
  for (const [i, doc] of fresh.entries()) {
    const [article] = extractDocuments([doc]);
    const result = article.usable ? annotateGuarded(article) : article;
    if ('annotations' in result) analyzed.set(article.id, result);
    articles.push('annotations' in result ? result.article : result);
    progress('extract', i + 1, fresh.length);
  }
  for (const a of articles) report.diagnostics.push(...a.diagnostics);

  // 3. Dedup against the store and the batch.
  const usable = articles.filter((a) => analyzed.has(a.id));
  const signed = new Map(usable.map((a) => [a.id, signatureOf(a.text)]));
  const keys = new Map(usable.map((a) => [a.id, contentKey(a)]));
  const storedByKey = await store.idsByContentHash([...new Set(keys.values())]);
  const neighbours = await store.bandNeighbours([...new Set([...signed.values()].flatMap((s) => s.bands))]);
  const dedup = findDuplicates(
    usable,
    {},
    {
      exact: new Map([...storedByKey].map(([k, id]) => [k, { id, root: id }])),
      signed: neighbours.map((n) => ({ id: n.id, root: n.duplicateOf ?? n.id, signature: n.signature })),
    },
  );
  report.diagnostics.push(...dedup.diagnostics);
  const kept = new Map(dedup.kept.map((a) => [a.id, a]));
  const linked = new Map(dedup.articles.map((a) => [a.id, a]));
  const toStore = articles.map((a) => linked.get(a.id) ?? a).filter((a) => !a.usable || kept.has(a.id));
  report.exactCopies = usable.length - dedup.kept.length;
  report.nearDuplicates = dedup.kept.filter((a) => a.duplicateOf !== undefined).length;
  report.unusable = articles.length - usable.length;
  report.added = toStore.length;

  // 4. Cluster: restore, add, review.
  const state = await store.loadClusterState();
  const previousStory = new Map(state.entries.map((e) => [e.id, e.storyId]));
  const clusterer = createClusterer(
    {},
    {
      entries: state.entries.map((e) => ({ ...e, vector: new Map(e.vector), story: e.storyId })),
      df: state.df,
    },
  );
  const items = dedup.kept.map((a) => ({ ...analyzed.get(a.id)!, article: a }));
  const dfDelta = new Map<string, number>();
  for (const [n, i] of processingOrder(items).entries()) {
    const item = clusterItemOf(items[i]);
    for (const f of item.features.keys()) dfDelta.set(f, (dfDelta.get(f) ?? 0) + 1);
    clusterer.add(item);
    progress('cluster', n + 1, items.length);
  }
  clusterer.review();
  const held = new Map(clusterer.held().map((h) => [h.id, h]));
  const stories = clusterer.stories();
  const assignment = assignStoryIds(
    stories.map((s) => s.articles),
    previousStory,
  );
  const members = new Map(stories.map((s, g) => [assignment.ids[g], s.articles]));
  const storyOf = new Map<string, string>();
  for (const [id, list] of members) for (const a of list) storyOf.set(a, id);

  // 5. Re-brief the stories whose members changed.
  const sizeBefore = new Map<string, number>();
  for (const s of previousStory.values()) sizeBefore.set(s, (sizeBefore.get(s) ?? 0) + 1);
  const touched = [...members].filter(
    ([id, list]) => list.length !== sizeBefore.get(id) || list.some((a) => previousStory.get(a) !== id),
  );
  const previousBriefings = await store.currentBriefings(touched.map(([id]) => id));
  const byId = new Map(items.map((i) => [i.article.id, i]));
  const writes: StoryWrite[] = [];
  for (const [n, [id, list]] of touched.entries()) {
    const storedIds = list.filter((a) => !byId.has(a));
    for (const article of await store.loadArticles(storedIds)) {
      const result = annotateGuarded(article);
      if ('annotations' in result) byId.set(article.id, result);
      else report.diagnostics.push(...result.diagnostics.slice(article.diagnostics.length));
    }
    const storyItems = list.flatMap((a) => (byId.has(a) ? [byId.get(a)!] : []));
    const story = { id, articles: storyItems.map((i) => i.article.id) };
    const findings = reconcileStory(story, storyItems);
    report.diagnostics.push(...findings.diagnostics);
    const briefing = briefStory(story, storyItems, findings);
    writes.push(storyWrite(id, briefing, storyItems, previousBriefings.get(id), options.at));
    progress('brief', n + 1, touched.length);
  }
  for (const w of writes) {
    if (w.version === null) continue;
    if (w.version.version === 1) report.storiesCreated.push(w.id);
    else report.storiesUpdated.push(w.id);
  }
  report.storiesMerged = assignment.merged;

  const newArticles: NewArticle[] = toStore.map((article) => {
    const sig = signed.get(article.id) ?? { signature: new Uint32Array(0), bands: [] };
    const n: NewArticle = {
      article,
      contentHash: keys.get(article.id) ?? `unusable:${article.id}`,
      signature: sig.signature,
      bands: sig.bands,
    };
    if (options.feedUrl !== undefined) n.feedUrl = options.feedUrl;
    const h = held.get(article.id);
    if (h !== undefined)
      n.cluster = { id: h.id, published: h.published, vector: [...h.vector], storyId: storyOf.get(h.id)! };
    return n;
  });
  const commit: IngestCommit = {
    at: options.at,
    articles: newArticles,
    stories: writes,
    merged: assignment.merged,
    emptied: [],
    dfDelta,
  };
  progress('write', 0, 1);
  await store.commitIngest(commit);
  progress('write', 1, 1);
  return report;
}

/** The write for one re-briefed story: summary columns, entities, and a new version when the briefing changed. */
function storyWrite(
  id: string,
  briefing: StoryBriefing,
  items: AnalyzedArticle[],
  previous: { version: number; briefing: StoryBriefing } | undefined,
  at: string,
): StoryWrite {
  const outlets = new Set(items.map((i) => i.article.outlet ?? `article:${i.article.id}`));
  const labels = new Map(
    items.map((i) => [i.article.id, { id: i.article.id, outlet: i.article.outlet, title: i.article.title }]),
  );
  const same = previous !== undefined && JSON.stringify(previous.briefing) === JSON.stringify(briefing);
  const outletsBefore = new Set(
    (previous?.briefing.articles ?? []).flatMap((a) => {
      const o = labels.get(a)?.outlet;
      return o ? [o] : [];
    }),
  );
  return {
    id,
    articles: items.map((i) => i.article.id),
    briefing,
    summary: {
      headline: briefing.headline,
      articles: items.length,
      outlets: outlets.size,
      disputes: briefing.disputes.length,
    },
    version: same
      ? null
      : {
          version: (previous?.version ?? 0) + 1,
          createdAt: at,
          changes:
            previous === undefined ? null : diffBriefings(previous.briefing, briefing, labels, outletsBefore),
        },
    entities: briefing.entities.map((e) => ({
      name: e.name,
      kind: e.kind,
      spellings: [e.name, ...e.aliases],
    })),
  };
}
