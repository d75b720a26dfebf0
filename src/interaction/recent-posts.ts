import type { RecentPosts } from './services';

/**
 * In-memory "posted recently" memory with a time window per key (e.g. FAQ entry per channel).
 * Old keys are dropped as they expire so memory stays bounded by the posting rate.
 */
export function createRecentPosts(now: () => number = Date.now): RecentPosts {
  const until = new Map<string, number>();
  return {
    tryPost(key, windowSeconds) {
      const t = now();
      if (until.size > 1000) for (const [k, v] of until) if (v <= t) until.delete(k);
      const blockedUntil = until.get(key);
      if (blockedUntil !== undefined && blockedUntil > t) return Math.ceil((blockedUntil - t) / 1000);
      if (windowSeconds > 0) until.set(key, t + windowSeconds * 1000);
      return 0;
    },
  };
}
