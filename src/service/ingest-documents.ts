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
import { buildStories } from '../cluster/build-stories.ts';
import { clusterItemOf, type HeldEntry, processingOrder } from '../cluster/index.ts';
import { service as config } from '../config.ts';
import { contentKey, findDuplicates, signatureOf } from '../dedup/find-duplicates.ts';
import { annotateGuarded, extractDocuments } from '../engine.ts';
import type { AnalyzedArticle } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { StoryBriefing } from '../model/briefing.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawDocument } from '../model/source.ts';
import { reconcileStory } from '../reconcile/index.ts';
import type { IngestCommit, NewArticle, Store, StoryWrite } from '../store/store.ts';
import { assignStoryIds } from './assign-story-ids.ts';
import { keepClusterSession, takeClusterSession } from './cluster-session.ts';
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
  const attempt = () => ingestWithRetry(store, documents, options);
  const run = previous.then(attempt, attempt);
  queues.set(store, run);
  return run;
}

/** Most attempts when another process keeps committing ingests in between (see `Store.commitIngest`). */
const MAX_ATTEMPTS = 3;

async function ingestWithRetry(
  store: Store,
  documents: RawDocument[],
  options: IngestDocumentsOptions,
): Promise<IngestReport> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const report = await ingestNow(store, documents, options);
    if (report !== null) return report;
  }
  throw new Error(
    `ingest: the store changed under ${MAX_ATTEMPTS} attempts in a row (another process is ingesting)`,
  );
}

/** One attempt; null when the store moved on meanwhile (nothing was written). */
async function ingestNow(
  store: Store,
  documents: RawDocument[],
  options: IngestDocumentsOptions,
): Promise<IngestReport | null> {
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
  const nlp: Diagnostic[] = [];
  for (const [i, doc] of fresh.entries()) {
    const [article] = extractDocuments([doc]);
    const result = article.usable ? annotateCached(article) : article;
    if ('annotations' in result) analyzed.set(article.id, result);
    articles.push('annotations' in result ? result.article : result);
    if ('annotations' in result) nlp.push(...(result.annotations.diagnostics ?? []));
    progress('extract', i + 1, fresh.length);
    await breathe();
  }
  for (const a of articles) report.diagnostics.push(...a.diagnostics);
  report.diagnostics.push(...nlp);

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

  // 4. Cluster: restore (or take this process's clusterer), add, review.
  const session = await takeClusterSession(store);
  const { clusterer } = session;
  const previousStory = session.storyOf;
  const items = dedup.kept.map((a) => ({ ...analyzed.get(a.id)!, article: a }));
  const dfDelta = new Map<string, number>();
  for (const [n, i] of processingOrder(items).entries()) {
    const item = clusterItemOf(items[i]);
    for (const f of item.features.keys()) dfDelta.set(f, (dfDelta.get(f) ?? 0) + 1);
    clusterer.add(item);
    progress('cluster', n + 1, items.length);
    if (n % 20 === 19) await breathe();
  }
  clusterer.review();
  clusterer.refine();
  const heldList = clusterer.held();
  const held = new Map(heldList.map((h) => [h.id, h]));
  const groups = new Map<string | number, string[]>();
  for (const h of heldList) {
    const list = groups.get(h.story);
    if (list === undefined) groups.set(h.story, [h.id]);
    else list.push(h.id);
  }
  const groupList = [...groups.values()];
  const assignment = assignStoryIds(groupList, previousStory);
  const storyOf = new Map<string, string>();
  groupList.forEach((list, g) => {
    for (const a of list) storyOf.set(a, assignment.ids[g]);
  });

  // 5. Re-brief the stories whose members changed.
  const sizeBefore = new Map<string, number>();
  for (const s of previousStory.values()) sizeBefore.set(s, (sizeBefore.get(s) ?? 0) + 1);
  const touched = groupList
    .map((list, g): [string, string[]] => [assignment.ids[g], list])
    .filter(
      ([id, list]) => list.length !== sizeBefore.get(id) || list.some((a) => previousStory.get(a) !== id),
    )
    .map(([id, list]): [string, string[]] => [id, centralFirst(list, held)]);
  const previousBriefings = await store.currentBriefings(touched.map(([id]) => id));
  const byId = new Map(items.map((i) => [i.article.id, i]));
  const writes: StoryWrite[] = [];
  for (const [n, [id, list]] of touched.entries()) {
    const storedIds = list.filter((a) => !byId.has(a));
    for (const article of await store.loadArticles(storedIds)) {
      const result = annotateCached(article);
      await breathe();
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
    await breathe();
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
    generation: session.generation,
    articles: newArticles,
    stories: writes,
    merged: assignment.merged,
    dfDelta,
  };
  if (!(await store.commitIngest(commit))) return null;
  keepClusterSession(store, { generation: session.generation + 1, clusterer, storyOf });
  progress('write', 1, 1);
  return report;
}

/**
 * Lets other work of the process run (a server's reads) between two units of an ingest's CPU work,
 * so that an ingest in the server delays a request by one document's work, not by the whole batch.
 */
function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** The ids of a group, most central first (cosine to the group's centroid), as the batch engine orders them. */
function centralFirst(ids: string[], held: ReadonlyMap<string, HeldEntry>): string[] {
  const [story] = buildStories(
    ids,
    ids.map((id) => held.get(id)!.vector),
    ids.map(() => 0),
  );
  return story.articles;
}

/** Annotations of articles seen lately, by id (an id names one content, so they never go stale). */
const annotationCache = new Map<string, AnalyzedArticle>();

/** `annotateGuarded` with a small in-process cache: re-briefing a story re-reads articles it has seen. */
function annotateCached(article: Article): AnalyzedArticle | Article {
  const hit = annotationCache.get(article.id);
  if (hit !== undefined) {
    annotationCache.delete(article.id);
    annotationCache.set(article.id, hit);
    return { ...hit, article };
  }
  const result = annotateGuarded(article);
  if ('annotations' in result) {
    annotationCache.set(article.id, result);
    if (annotationCache.size > config.annotationCache)
      annotationCache.delete(annotationCache.keys().next().value!);
  }
  return result;
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
