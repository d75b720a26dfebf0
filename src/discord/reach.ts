/**
 * "Can this machine reach Discord at all?", asked once before logging in or deploying, so a DNS
 * failure, a closed port or a firewall that drops the traffic becomes one sentence within
 * seconds — instead of discord.js retrying for a minute or more. Any HTTP answer counts as
 * reachable (what it says is the login's business).
 */
import { unreachableError, type StartupError } from './errors';

/** The first errno-style code in an error's cause chain (ENOTFOUND, ECONNREFUSED, …). */
export function networkCode(err: unknown): string | null {
  let current: unknown = err;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors) && errors.length > 0) return networkCode(errors[0]);
    current = (current as { cause?: unknown }).cause;
  }
  return null;
}

/** Resolves with null when `GET {apiBase}/v10/gateway` gets any HTTP answer within `timeoutMs`. */
export async function discordUnreachable(apiBase: string, timeoutMs = 8000): Promise<StartupError | null> {
  const url = `${apiBase.replace(/\/+$/, '')}/v10/gateway`;
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    await res.body?.cancel();
    return null;
  } catch (err) {
    if ((err as { name?: unknown }).name === 'TimeoutError') return unreachableError(`Discord at ${apiBase}`, `no answer within ${Math.round(timeoutMs / 1000)} s`);
    return unreachableError(`Discord at ${apiBase}`, networkCode(err) ?? ((err as Error).message || 'network error'));
  }
}
