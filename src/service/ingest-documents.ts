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
 *    version, and write everything in one transaction. With `briefLater` (a queue's serialized
 *    step) the members are written and the stories marked pending instead; a brief job writes
 *    their briefings (`brief-pending.ts`).
 * Ingests into one store are serialised within a process; the store is meant to have one writer process.
 */
import { buildStories } from '../cluster/build-stories.ts';
import type { HeldEntry } from '../cluster/index.ts';
import { service as config } from '../config.ts';
import { contentKey, signatureOf } from '../dedup/find-duplicates.ts';
import { annotateGuarded, isAnalyzed, runStages } from '../engine.ts';
import type { AnalyzedArticle, Annotations } from '../model/annotations.ts';
import type { Article } from '../model/article.ts';
import type { StoryBriefing } from '../model/briefing.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawDocument } from '../model/source.ts';
import type { IngestCommit, NewArticle, Store } from '../store/store.ts';
import { assignStoryIds, type StoryIdAssignment } from './assign-story-ids.ts';
import { type ClusterSession, keepClusterSession, takeClusterSession } from './cluster-session.ts';
import {
  addReport,
  type DocumentOutcome,
  emptyReport,
  type IngestProgress,
  type IngestReport,
} from './ingest-report.ts';
import { storyWrite } from './story-write.ts';

/** Options of one ingest. */
export interface IngestDocumentsOptions {
  /** The time of the ingest (ISO 8601), recorded on articles and versions. */
  at: string;
  /** The feed the documents came from. */
  feedUrl?: string;
  onProgress?: IngestProgress;
  /** Commit after this many new documents (default `service.chunkDocuments`). */
  chunkSize?: number;
  /** …or once a chunk has taken this many seconds of work (default: no time limit). */
  chunkSeconds?: number;
  /** The clock for `chunkSeconds`, in milliseconds (default `performance.now`). */
  clock?: () => number;
  /** The `analyze` results of documents analyzed beforehand (queue workers), by document id. */
  analyzed?: ReadonlyMap<string, AnalyzedArticle | Article>;
  /** Annotations kept for stored articles (a queue's), by id; the others are annotated again. */
  storedAnnotations?: (ids: string[]) => Promise<Map<string, Annotations>>;
  /**
   * Write the changed stories' members only and mark them pending (`Store.commitBriefing`); their
   * briefings are written later, outside this serialized step. The report then counts a story
   * created or updated by its members (its briefing may come out unchanged).
   */
  briefLater?: boolean;
  /** Told, after each chunk's commit, what became of each of its documents (a queue's per-document count). */
  onOutcomes?: (outcomes: Map<string, DocumentOutcome>) => void;
}

const queues = new WeakMap<Store, Promise<unknown>>();

/** Ingests `documents` into `store` (see the module comment) and reports what it did. */
export function ingestDocuments(
  store: Store,
  documents: RawDocument[],
  options: IngestDocumentsOptions,
): Promise<IngestReport> {
  const previous = queues.get(store) ?? Promise.resolve();
  const attempt = () => ingestChunks(store, documents, options);
  const run = previous.then(attempt, attempt);
  queues.set(store, run);
  return run;
}

/** Most attempts when another process keeps committing ingests in between (see `Store.commitIngest`). */
const MAX_ATTEMPTS = 3;

/**
 * Ingests chunk by chunk: each chunk (at most `chunkSize` new documents, or what `chunkSeconds` of
 * work analyzed) is committed with its story updates in one transaction, so a crash loses at most
 * the chunk in flight, and the next ingest of the same inputs skips what is stored and resumes.
 */
