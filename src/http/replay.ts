/**
 * Refuses an interaction id seen before (a captured request sent again within the timestamp
 * window). In Redis when configured, so every `serve` instance knows what the others saw; in
 * memory otherwise, or while Redis is away.
 */
import type { Redis } from 'ioredis';

export interface ReplayGuard {
  /** True the first time an id is seen within the window. */
  firstTime(id: string): Promise<boolean>;
}

export interface ReplayGuardOptions {
  /** How long ids are remembered: the timestamp window, both ways (ms). */
  windowMs: number;
  redis?: { client: Redis; prefix: string };
  /** Most ids kept in memory (default 100000). */
  maxLocal?: number;
}

export function createReplayGuard(options: ReplayGuardOptions): ReplayGuard {
  const local = new Map<string, number>();
  const maxLocal = options.maxLocal ?? 100_000;

  const firstLocally = (id: string): boolean => {
    const now = Date.now();
    const seen = local.get(id);
    if (seen !== undefined && seen > now) return false;
    if (local.size >= maxLocal) {
      for (const [key, expires] of local) {
        if (expires <= now || local.size >= maxLocal) local.delete(key);
        if (local.size < maxLocal / 2) break;
      }
    }
    local.set(id, now + options.windowMs);
    return true;
  };

  return {
    async firstTime(id) {
      const locally = firstLocally(id);
      if (!locally || !options.redis) return locally;
      try {
        const set = await options.redis.client.set(`${options.redis.prefix}seen:${id}`, '1', 'PX', options.windowMs, 'NX');
        return set === 'OK';
      } catch {
        return locally;
      }
    },
  };
}
