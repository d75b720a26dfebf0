/**
 * "Can this machine reach Discord at all?", asked once before logging in or deploying, so a DNS
 * failure, a closed port or a firewall that drops the traffic becomes one sentence within
 * seconds — instead of discord.js retrying for a minute (REST) or forever (the gateway).
 *
 * Two steps within one time budget: `GET {api}/v10/gateway` (no token needed; any HTTP answer
 * counts, what it says is the login's business), then a TCP connection to the gateway host and
 * port that answer names (opened and closed at once, nothing sent).
 */
import net from 'node:net';
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

function isTimeout(err: unknown): boolean {
  return (err as { name?: unknown }).name === 'TimeoutError';
}

/** Resolves with null once connected; else with what went wrong (an errno code, or the time-out). */
function tcpReach(gatewayUrl: string, signal: AbortSignal, budget: string): Promise<string | null> {
  let url: URL;
  try {
    url = new URL(gatewayUrl);
  } catch {
    return Promise.resolve(null); // not ours to judge: discord.js will say what it makes of it
  }
  const port = Number(url.port) || (url.protocol === 'ws:' ? 80 : 443);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    const done = (outcome: string | null) => {
      signal.removeEventListener('abort', onAbort);
      socket.destroy();
      resolve(outcome);
    };
    const onAbort = () => done(budget);
    if (signal.aborted) return done(budget);
    signal.addEventListener('abort', onAbort, { once: true });
    socket.once('connect', () => done(null));
    socket.once('error', (err) => done(networkCode(err) ?? err.message));
  });
}

/** Null when Discord's API and gateway both answer within `timeoutMs`; else the StartupError to show. */
export async function discordUnreachable(apiBase: string, timeoutMs = 8000): Promise<StartupError | null> {
  const signal = AbortSignal.timeout(timeoutMs);
  const budget = `no answer within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`;
  const api = `Discord at ${apiBase}`;
  let gatewayUrl: unknown;
  try {
    const res = await fetch(`${apiBase.replace(/\/+$/, '')}/v10/gateway`, { signal, redirect: 'manual' });
    gatewayUrl = res.ok ? ((await res.json().catch(() => null)) as { url?: unknown } | null)?.url : undefined;
    if (!res.bodyUsed) await res.body?.cancel();
  } catch (err) {
    return unreachableError(api, isTimeout(err) ? budget : (networkCode(err) ?? ((err as Error).message || 'network error')));
  }
  if (typeof gatewayUrl !== 'string') return null;
  const problem = await tcpReach(gatewayUrl, signal, budget);
  return problem ? unreachableError(`the Discord gateway at ${gatewayUrl}`, problem) : null;
}
