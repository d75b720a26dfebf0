/** Server-taught phrases: every query names its server. */
import type { Store } from './open';

export interface StoredPhrase {
  phrase: string;
  articleId: string;
  createdBy: string;
  createdAt: number;
}

export function createPhrasesRepo(store: Store, now: () => number = Date.now) {
  const { db } = store;
  return {
    async list(guildId: string): Promise<StoredPhrase[]> {
      const rows = await db.selectFrom('kb_phrases').selectAll().where('guild_id', '=', guildId).orderBy('created_at').orderBy('phrase').execute();
      return rows.map((r) => ({ phrase: r.phrase, articleId: r.article_id, createdBy: r.created_by, createdAt: Number(r.created_at) }));
    },
    /** Adds the phrase, or points it at another article. */
    async put(guildId: string, phrase: string, articleId: string, userId: string): Promise<void> {
      const at = now();
      await db
        .insertInto('kb_phrases')
        .values({ guild_id: guildId, phrase, article_id: articleId, created_by: userId, created_at: at })
        .onConflict((oc) => oc.columns(['guild_id', 'phrase']).doUpdateSet({ article_id: articleId, created_by: userId, created_at: at }))
        .execute();
    },
    async remove(guildId: string, phrase: string): Promise<boolean> {
      const res = await db.deleteFrom('kb_phrases').where('guild_id', '=', guildId).where('phrase', '=', phrase).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
  };
}

export type PhrasesRepo = ReturnType<typeof createPhrasesRepo>;
