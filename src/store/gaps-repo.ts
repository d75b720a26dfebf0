/**
 * The learning loop's table: unanswered pastes per server, already normalised by the caller.
 * Reads group by the normalised text (the clusters of /kb gaps); old rows expire.
 */
import { sql } from './lazy-kysely';
import type { Store } from './open';
import { createStatsRepo } from './stats-repo';

export interface GapCluster {
  text: string;
  count: number;
  lastAt: number;
  /** The most frequent unconfident guess in the cluster, if any. */
  guess: string | null;
}

export function createGapsRepo(store: Store, now: () => number = Date.now) {
  return {
    ...createStatsRepo(store, now),
    async record(guildId: string, text: string, articleId: string | null, confidence: number, source: string): Promise<void> {
      // Batched with the other appends of the moment (see write-behind.ts); settles once committed.
      await store.appends.append('kb_gaps', { guild_id: guildId, text, article_id: articleId, confidence, source, at: now() });
    },

    /** The most frequent texts of the last `days` days, most frequent first. */
    async clusters(guildId: string, days: number, limit = 10): Promise<GapCluster[]> {
      const since = now() - days * 86_400_000;
      await store.appends.flush();
      const rows = await store.db
        .selectFrom('kb_gaps')
        .select((eb) => ['text', eb.fn.countAll<number>().as('n'), eb.fn.max('at').as('last'), eb.fn.max('article_id').as('guess')])
        .where('guild_id', '=', guildId)
        .where('at', '>=', since)
        .groupBy('text')
        .orderBy(sql`count(*)`, 'desc')
        .orderBy('text')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ text: r.text, count: Number(r.n), lastAt: Number(r.last), guess: (r.guess as string | null) ?? null }));
    },

    async total(guildId: string, days: number): Promise<number> {
      const since = now() - days * 86_400_000;
      await store.appends.flush();
      const row = await store.db.selectFrom('kb_gaps').select((eb) => eb.fn.countAll<number>().as('n')).where('guild_id', '=', guildId).where('at', '>=', since).executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /**
     * Drop unanswered pastes, answers and votes older than their server's retention (`days` for
     * servers that set none). Returns how many pastes went.
     */
    async expire(days: number): Promise<number> {
      const t = now();
      await store.appends.flush();
      const limit = (table: 'kb_gaps' | 'kb_answers' | 'kb_votes') =>
        sql<number>`${sql.lit(t)} - cast(coalesce((select s.gaps_retention_days from guild_settings s where s.guild_id = ${sql.ref(`${table}.guild_id`)}), ${sql.lit(Math.floor(days))}) as bigint) * ${sql.lit(86_400_000)}`;
      const res = await store.db.deleteFrom('kb_gaps').where('at', '<', limit('kb_gaps')).executeTakeFirst();
      await store.db.deleteFrom('kb_answers').where('at', '<', limit('kb_answers')).execute();
      await store.db.deleteFrom('kb_votes').where('at', '<', limit('kb_votes')).execute();
      return Number(res.numDeletedRows);
    },

    /** This server's retention in days, or null when it uses the default. */
    async retention(guildId: string): Promise<number | null> {
      const row = await store.db.selectFrom('guild_settings').select('gaps_retention_days').where('guild_id', '=', guildId).executeTakeFirst();
      return row?.gaps_retention_days == null ? null : Number(row.gaps_retention_days);
    },

    async setRetention(guildId: string, days: number | null): Promise<void> {
      const at = now();
      await store.db
        .insertInto('guild_settings')
        .values({ guild_id: guildId, moderator_role_id: null, gaps_retention_days: days, updated_at: at })
        .onConflict((oc) => oc.column('guild_id').doUpdateSet({ gaps_retention_days: days, updated_at: at }))
        .execute();
    },

    async learning(guildId: string): Promise<boolean> {
      const row = await store.db.selectFrom('guild_settings').select('learning').where('guild_id', '=', guildId).executeTakeFirst();
      return row ? Number(row.learning) === 1 : true;
    },

    async setLearning(guildId: string, on: boolean): Promise<void> {
      const at = now();
      await store.db
        .insertInto('guild_settings')
        .values({ guild_id: guildId, moderator_role_id: null, learning: on ? 1 : 0, updated_at: at })
        .onConflict((oc) => oc.column('guild_id').doUpdateSet({ learning: on ? 1 : 0, updated_at: at }))
        .execute();
    },
  };
}

export type GapsRepo = ReturnType<typeof createGapsRepo>;
