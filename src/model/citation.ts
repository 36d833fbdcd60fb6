/**
 * Ranges and citations: every annotation and every briefing line points into one article's `text`.
 *
 * A range is half-open, `[start, end)`, in UTF-16 code units (JavaScript string indices), so
 * `article.text.slice(start, end)` is exactly the passage.
 */

/** A half-open `[start, end)` range into one text. */
export interface Range {
  start: number;
  end: number;
}

/** A range into the cleaned `text` of the article with id `article`. */
export interface Citation extends Range {
  article: string;
}
