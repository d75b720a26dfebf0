import { join } from 'node:path';
import { packageRoot } from './paths';

/**
 * The folder for start-up caches (knowledge snapshot, configuration defaults): NETMEDIC_CACHE_DIR,
 * else `<package>/node_modules/.cache/netmedic/`; null when NETMEDIC_CACHE_DIR=off.
 */
export function cacheDir(env: Record<string, string | undefined> = process.env): string | null {
  const set = env.NETMEDIC_CACHE_DIR?.trim();
  if (set === 'off') return null;
  return set ? set : join(packageRoot(), 'node_modules', '.cache', 'netmedic');
}
