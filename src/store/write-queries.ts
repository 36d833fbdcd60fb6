/**
 * The one write of an ingest: new articles, story members and briefings (or, when briefed later,
 * the pending stories' members), versions, entities, search index and the clusterer's document
 * frequencies, all in one transaction; and the later write of a pending story's briefing.
 *
 * Lock order, so that an ingest and a briefing committed at once never deadlock: both take a
 * story's `story_pending` row before its `stories` row.
 */
import { type Kysely, sql, type Transaction } from 'kysely';
import { encodeClusterVector, encodeSignature } from './codec.ts';
import { inChunks } from './read-queries.ts';
import { entityKey } from './records.ts';
import type { Database } from './schema.ts';
import type { NewArticle, PendingStory, Store, StoryWrite } from './store.ts';

/** The write half of a store over `db` (every backend: search rows go to tables of the same shape). */
export function writeQueries(
  db: Kysely<Database>,
): Pick<Store, 'commitIngest' | 'generation' | 'pendingBriefs' | 'commitBriefing'> {
  return {
    pendingBriefs: async (ids, limit) => {
      let query = db.selectFrom('story_pending').selectAll().orderBy('story_id');
      if (limit !== undefined) query = query.limit(limit);
      const rows =
        ids === undefined
          ? await query.execute()
          : await inChunks(ids, (chunk) => query.where('story_id', 'in', chunk).execute());
      return rows.map((r) => ({
        id: r.story_id,
        articles: JSON.parse(r.members) as string[],
        membersVersion: r.members_version,
        at: r.at,
      }));
    },
    commitBriefing: (write, membersVersion) =>
      db
        .transaction()
        .execute(async (trx) => {
          const taken = await trx
            .deleteFrom('story_pending')
            .where('story_id', '=', write.id)
            .where('members_version', '=', membersVersion)
            .executeTakeFirst();
          if (Number(taken.numDeletedRows) !== 1) return false;
          if (write.version !== null) {
            const row = await trx
              .selectFrom('stories')
              .select('version')
              .where('id', '=', write.id)
              .executeTakeFirst();
            // Another briefing of this story was written since this one read the current version.
            if ((row?.version ?? 0) !== write.version.version - 1) throw new StaleBriefing();
          }
          await writeStory(trx, write, write.version?.createdAt ?? '', false);
          return true;
        })
        .catch((error: unknown) => {
          if (error instanceof StaleBriefing) return false;
          throw error;
        }),
    generation: async () => {
      const row = await db
        .selectFrom('meta')
        .select('value')
        .where('key', '=', 'generation')
        .executeTakeFirst();
      return row?.value ?? 0;
    },
    commitIngest: (commit) =>
      db.transaction().execute(async (trx) => {
        const moved = await trx
          .updateTable('meta')
          .set({ value: commit.generation + 1 })
          .where('key', '=', 'generation')
          .where('value', '=', commit.generation)
          .executeTakeFirst();
        if (Number(moved.numUpdatedRows) !== 1) return false;
        for (const a of commit.articles) await insertArticle(trx, a, commit.at);
        // A story briefed here, or retired, no longer waits for a brief of older members (rows of
        // story_pending first: see the lock order above).
        const settled = [...commit.stories.map((s) => s.id), ...commit.merged.map((m) => m.id)];
        await inChunks(settled, async (chunk) => {
          await trx.deleteFrom('story_pending').where('story_id', 'in', chunk).execute();
          return [];
        });
        for (const p of commit.pending ?? []) await markPending(trx, p, commit.at);
        for (const s of commit.stories) await writeStory(trx, s, commit.at, true);
        for (const m of commit.merged) await retireStory(trx, m.id, m.into, commit.at);
        const features = [...commit.dfDelta.keys()];
        await inChunks(features, async (chunk) => {
          await trx
            .insertInto('cluster_df')
            .values(chunk.map((feature) => ({ feature, df: commit.dfDelta.get(feature)! })))
            .onConflict((oc) => oc.column('feature').doUpdateSet({ df: sql`cluster_df.df + excluded.df` }))
            .execute();
          return [];
        });
        return true;
      }),
  };
}

