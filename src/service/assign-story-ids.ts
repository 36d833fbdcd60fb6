/**
 * Keeps story ids stable across ingests: each group the clusterer now holds takes the id of the
 * stored story it overlaps most, so links to a story keep working as it grows.
 *
 * Pairs (group, stored story) are taken by overlap, largest first (ties: smaller story id, then
 * group order), each id and each group at most once. A group left without an id gets a new one
 * derived from its members (salted when that id names a stored story). A stored story left without a group was merged: it points to the group
 * that holds most of its former articles.
 */
import { hashId } from '../util/hash-id.ts';

/** The outcome: an id for each group, and where each retired stored story went. */
export interface StoryIdAssignment {
  /** Id of each group, in the order of `groups`. */
  ids: string[];
  /** Stored stories no longer held: id → the id of the group holding most of their articles. */
  merged: Array<{ id: string; into: string }>;
}

/** Assigns ids to `groups` (member article ids) given each article's stored story (`previous`). */
export function assignStoryIds(
  groups: ReadonlyArray<readonly string[]>,
  previous: ReadonlyMap<string, string>,
): StoryIdAssignment {
  const overlap = new Map<string, number>();
  const key = (g: number, s: string) => `${g}\u0000${s}`;
  groups.forEach((members, g) => {
    for (const a of members) {
      const s = previous.get(a);
      if (s !== undefined) overlap.set(key(g, s), (overlap.get(key(g, s)) ?? 0) + 1);
    }
  });
  const pairs = [...overlap].map(([k, n]) => {
    const [g, s] = k.split('\u0000');
    return { g: Number(g), s, n };
  });
  pairs.sort((a, b) => b.n - a.n || (a.s < b.s ? -1 : a.s > b.s ? 1 : 0) || a.g - b.g);
  const ids: Array<string | undefined> = groups.map(() => undefined);
  const taken = new Set<string>();
  for (const { g, s } of pairs) {
    if (ids[g] !== undefined || taken.has(s)) continue;
    ids[g] = s;
    taken.add(s);
  }
  // A new id is derived from the members; it must name no story held before (a group can come back
  // with the very members a story was first named after while that story lives on under a larger group).
  const used = new Set(previous.values());
  const final = ids.map((id, g) => id ?? freshId(groups[g], used));
  const merged: StoryIdAssignment['merged'] = [];
  const stored = new Set(previous.values());
  for (const s of [...stored].sort()) {
    if (taken.has(s)) continue;
    const best = pairs.find((p) => p.s === s);
    if (best !== undefined) merged.push({ id: s, into: final[best.g] });
  }
  return { ids: final, merged };
}

/** An id derived from `members` that is not in `used` (then added to it). */
function freshId(members: readonly string[], used: Set<string>): string {
  const sorted = [...members].sort();
  let id = hashId('s', ...sorted);
  for (let salt = 1; used.has(id); salt++) id = hashId('s', ...sorted, `#${salt}`);
  used.add(id);
  return id;
}
