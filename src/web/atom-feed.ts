/**
 * Atom feeds (RFC 4287) to follow a story (one entry per version, with what changed) or a search (one
 * entry per matching story or article). Every piece of text is escaped for XML; links are absolute,
 * resolved against the address the feed was asked for.
 */
import { capitalise, oneLine } from '../render/describe-article.ts';
import { escapeHtml } from '../render/escape-html.ts';
import type { SearchHit, StoryChanges, StoryVersion } from '../store/records.ts';
import { changesHtml } from './history-page.ts';
import { articleHref, searchFeedHref, searchHref, storyFeedHref, storyHref, versionHref } from './links.ts';

/** The media type of an Atom feed. */
export const ATOM_TYPE = 'application/atom+xml; charset=utf-8';

/** One entry of a feed. */
export interface AtomEntry {
  /** A permanent IRI (`urn:parallax:…`). */
  id: string;
  title: string;
  /** The page of the entry (a path; made absolute against the feed's origin). */
  href: string;
  /** ISO 8601 time of its last change. */
  updated: string;
  /** What it is or what changed, in plain text. */
  summary: string;
  /** The same as HTML (escaped into the feed), when there is more to show than the summary. */
  html?: string;
}

/** A whole feed. */
export interface AtomFeed {
  id: string;
  title: string;
  /** The feed's own path and the page it follows. */
  self: string;
  alternate: string;
  /** Absolute origin of the links (`https://news.example`). */
  origin: string;
  /** Used when there is no entry to take the time from. */
  now: string;
  entries: AtomEntry[];
}

/** Escapes text for XML, dropping the control characters XML 1.0 does not allow. */
function xml(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing exactly the characters XML forbids
  return escapeHtml(text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ''));
}

/** An ISO 8601 time as Atom wants it (a full timestamp with a zone). */
function atomTime(value: string): string {
  const ms = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(ms) ? new Date(0).toISOString() : new Date(ms).toISOString();
}

/** Renders a feed as Atom XML. */
export function renderAtom(feed: AtomFeed): string {
  const abs = (path: string) => `${feed.origin}${path}`;
  const updated =
    feed.entries
      .map((e) => atomTime(e.updated))
      .sort()
      .at(-1) ?? atomTime(feed.now);
  const entries = feed.entries.map((e) =>
    [
      '<entry>',
      `<id>${xml(e.id)}</id>`,
      `<title type="text">${xml(oneLine(e.title))}</title>`,
      `<link rel="alternate" type="text/html" href="${xml(abs(e.href))}"/>`,
      `<updated>${atomTime(e.updated)}</updated>`,
      `<summary type="text">${xml(e.summary)}</summary>`,
      e.html ? `<content type="html" xml:base="${xml(abs(e.href))}">${xml(e.html)}</content>` : '',
      '</entry>',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `<id>${xml(feed.id)}</id>`,
    `<title type="text">${xml(oneLine(feed.title))}</title>`,
    `<link rel="self" type="application/atom+xml" href="${xml(abs(feed.self))}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(abs(feed.alternate))}"/>`,
    `<updated>${updated}</updated>`,
    '<author><name>Parallax</name></author>',
    '<generator>Parallax</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

/** What changed in a version, in one line of plain text. */
export function changesText(changes: StoryChanges | null, articles: number): string {
  if (changes === null) return `Story created with ${articles} ${articles === 1 ? 'article' : 'articles'}.`;
  const list = (label: string, items: string[]) => (items.length ? `${label}: ${items.join('; ')}.` : '');
  const parts = [
    changes.previousHeadline !== undefined
      ? `Headline changed (was “${oneLine(changes.previousHeadline)}”).`
      : '',
    list(
      'New sources',
      changes.addedArticles.map((a) => a.outlet ?? 'outlet unknown'),
    ),
    changes.removedArticles.length
      ? `${changes.removedArticles.length} ${changes.removedArticles.length === 1 ? 'article' : 'articles'} moved to other stories.`
      : '',
    list('New facts', changes.newFacts.map(oneLine)),
    list(
      'Facts with more sources',
      changes.strengthenedFacts.map((f) => `${oneLine(f.text)} (${f.before} → ${f.after})`),
    ),
    list(
      'Disputes opened',
      changes.disputesOpened.map((d) => capitalise(oneLine(d))),
    ),
    list(
      'Disputes settled',
      changes.disputesSettled.map((d) => capitalise(oneLine(d))),
    ),
  ].filter(Boolean);
  return parts.length ? parts.join(' ') : 'The briefing was rewritten; no source, fact or dispute changed.';
}

/** The feed of a story: one entry per kept version, newest first. */
export function storyFeed(
  story: { id: string; headline: string; version: number },
  versions: readonly StoryVersion[],
  origin: string,
  now: string,
): AtomFeed {
  return {
    id: `urn:parallax:story:${story.id}`,
    title: `${oneLine(story.headline)} · Parallax`,
    self: storyFeedHref(story.id),
    alternate: storyHref(story.id),
    origin,
    now,
    entries: versions.map((v) => ({
      id: `urn:parallax:story:${story.id}:version:${v.version}`,
      title: `Version ${v.version}: ${oneLine(v.briefing.headline)}`,
      href: v.version === story.version ? storyHref(story.id) : versionHref(story.id, v.version),
      updated: v.createdAt,
      summary: changesText(v.changes, v.briefing.articles.length),
      html: v.changes ? changesHtml(v.changes) : undefined,
    })),
  };
}

/** A search hit with the time it last changed (a story's briefing, an article's publication). */
export interface TimedHit extends SearchHit {
  updated: string;
}

/** The feed of a search: one entry per matching story or article, newest first. */
export function searchFeed(query: string, hits: readonly TimedHit[], origin: string, now: string): AtomFeed {
  const entries = hits.map((h) => ({
    id: `urn:parallax:${h.kind}:${h.id}`,
    title: oneLine(h.title) || (h.kind === 'story' ? 'Untitled story' : 'Untitled article'),
    href: h.kind === 'story' ? storyHref(h.id) : articleHref(h.id),
    updated: h.updated,
    summary: oneLine(h.snippet),
  }));
  entries.sort((a, b) => Date.parse(atomTime(b.updated)) - Date.parse(atomTime(a.updated)));
  return {
    id: `urn:parallax:search:${encodeURIComponent(query)}`,
    title: `Search “${oneLine(query)}” · Parallax`,
    self: searchFeedHref(query),
    alternate: searchHref(query),
    origin,
    now,
    entries,
  };
}