async function insertArticle(trx: Transaction<Database>, n: NewArticle, at: string): Promise<void> {
  const a = n.article;
  await trx
    .insertInto('articles')
    .values({
      id: a.id,
      content_hash: n.contentHash,
      story_id: n.cluster?.storyId ?? null,
      duplicate_of: a.duplicateOf ?? null,
      usable: a.usable ? 1 : 0,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      url: a.url ?? null,
      feed_url: n.feedUrl ?? null,
      added_at: at,
      data: JSON.stringify(a),
      signature: a.usable ? encodeSignature(n.signature) : null,
      cluster_vector: n.cluster ? encodeClusterVector(n.cluster) : null,
    })
    .execute();
  if (!a.usable) return;
  if (n.bands.length > 0)
    await trx
      .insertInto('article_bands')
      .values(n.bands.map((band) => ({ band, article_id: a.id })))
      .onConflict((oc) => oc.doNothing())
      .execute();
  await sql`INSERT INTO article_search (id, title, body) VALUES (${a.id}, ${a.title ?? ''}, ${a.text})`.execute(
    trx,
  );
}

/** Thrown inside a briefing's transaction to roll it back (the story moved on meanwhile). */
class StaleBriefing extends Error {}

/** Points the members at their story (in `chunk`s of ids). */
async function setMembers(trx: Transaction<Database>, id: string, articles: string[]): Promise<void> {
  await inChunks(articles, async (chunk) => {
    await trx.updateTable('articles').set({ story_id: id }).where('id', 'in', chunk).execute();
    return [];
  });
}

/** Writes a pending story's members and moves its members version on by one. */
async function markPending(trx: Transaction<Database>, p: PendingStory, at: string): Promise<void> {
  await setMembers(trx, p.id, p.articles);
  const members = JSON.stringify(p.articles);
  await trx
    .insertInto('story_pending')
    .values({ story_id: p.id, members_version: 1, members, at })
    .onConflict((oc) =>
      oc.column('story_id').doUpdateSet({
        members_version: sql`story_pending.members_version + 1`,
        members,
        at,
      }),
    )
    .execute();
}

/** Writes a story's briefing (and, with `members`, points its articles at it). */
async function writeStory(
  trx: Transaction<Database>,
  s: StoryWrite,
  at: string,
  members: boolean,
): Promise<void> {
  if (members) await setMembers(trx, s.id, s.articles);
  if (s.version === null) return;
  const briefing = JSON.stringify(s.briefing);
  const row = { ...s.summary, version: s.version.version, updated_at: at, merged_into: null, briefing };
  await trx
    .insertInto('stories')
    .values({ id: s.id, created_at: at, ...row })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
  await trx
    .insertInto('story_versions')
    .values({
      story_id: s.id,
      version: s.version.version,
      created_at: s.version.createdAt,
      changes: s.version.changes === null ? null : JSON.stringify(s.version.changes),
      briefing,
    })
    .execute();
  await sql`DELETE FROM story_search WHERE id = ${s.id}`.execute(trx);
  const summary = s.briefing.summary.map((l) => l.text).join(' ');
  await sql`INSERT INTO story_search (id, headline, summary) VALUES (${s.id}, ${s.summary.headline}, ${summary})`.execute(
    trx,
  );
  await trx.deleteFrom('story_entities').where('story_id', '=', s.id).execute();
  const rows = new Map<string, Database['story_entities']>();
  for (const e of s.entities)
    for (const spelling of e.spellings) {
      const key = entityKey(spelling);
      if (key === '' || rows.has(`${key}\u0000${e.name}`)) continue;
      rows.set(`${key}\u0000${e.name}`, {
        story_id: s.id,
        key,
        name: e.name,
        kind: e.kind,
        spellings: JSON.stringify(e.spellings),
      });
    }
  if (rows.size > 0)
    await trx
      .insertInto('story_entities')
      .values([...rows.values()])
      .execute();
}

/** Hides a story that was merged into `into`; its versions stay readable and its links redirect. */
async function retireStory(
  trx: Transaction<Database>,
  id: string,
  into: string | null,
  at: string,
): Promise<void> {
  await trx
    .updateTable('stories')
    .set({ merged_into: into, articles: 0, updated_at: at })
    .where('id', '=', id)
    .execute();
  await sql`DELETE FROM story_search WHERE id = ${id}`.execute(trx);
  await trx.deleteFrom('story_entities').where('story_id', '=', id).execute();
}
