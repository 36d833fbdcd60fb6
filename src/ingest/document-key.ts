/**
 * What an article id hashes besides the content: where the document came from, without the folder it
 * sits in. A file is named by its base name (`a/b/012_courier.txt` → `012_courier.txt`, a feed item by
 * `feed.xml#3`), so the same files give the same ids — and the same briefing, whose ties are broken by
 * id — wherever the folder is; a URL is kept whole. Two files of one name and one content in different
 * folders are one document (the batch's repeats are made unique by `makeIdsUnique`).
 */
export function documentKey(path: string | undefined, url: string | undefined): string {
  if (path !== undefined) return baseName(path);
  return url ?? '';
}

/** The last segment of a path (either separator); a URL-like path keeps its item suffix (`#3`). */
function baseName(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const base = path.slice(cut + 1);
  return base === '' ? path : base;
}
