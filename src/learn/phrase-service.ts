/** Taught phrases with a short per-server cache (changes from this process apply at once). */
import type { PhrasesRepo, PhraseTargetKind, StoredPhrase } from '../store/phrases-repo';

export interface PhraseService {
  list(guildId: string): Promise<StoredPhrase[]>;
  put(guildId: string, phrase: string, targetId: string, userId: string, kind?: PhraseTargetKind): Promise<void>;
  remove(guildId: string, phrase: string): Promise<boolean>;
}

export function createPhraseService(repo: PhrasesRepo, ttlMs = 5000, now: () => number = Date.now): PhraseService {
  const cache = new Map<string, { rows: StoredPhrase[]; at: number }>();
  return {
    async list(guildId) {
      const hit = cache.get(guildId);
      if (hit && now() - hit.at < ttlMs) return hit.rows;
      const rows = await repo.list(guildId);
      if (cache.size > 5000) cache.clear();
      cache.set(guildId, { rows, at: now() });
      return rows;
    },
    async put(guildId, phrase, targetId, userId, kind = 'article') {
      await repo.put(guildId, phrase, targetId, userId, kind);
      cache.delete(guildId);
    },
    async remove(guildId, phrase) {
      const removed = await repo.remove(guildId, phrase);
      cache.delete(guildId);
      return removed;
    },
  };
}
