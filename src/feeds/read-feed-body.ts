/**
 * The body of a polled feed to raw documents: the ingest stage's feed reading, checked to be a feed,
 * with ids keyed to each item's link so that an item keeps its id when the feed's order changes.
 */
import { ingestInput, makeIdsUnique } from '../ingest/index.ts';
import type { Diagnostic } from '../model/diagnostic.ts';
import type { RawDocument } from '../model/source.ts';
import { diagnose } from '../util/diagnose.ts';
import { hashId } from '../util/hash-id.ts';

/** A feed's documents and title, or the diagnostic (naming the feed) that says why there are none. */
export type FeedBody =
  | { ok: true; title: string | null; documents: RawDocument[]; diagnostics: Diagnostic[] }
  | { ok: false; diagnostic: Diagnostic };

/** A document with a new id, its diagnostics pointing at it. */
function withId(doc: RawDocument, id: string): RawDocument {
  if (id === doc.id) return doc;
  return {
    ...doc,
    id,
    diagnostics: doc.diagnostics.map((d) => (d.article === doc.id ? { ...d, article: id } : d)),
  };
}

/**
 * Reads the bytes of the feed at `feedUrl` into one document per item, as `parallax brief <feed>` does
 * (`ingestInput`: RSS, Atom, RDF, JSON Feed; items with only a summary kept with PX111).
 *
 * Not a feed is an error naming the feed: unparseable (PX112/PX120, the ingest stage's message), an
 * OPML list or a page (PX112). Ids are `hashId('a', item link, content)` (the item's `feed#n` path when
 * it has no link) instead of the position-based id, so that items keep their ids when new ones are
 * prepended and a re-poll finds them stored. An empty feed is ok, with its PX113 warning.
 */
export function readFeedBody(bytes: Uint8Array, feedUrl: string): FeedBody {
  const read = ingestInput(bytes, { url: feedUrl });
  const notFeed = (what: string): FeedBody => ({
    ok: false,
    diagnostic: diagnose('error', 'PX112', 'ingest', `${feedUrl}: ${what}`, { input: feedUrl }),
  });
  if (read.feedUrls.length > 0)
    return notFeed(
      `is an OPML list, not a feed; add it with "parallax feeds add" to subscribe to the ${read.feedUrls.length} feeds it names`,
    );
  if (read.documents.length === 0) {
    const error = read.diagnostics.find((d) => d.severity === 'error');
    if (error) return { ok: false, diagnostic: error };
  }
  if (read.documents.some((d) => d.meta === undefined))
    return notFeed('not a feed (a page or plain text); subscribe to its RSS, Atom or JSON feed instead');
  const documents = makeIdsUnique(
    read.documents.map((doc) => withId(doc, hashId('a', doc.url ?? doc.path ?? feedUrl, doc.content))),
  );
  const title = read.documents.find((d) => d.meta?.outlet)?.meta?.outlet ?? null;
  return { ok: true, title, documents, diagnostics: read.diagnostics };
}
