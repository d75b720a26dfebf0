/**
 * What /kb stats counts, per server: explain replies that answered (with what), and Helpful /
 * Not helpful votes (one row per voter and reply; a second press changes it). Counts are grouped
 * by week counted back from now (week 0 = the last 7 days), in SQL, so a large table is never
 * read into memory. Every query names its server.
 */
import { sql } from './lazy-kysely';
import type { Store } from './open';

export const WEEK_MS = 7 * 86_400_000;

export interface WeekCount {
  week: number;
  count: number;
}

export interface TargetWeekCount extends WeekCount {
  target: string;
}

export function createStatsRepo(store: Store, now: () => number = Date.now) {
  // Literal integers (computed here, never user input) so that the same expression appears in the
  // select list and GROUP BY on PostgreSQL; integer division on both engines.
  const weekOf = (t: number) => sql<number>`(${sql.lit(Math.floor(t))} - at) / ${sql.lit(WEEK_MS)}`;
  return {
    async recordAnswer(guildId: string, target: string, source: string): Promise<void> {
      // Batched with the other appends of the moment (see write-behind.ts); settles once committed.
      await store.appends.append('kb_answers', { guild_id: guildId, target, source, at: now() });
    },

    /** Records or changes this voter's vote on that reply. Returns the previous vote (null: first vote). */
    async vote(guildId: string, messageId: string, voter: string, target: string, helpful: boolean): Promise<boolean | null> {
      return store.db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom('kb_votes')
          .select('helpful')
          .where('guild_id', '=', guildId)
          .where('message_id', '=', messageId)
          .where('voter', '=', voter)
          .executeTakeFirst();
        const at = now();
        await trx
          .insertInto('kb_votes')
          .values({ guild_id: guildId, message_id: messageId, voter, target, helpful: helpful ? 1 : 0, at })
          .onConflict((oc) => oc.columns(['guild_id', 'message_id', 'voter']).doUpdateSet({ helpful: helpful ? 1 : 0, target, at }))
          .execute();
        return before ? Number(before.helpful) === 1 : null;
      });
    },

    async answersByWeek(guildId: string, weeks: number): Promise<TargetWeekCount[]> {
      const t = now();
      await store.appends.flush();
      const rows = await store.db
        .selectFrom('kb_answers')
        .select((eb) => ['target', weekOf(t).as('week'), eb.fn.countAll<number>().as('n')])
        .where('guild_id', '=', guildId)
        .where('at', '>', t - weeks * WEEK_MS)
        .groupBy(['target', sql`2`])
        .execute();
      return rows.map((r) => ({ target: r.target, week: Number(r.week), count: Number(r.n) }));
    },

    async gapsByWeek(guildId: string, weeks: number): Promise<WeekCount[]> {
      const t = now();
      await store.appends.flush();
      const rows = await store.db
        .selectFrom('kb_gaps')
        .select((eb) => [weekOf(t).as('week'), eb.fn.countAll<number>().as('n')])
        .where('guild_id', '=', guildId)
        .where('at', '>', t - weeks * WEEK_MS)
        .groupBy(sql`1`)
        .execute();
      return rows.map((r) => ({ week: Number(r.week), count: Number(r.n) }));
    },

    async votesByWeek(guildId: string, weeks: number): Promise<(WeekCount & { helpful: boolean })[]> {
      const t = now();
      await store.appends.flush();
      const rows = await store.db
        .selectFrom('kb_votes')
        .select((eb) => [weekOf(t).as('week'), 'helpful', eb.fn.countAll<number>().as('n')])
        .where('guild_id', '=', guildId)
        .where('at', '>', t - weeks * WEEK_MS)
        .groupBy([sql`1`, 'helpful'])
        .execute();
      return rows.map((r) => ({ week: Number(r.week), helpful: Number(r.helpful) === 1, count: Number(r.n) }));
    },
  };
}

export type StatsRepo = ReturnType<typeof createStatsRepo>;
