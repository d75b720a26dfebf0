/**
 * The FAQ tables: every read and write names its server (guild id) — there is no query without
 * one — and every change is one transaction that also writes its history row. Edits name the
 * version they started from; a stale version is a conflict, answered with the current row.
 */
import type { Transaction } from 'kysely';
import { sql } from './lazy-kysely';
import type { Store } from './open';
import type { DatabaseSchema, FaqEntryTable } from './schema';

export interface FaqFields {
  title: string;
  aliases: string[];
  body: string;
}

export interface StoredFaq extends FaqFields {
  guildId: string;
  id: string;
  hidden: boolean;
  pinned: boolean;
  version: number;
  updatedBy: string;
  updatedAt: number;
}

export interface FaqHistoryRow extends FaqFields {
  version: number;
  action: string;
  userId: string;
  at: number;
}

export interface UsageRow {
  entryId: string;
  uses: number;
  lastUsedAt: number;
}

export type SaveResult =
  | { ok: true; entry: StoredFaq }
  | { ok: false; reason: 'conflict'; current: StoredFaq | null };

/** What a change does to the row besides its fields. */
export interface SaveFlags {
  hidden?: boolean;
  pinned?: boolean;
}

export type HistoryAction = 'add' | 'edit' | 'alias' | 'remove' | 'hide' | 'pin' | 'unpin' | 'restore' | 'import';

export const DRAFT_TTL_MS = 15 * 60_000;

function toStored(r: FaqEntryTable): StoredFaq {
  return {
    guildId: r.guild_id,
    id: r.id,
    title: r.title,
    aliases: parseAliases(r.aliases),
    body: r.body,
    hidden: Number(r.hidden) === 1,
    pinned: Number(r.pinned) === 1,
    version: Number(r.version),
    updatedBy: r.updated_by,
    updatedAt: Number(r.updated_at),
  };
}

function parseAliases(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((a): a is string => typeof a === 'string') : [];
  } catch {
    return [];
  }
}

type Db = Store['db'] | Transaction<DatabaseSchema>;

async function getRow(db: Db, guildId: string, id: string): Promise<StoredFaq | null> {
  const row = await db.selectFrom('faq_entries').selectAll().where('guild_id', '=', guildId).where('id', '=', id).executeTakeFirst();
  return row ? toStored(row) : null;
}

async function writeHistory(db: Db, guildId: string, entry: StoredFaq, action: HistoryAction, userId: string, at: number): Promise<void> {
  await db
    .insertInto('faq_history')
    .values({ guild_id: guildId, entry_id: entry.id, version: entry.version, action, user_id: userId, at, title: entry.title, aliases: JSON.stringify(entry.aliases), body: entry.body })
    .execute();
}

/** Raises the server's FAQ change counter (faq_versions), in the caller's transaction. */
async function bumpVersion(db: Db, guildId: string): Promise<void> {
  await db
    .insertInto('faq_versions')
    .values({ guild_id: guildId, version: 1 })
    .onConflict((oc) => oc.column('guild_id').doUpdateSet({ version: sql<number>`faq_versions.version + 1` }))
    .execute();
}

/**
 * Insert (expectedVersion 0: the row must not exist yet) or update (the row must still be at
 * expectedVersion), plus the history row, in the given transaction.
 */
async function saveIn(
  trx: Db,
  guildId: string,
  id: string,
  expectedVersion: number,
  fields: FaqFields,
  flags: SaveFlags,
  action: HistoryAction,
  userId: string,
  now: number,
): Promise<SaveResult> {
  const aliases = JSON.stringify(fields.aliases);
  if (expectedVersion === 0) {
    const res = await trx
      .insertInto('faq_entries')
      .values({
        guild_id: guildId,
        id,
        title: fields.title,
        aliases,
        body: fields.body,
        hidden: flags.hidden ? 1 : 0,
        pinned: flags.pinned ? 1 : 0,
        version: 1,
        created_by: userId,
        created_at: now,
        updated_by: userId,
        updated_at: now,
      })
      .onConflict((oc) => oc.columns(['guild_id', 'id']).doNothing())
      .executeTakeFirst();
    if (Number(res.numInsertedOrUpdatedRows ?? 0) === 0) return { ok: false, reason: 'conflict', current: await getRow(trx, guildId, id) };
  } else {
    const res = await trx
      .updateTable('faq_entries')
      .set({
        title: fields.title,
        aliases,
        body: fields.body,
        ...(flags.hidden !== undefined ? { hidden: flags.hidden ? 1 : 0 } : {}),
        ...(flags.pinned !== undefined ? { pinned: flags.pinned ? 1 : 0 } : {}),
        version: sql<number>`version + 1`,
        updated_by: userId,
        updated_at: now,
      })
      .where('guild_id', '=', guildId)
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(res.numUpdatedRows) === 0) return { ok: false, reason: 'conflict', current: await getRow(trx, guildId, id) };
  }
  const entry = (await getRow(trx, guildId, id))!;
  await writeHistory(trx, guildId, entry, action, userId, now);
  return { ok: true, entry };
}

export interface ImportItem extends FaqFields {
  id: string;
}

