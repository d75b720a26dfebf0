/**
 * The learning loop's service: records unmatched and low-confidence pastes (normalised, never the
 * author) for servers that have it on (the default), expires them after the retention period,
 * and answers /kb gaps. Recording never delays or fails an answer.
 */
import type { GapCluster, GapsRepo } from '../store/gaps-repo';
import { normalizePaste } from './normalize';
import { computeStats, type KbStats } from './stats';
import { createHash } from 'node:crypto';

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
  /** The default retention (KB_GAPS_RETENTION_DAYS). */
  retentionDays: number;
  /** This server's retention in days (its own setting, or the default). */
  retention(guildId: string): Promise<{ days: number; custom: boolean }>;
  /** null: back to the default. */
  setRetention(guildId: string, days: number | null): Promise<void>;
  /** Counts a confident answer (learning on only): an article id, or `faq/<id>`. */
  recordAnswer(guildId: string, target: string, source: GapSource): Promise<boolean>;
  /** One vote per user per reply (a second press changes it). Returns the previous vote, null when first. */
  vote(guildId: string, messageId: string, userId: string, target: string, helpful: boolean): Promise<boolean | null>;
  stats(guildId: string, weeks: number): Promise<KbStats>;
  /** Waits for records still being written (before the database closes). */
  settle(): Promise<void>;
}

/** The voter key: one-way, and different for every reply, so votes cannot be joined to a user across replies. */
export function voterKey(guildId: string, messageId: string, userId: string): string {
  return createHash('sha256').update(`netmedic-vote\0${guildId}\0${messageId}\0${userId}`).digest('hex');
}

export function createLearning(repo: GapsRepo, retentionDays: number, now: () => number = Date.now): LearningService {
  const settings = new Map<string, { on: boolean; at: number }>();
  let lastExpiry = 0;
  const inFlight = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    inFlight.add(p);
    void p.then(
      () => inFlight.delete(p),
      () => inFlight.delete(p),
    );
    return p;
  };
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
    async retention(guildId) {
      const days = await repo.retention(guildId);
      return days === null ? { days: retentionDays, custom: false } : { days, custom: true };
    },
    async setRetention(guildId, days) {
      await repo.setRetention(guildId, days);
    },
    recordAnswer(guildId, target, source) {
      return track(
        (async () => {
          if (!(await learning(guildId))) return false;
          await repo.recordAnswer(guildId, target, source);
          return true;
        })(),
      );
    },
    async settle() {
      await Promise.allSettled([...inFlight]);
    },
    async vote(guildId, messageId, userId, target, helpful) {
      return repo.vote(guildId, messageId, voterKey(guildId, messageId, userId), target, helpful);
    },
    async stats(guildId, weeks) {
      await repo.expire(retentionDays);
      const [answers, gaps, votes, on] = await Promise.all([repo.answersByWeek(guildId, weeks), repo.gapsByWeek(guildId, weeks), repo.votesByWeek(guildId, weeks), learning(guildId)]);
      return computeStats(guildId, weeks, on, { answers, gaps, votes }, now());
    },
    record(guildId, text, outcome, source) {
      return track(recordNow(guildId, text, outcome, source));
    },
    async gaps(guildId, days, limit = 10) {
      await repo.expire(retentionDays);
      const [clusters, total] = await Promise.all([repo.clusters(guildId, days, limit), repo.total(guildId, days)]);
      return { clusters, total };
    },
  };

  async function recordNow(guildId: string, text: string, outcome: MatchOutcome, source: GapSource): Promise<boolean> {
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
  }
}
