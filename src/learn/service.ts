/**
 * The learning loop's service: records unmatched and low-confidence pastes (normalised, never the
 * author) for servers that have it on (the default), expires them after the retention period,
 * and answers /kb gaps. Recording never delays or fails an answer.
 */
import type { GapCluster, GapsRepo } from '../store/gaps-repo';
import { normalizePaste } from './normalize';

export interface MatchOutcome {
  match: { id: string; confidence: number } | null;
  confident: boolean;
}

export type GapSource = 'explain' | 'message' | 'auto';

export interface LearningService {
  /** Records the paste when it was not answered confidently and the server has learning on. Returns whether it did. */
  record(guildId: string, text: string, outcome: MatchOutcome, source: GapSource): Promise<boolean>;
  gaps(guildId: string, days: number, limit?: number): Promise<{ clusters: GapCluster[]; total: number }>;
  learning(guildId: string): Promise<boolean>;
  setLearning(guildId: string, on: boolean): Promise<void>;
  retentionDays: number;
}

export function createLearning(repo: GapsRepo, retentionDays: number, now: () => number = Date.now): LearningService {
  const settings = new Map<string, { on: boolean; at: number }>();
  let lastExpiry = 0;
  const learning = async (guildId: string) => {
    const hit = settings.get(guildId);
    if (hit && now() - hit.at < 5000) return hit.on;
    const on = await repo.learning(guildId);
    settings.set(guildId, { on, at: now() });
    return on;
  };
  return {
    retentionDays,
    learning,
    async setLearning(guildId, on) {
      await repo.setLearning(guildId, on);
      settings.delete(guildId);
    },
    async record(guildId, text, outcome, source) {
      if (outcome.confident) return false;
      if (!(await learning(guildId))) return false;
      const normalized = normalizePaste(text);
      if (!normalized) return false;
      await repo.record(guildId, normalized, outcome.match?.id ?? null, outcome.match?.confidence ?? 0, source);
      if (now() - lastExpiry > 3_600_000) {
        lastExpiry = now();
        await repo.expire(retentionDays);
      }
      return true;
    },
    async gaps(guildId, days, limit = 10) {
      await repo.expire(retentionDays);
      const [clusters, total] = await Promise.all([repo.clusters(guildId, days, limit), repo.total(guildId, days)]);
      return { clusters, total };
    },
  };
}