export function createFaqRepo(store: Store, now: () => number = Date.now) {
  const versionRow = store.preparedGet('select version from faq_versions where guild_id = ?');
  // Read at each query (not kept): the query builder loads only when a query is made.
  return {
    async list(guildId: string): Promise<StoredFaq[]> {
      const rows = await store.db.selectFrom('faq_entries').selectAll().where('guild_id', '=', guildId).orderBy('id').execute();
      return rows.map(toStored);
    },

    get: (guildId: string, id: string) => getRow(store.db, guildId, id),

    /**
     * The server's FAQ change counter: it differs from the last read whenever any process has
     * changed the server's entries since (0: never changed).
     */
    async version(guildId: string): Promise<number> {
      // Read on every use of a server's FAQ: kept prepared, outside the query builder.
      const row = await versionRow(guildId);
      return row ? Number(row.version) : 0;
    },

    /** Create (expectedVersion 0) or change a row, in one transaction with its history row. */
    save(guildId: string, id: string, expectedVersion: number, fields: FaqFields, flags: SaveFlags, action: HistoryAction, userId: string): Promise<SaveResult> {
      return store.db.transaction().execute(async (trx) => {
        const res = await saveIn(trx, guildId, id, expectedVersion, fields, flags, action, userId, now());
        if (res.ok) await bumpVersion(trx, guildId);
        return res;
      });
    },

    /** Delete a server's row (its own entry, or an override/hiding of a shipped one), if still at expectedVersion. */
    async delete(guildId: string, id: string, expectedVersion: number, action: HistoryAction, userId: string): Promise<SaveResult> {
      return store.db.transaction().execute(async (trx) => {
        const current = await getRow(trx, guildId, id);
        if (!current || current.version !== expectedVersion) return { ok: false, reason: 'conflict', current };
        await trx.deleteFrom('faq_entries').where('guild_id', '=', guildId).where('id', '=', id).where('version', '=', expectedVersion).execute();
        await writeHistory(trx, guildId, { ...current, version: current.version + 1 }, action, userId, now());
        await bumpVersion(trx, guildId);
        return { ok: true, entry: current };
      });
    },

    /** All or nothing: every item is created or replaced (whatever its version), or none is. */
    async importAll(guildId: string, items: ImportItem[], userId: string): Promise<number> {
      return store.db.transaction().execute(async (trx) => {
        const at = now();
        for (const item of items) {
          const current = await getRow(trx, guildId, item.id);
          const res = await saveIn(trx, guildId, item.id, current?.version ?? 0, item, { hidden: false }, 'import', userId, at);
          if (!res.ok) throw new Error(`import: ${item.id} changed during the import`);
        }
        await bumpVersion(trx, guildId);
        return items.length;
      });
    },

    async history(guildId: string, id: string, limit = 20): Promise<FaqHistoryRow[]> {
      const rows = await store.db
        .selectFrom('faq_history')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('entry_id', '=', id)
        .orderBy('seq', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ version: Number(r.version), action: r.action, userId: r.user_id, at: Number(r.at), title: r.title, aliases: parseAliases(r.aliases), body: r.body }));
    },

    async recordUse(guildId: string, entryId: string): Promise<void> {
      const at = now();
      await store.db
        .insertInto('faq_usage')
        .values({ guild_id: guildId, entry_id: entryId, uses: 1, last_used_at: at })
        .onConflict((oc) => oc.columns(['guild_id', 'entry_id']).doUpdateSet({ uses: sql<number>`faq_usage.uses + 1`, last_used_at: at }))
        .execute();
    },

    async usage(guildId: string): Promise<UsageRow[]> {
      const rows = await store.db.selectFrom('faq_usage').selectAll().where('guild_id', '=', guildId).execute();
      return rows.map((r) => ({ entryId: r.entry_id, uses: Number(r.uses), lastUsedAt: Number(r.last_used_at) }));
    },

    async saveDraft(guildId: string, draftId: string, userId: string, payload: unknown): Promise<void> {
      const at = now();
      await store.db.transaction().execute(async (trx) => {
        await trx.deleteFrom('faq_drafts').where('created_at', '<', at - DRAFT_TTL_MS).execute();
        await trx.insertInto('faq_drafts').values({ guild_id: guildId, draft_id: draftId, user_id: userId, payload: JSON.stringify(payload), created_at: at }).execute();
      });
    },

    /** The draft's payload, kept (for drafts used more than once, e.g. /kb gaps' Teach buttons); null when gone, expired or someone else's. */
    async readDraft(guildId: string, draftId: string, userId: string): Promise<unknown> {
      const row = await store.db
        .selectFrom('faq_drafts')
        .selectAll()
        .where('guild_id', '=', guildId)
        .where('draft_id', '=', draftId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
      if (!row || Number(row.created_at) < now() - DRAFT_TTL_MS) return null;
      return JSON.parse(row.payload) as unknown;
    },

    /** The draft's payload, removed so that it is used once; null when gone, expired or someone else's. */
    async takeDraft(guildId: string, draftId: string, userId: string): Promise<unknown> {
      return store.db.transaction().execute(async (trx) => {
        const row = await trx
          .selectFrom('faq_drafts')
          .selectAll()
          .where('guild_id', '=', guildId)
          .where('draft_id', '=', draftId)
          .where('user_id', '=', userId)
          .executeTakeFirst();
        if (!row) return null;
        await trx.deleteFrom('faq_drafts').where('guild_id', '=', guildId).where('draft_id', '=', draftId).execute();
        if (Number(row.created_at) < now() - DRAFT_TTL_MS) return null;
        return JSON.parse(row.payload) as unknown;
      });
    },

    async moderatorRole(guildId: string): Promise<string | null> {
      const row = await store.db.selectFrom('guild_settings').select('moderator_role_id').where('guild_id', '=', guildId).executeTakeFirst();
      return row?.moderator_role_id ?? null;
    },

    async setModeratorRole(guildId: string, roleId: string | null): Promise<void> {
      const at = now();
      await store.db
        .insertInto('guild_settings')
        .values({ guild_id: guildId, moderator_role_id: roleId, updated_at: at })
        .onConflict((oc) => oc.column('guild_id').doUpdateSet({ moderator_role_id: roleId, updated_at: at }))
        .execute();
    },
  };
}

export type FaqRepo = ReturnType<typeof createFaqRepo>;
