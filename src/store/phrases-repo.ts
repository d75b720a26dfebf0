/** Server-taught phrases: every query names its server. */
import type { Store } from './open';

export type PhraseTargetKind = 'article' | 'faq';

export interface StoredPhrase {
  phrase: string;
  /** The article id, or the FAQ entry id when `kind` is 'faq'. */
  articleId: string;
  kind: PhraseTargetKind;
  createdBy: string;
  createdAt: number;
}

export function createPhrasesRepo(store: Store, now: () => number = Date.now) {
  return {
    async list(guildId: string): Promise<StoredPhrase[]> {
      const rows = await store.db.selectFrom('kb_phrases').selectAll().where('guild_id', '=', guildId).orderBy('created_at').orderBy('phrase').execute();
      return rows.map((r) => ({ phrase: r.phrase, articleId: r.article_id, kind: r.target_kind === 'faq' ? 'faq' : 'article', createdBy: r.created_by, createdAt: Number(r.created_at) }));
    },
    /** Adds the phrase, or points it at another article or FAQ entry. */
    async put(guildId: string, phrase: string, articleId: string, userId: string, kind: PhraseTargetKind = 'article'): Promise<void> {
      const at = now();
      await store.db
        .insertInto('kb_phrases')
        .values({ guild_id: guildId, phrase, article_id: articleId, created_by: userId, created_at: at, target_kind: kind })
        .onConflict((oc) => oc.columns(['guild_id', 'phrase']).doUpdateSet({ article_id: articleId, created_by: userId, created_at: at, target_kind: kind }))
        .execute();
    },
    async remove(guildId: string, phrase: string): Promise<boolean> {
      const res = await store.db.deleteFrom('kb_phrases').where('guild_id', '=', guildId).where('phrase', '=', phrase).executeTakeFirst();
      return Number(res.numDeletedRows) > 0;
    },
  };
}

export type PhrasesRepo = ReturnType<typeof createPhrasesRepo>;