async function ingestChunks(
  store: Store,
  documents: RawDocument[],
  options: IngestDocumentsOptions,
): Promise<IngestReport> {
  const chunkSize = Math.max(1, options.chunkSize ?? config.chunkDocuments);
  const total = emptyReport(0);
  let rest = documents;
  const progress = options.onProgress ?? (() => {});
  while (rest.length > 0) {
    const take = rest.slice(0, chunkSize);
    const chunk = await chunkWithRetry(store, take, options);
    addReport(total, chunk.report);
    rest = [...chunk.rest, ...rest.slice(take.length)];
    progress('write', total.documents, documents.length);
  }
  return total;
}

async function chunkWithRetry(
  store: Store,
  documents: RawDocument[],
  options: IngestDocumentsOptions,
): Promise<ChunkResult> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const result = await ingestNow(store, documents, options);
    if (result !== null) return result;
  }
  throw new Error(
    `ingest: the store changed under ${MAX_ATTEMPTS} attempts in a row (another process is ingesting)`,
  );
}

/** A chunk's report, and the documents it left for the next chunk (its time ran out). */
interface ChunkResult {
  report: IngestReport;
  rest: RawDocument[];
}

/** One attempt at one chunk; null when the store moved on meanwhile (nothing was written). */
async function ingestNow(
  store: Store,
  documents: RawDocument[],
  options: IngestDocumentsOptions,
): Promise<ChunkResult | null> {
  const progress = options.onProgress ?? (() => {});
  const known = await store.knownIds(documents.map((d) => d.id));
  const seen = new Set<string>();
  const fresh = documents.filter((d) => !known.has(d.id) && !seen.has(d.id) && seen.add(d.id));
  const report = emptyReport(documents.length - fresh.length);
  if (fresh.length === 0) {
    options.onOutcomes?.(new Map([...known].map((id) => [id, 'known'])));
    return { report: { ...report, documents: documents.length }, rest: [] };
  }
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const seconds = options.chunkSeconds;

  // The engine orders the stages; this driver supplies the store's side of each.
  let session: ClusterSession | undefined;
  let assignment: StoryIdAssignment = { ids: [], merged: [] };
  const signed = new Map<string, ReturnType<typeof signatureOf>>();
  const keys = new Map<string, string>();
  const storyOf = new Map<string, string>();
  let previousBriefings = new Map<string, { version: number; briefing: StoryBriefing }>();
  const memberDiagnostics: Diagnostic[] = [];
  const created: string[] = [];
  const updated: string[] = [];
  const run = await runStages(fresh, {
    ...(options.briefLater && { briefLater: true }),
    annotate: annotateCached,
    ...(options.analyzed && { analyzed: (doc: RawDocument) => options.analyzed!.get(doc.id) }),
    ...(seconds !== undefined && { more: () => clock() - started < seconds * 1000 }),
    async groupState(items) {
      for (const { article } of items) {
        signed.set(article.id, signatureOf(article.text));
        keys.set(article.id, contentKey(article));
      }
      const storedByKey = await store.idsByContentHash([...new Set(keys.values())]);
      const bands = [...new Set([...signed.values()].flatMap((s) => s.bands))];
      const neighbours = await store.bandNeighbours(bands);
      session = await takeClusterSession(store);
      return {
        clusterer: session.clusterer,
        prior: {
          exact: new Map([...storedByKey].map(([k, id]) => [k, { id, root: id }])),
          signed: neighbours.map((n) => ({ id: n.id, root: n.duplicateOf ?? n.id, signature: n.signature })),
        },
      };
    },
    async toBrief(grouping) {
      const previousStory = session!.storyOf;
      const held = new Map(grouping.held!.map((h) => [h.id, h]));
      assignment = assignStoryIds(
        grouping.stories.map((s) => s.articles),
        previousStory,
      );
      grouping.stories.forEach((s, g) => {
        for (const a of s.articles) storyOf.set(a, assignment.ids[g]);
      });
      const sizeBefore = new Map<string, number>();
      for (const s of previousStory.values()) sizeBefore.set(s, (sizeBefore.get(s) ?? 0) + 1);
      const touched = grouping.stories
        .map((s, g) => ({ id: assignment.ids[g], articles: s.articles }))
        .filter(
          ({ id, articles }) =>
            articles.length !== sizeBefore.get(id) || articles.some((a) => previousStory.get(a) !== id),
        )
        .map(({ id, articles }) => ({ id, articles: centralFirst(articles, held) }));
      for (const s of touched) (sizeBefore.has(s.id) ? updated : created).push(s.id);
      if (!options.briefLater) previousBriefings = await store.currentBriefings(touched.map((s) => s.id));
      return touched;
    },
    async members(ids) {
      const out: AnalyzedArticle[] = [];
      const kept = (await options.storedAnnotations?.(ids)) ?? new Map<string, Annotations>();
      for (const article of await store.loadArticles(ids)) {
        const annotations = kept.get(article.id);
        const result = annotations ? { article, annotations } : annotateCached(article);
        await breathe();
        if (isAnalyzed(result)) out.push(result);
        else memberDiagnostics.push(...result.diagnostics.slice(article.diagnostics.length));
      }
      return out;
    },
    progress,
    pause: breathe,
  });
  const { grouping } = run;
  for (const a of run.articles) report.diagnostics.push(...a.diagnostics);
  report.diagnostics.push(...run.diagnostics, ...memberDiagnostics);

  const usable = run.articles.filter((a) => keys.has(a.id));
  const kept = new Set(grouping.kept.map((i) => i.article.id));
  const toStore = run.articles.filter((a) => !keys.has(a.id) || kept.has(a.id));
  report.exactCopies = usable.length - grouping.kept.length;
  report.nearDuplicates = grouping.kept.filter((i) => i.article.duplicateOf !== undefined).length;
  report.unusable = run.articles.length - usable.length;
  report.added = toStore.length;

  const writes = run.stories.map((s) =>
    storyWrite(s.story.id, s.briefing, s.items, previousBriefings.get(s.story.id), options.at),
  );
  for (const w of writes) {
    if (w.version === null) continue;
    if (w.version.version === 1) report.storiesCreated.push(w.id);
    else report.storiesUpdated.push(w.id);
  }
  if (options.briefLater) {
    report.storiesCreated.push(...created);
    report.storiesUpdated.push(...updated);
  }
  report.storiesMerged = assignment.merged;

  const held = new Map((grouping.held ?? []).map((h) => [h.id, h]));
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
      n.cluster = {
        id: h.id,
        published: h.published,
        vector: [...h.vector],
        storyId: storyOf.get(h.id)!,
        ...(h.counts !== undefined && { counts: [...h.counts] }),
      };
    return n;
  });
  // No usable article: nothing was grouped, the session was not taken.
  const generation = session?.generation ?? (await store.generation());
  const commit: IngestCommit = {
    at: options.at,
    generation,
    articles: newArticles,
    stories: writes,
    pending: run.deferred.map((s) => ({ id: s.id, articles: s.articles })),
    merged: assignment.merged,
    dfDelta: grouping.dfDelta ?? new Map(),
  };
  if (!(await store.commitIngest(commit))) return null;
  if (session !== undefined) keepClusterSession(store, { ...session, generation: generation + 1, storyOf });
  report.documents = documents.length - run.rest.length;
  if (options.onOutcomes) {
    const outcomes = new Map<string, DocumentOutcome>([...known].map((id) => [id, 'known']));
    for (const a of run.articles) outcomes.set(a.id, articleOutcome(a, keys.has(a.id), kept.has(a.id)));
    options.onOutcomes(outcomes);
  }
  return { report, rest: run.rest };
}

/** What an ingest did with a new article: `usable` (it has a content key) and `kept` (not an exact copy). */
function articleOutcome(article: Article, usable: boolean, kept: boolean): DocumentOutcome {
  if (!usable) return 'unusable';
  if (!kept) return 'copy';
  return article.duplicateOf !== undefined ? 'near' : 'added';
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
export function annotateCached(article: Article): AnalyzedArticle | Article {
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
