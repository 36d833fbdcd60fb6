/**
 * What the front page knows of each story: its headline, one summary line, the event's date, its
 * outlets, when the news last changed (the newest article's publication, not the ingest) and its
 * disputes and entities for the filters.
 *
 * Built from the store once per ingest (`Store.generation`), so the list and its filters cost one
 * read of every story and one list of every article per ingest, not per request.
 */
import { outletName } from '../brief/outlet-name.ts';
import type { StoryBriefing } from '../model/briefing.ts';
import { outletKinds } from '../outlets/outlet-kinds.ts';
import { ellipsise } from '../render/describe-article.ts';
import { type ArticleSummary, entityKey } from '../store/records.ts';
import type { Store } from '../store/store.ts';

/** One story as the front page shows and filters it. */
export interface FrontEntry {
  id: string;
  headline: string;
  /** The first summary line, shortened; null when the briefing has none. */
  summary: string | null;
  /** The day of the story's event (`YYYY-MM-DD`, or coarser), or null when unknown. */
  eventDate: string | null;
  /** Its outlets by name, in story order, each once. */
  outlets: string[];
  /** The kinds of its outlets the registry lists ("1 wire, 2 national, 1 unlisted"), or null when it lists none. */
  kinds: string | null;
  articles: number;
  disputes: number;
  /** When the news last changed: the newest publication time among its articles (null when none is dated). */
  lastNews: string | null;
  /** When its briefing last changed in this store (the fallback order when no article is dated). */
  updatedAt: string;
  /** The entities it names (people, organisations, places), by name. */
  entities: string[];
}

/** Longest summary line shown on the front page. */
const SUMMARY_CHARS = 220;

/** The day part of a date or timestamp, when it has a full day. */
function dayPart(value: string | null | undefined): string | null {
  return value?.match(/^\d{4}-\d{2}-\d{2}/)?.[0] ?? null;
}

/** Days before the first report in which the story's event is looked for; earlier dates are background. */
const EVENT_WINDOW_DAYS = 7;

/**
 * The event's date: of the timeline days in the week up to the first report (a story is reported on or
 * just after its event; older entries are background, later ones follow-ups), the one most articles
 * cite, the later on a tie; else the first report's day.
 */
export function eventDate(briefing: StoryBriefing, published: readonly (string | null)[]): string | null {
  const days = published
    .map(dayPart)
    .filter((d): d is string => d !== null)
    .sort();
  const first = days[0] ?? null;
  if (first === null) return null;
  const earliest = new Date(Date.parse(first) - EVENT_WINDOW_DAYS * 86_400_000).toISOString().slice(0, 10);
  let best: { date: string; articles: number } | null = null;
  for (const e of briefing.timeline) {
    if (e.upcoming) continue;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.date) || e.date < earliest || e.date > first) continue;
    const articles = new Set(e.citations.map((c) => c.article)).size;
    if (!best || articles > best.articles || (articles === best.articles && e.date > best.date))
      best = { date: e.date, articles };
  }
  return best?.date ?? first;
}

/** The newest of some ISO times, compared as instants (an unparsable one is left out). */
function newest(times: readonly (string | null)[]): string | null {
  let best: string | null = null;
  let bestMs = Number.NEGATIVE_INFINITY;
  for (const t of times) {
    const ms = t ? Date.parse(t) : Number.NaN;
    if (t && !Number.isNaN(ms) && ms > bestMs) {
      best = t;
      bestMs = ms;
    }
  }
  return best;
}

/** Builds the entries of every listed story, most recent news first. */
export async function buildFrontIndex(store: Store): Promise<FrontEntry[]> {
  const [storyCount, articleCount] = await Promise.all([store.countStories(), store.countArticles()]);
  const [summaries, articles] = await Promise.all([
    store.listStories({ limit: Math.max(1, storyCount), offset: 0 }),
    store.listArticles({ limit: Math.max(1, articleCount), offset: 0 }),
  ]);
  const byId = new Map<string, ArticleSummary>(articles.map((a) => [a.id, a]));
  const entries: FrontEntry[] = [];
  for (const s of summaries) {
    const story = await store.getStory(s.id);
    if (!story) continue;
    const b = story.briefing;
    const members = b.articles.map((id) => byId.get(id));
    const published = members.map((a) => a?.published ?? null);
    const outlets = b.articles.map((id, i) => {
      const a = members[i];
      return outletName({ id, outlet: a?.outlet, url: a?.url ?? undefined });
    });
    const first = b.summary[0]?.text;
    entries.push({
      id: s.id,
      headline: s.headline,
      summary: first ? ellipsise(first, SUMMARY_CHARS) : null,
      eventDate: eventDate(b, published),
      outlets: [...new Set(outlets)],
      kinds: outletKinds(members.map((a) => a && { outlet: a.outlet, url: a.url ?? undefined })),
      articles: s.articles,
      disputes: b.disputes.length,
      lastNews: newest(published),
      updatedAt: s.updatedAt,
      entities: b.entities.map((e) => e.name),
    });
  }
  const order = (e: FrontEntry) => Date.parse(e.lastNews ?? e.updatedAt) || 0;
  return entries.sort((a, b) => order(b) - order(a) || a.id.localeCompare(b.id));
}

/** The front page's filters; each absent one lets every story through. */
export interface FrontFilters {
  /** First and last event day (`YYYY-MM-DD`), inclusive. */
  from?: string;
  to?: string;
  /** An outlet's name, as listed. */
  outlet?: string;
  /** An entity's name or any spelling that folds to the same key (`entityKey`). */
  entity?: string;
}

/** The entries that pass the filters; a story with no known event date fails a date filter. */
export function filterFront(entries: readonly FrontEntry[], f: FrontFilters): FrontEntry[] {
  const entity = f.entity ? entityKey(f.entity) : '';
  return entries.filter(
    (e) =>
      (!f.from || (e.eventDate !== null && e.eventDate.slice(0, 10) >= f.from)) &&
      (!f.to || (e.eventDate !== null && e.eventDate.slice(0, 10) <= f.to)) &&
      (!f.outlet || e.outlets.includes(f.outlet)) &&
      (!entity || e.entities.some((name) => entityKey(name) === entity)),
  );
}

/** Keeps one index per store generation: rebuilt after an ingest, shared by the requests in between. */
export function frontIndexCache(store: Store): () => Promise<FrontEntry[]> {
  let held: { generation: number; entries: Promise<FrontEntry[]> } | null = null;
  return async () => {
    const generation = await store.generation();
    if (!held || held.generation !== generation) {
      const entries = buildFrontIndex(store);
      held = { generation, entries };
      entries.catch(() => {
        if (held?.entries === entries) held = null;
      });
    }
    return held.entries;
  };
}
