/**
 * Public vantage points from Globalping (GLOBALPING=on), shown as extra rows:
 *  - a TCP "ping" (connect) measurement from a few probes around the world: whether the port
 *    accepts connections from those networks, and how fast; refused and dropped look the same;
 *  - for http, https and xtream targets, an HTTP measurement (a HEAD request, no credentials) from
 *    the same probes: the status code and timings, an untrusted certificate, and for a failure the
 *    error the probe saw (refused, timed out, name not found) — nothing about an Xtream login.
 *
 * Written against Globalping's API v1 (see README, "Globalping vantage points", for the sources):
 *  - POST /v1/measurements answers 202 `{ id, probesCount }` with X-RateLimit-Limit / -Consumed /
 *    -Remaining / -Reset (seconds) headers, and X-Credits-Remaining when credits were used; a
 *    measurement costs one test per probe. Over the limit it answers 429 with the same headers:
 *    no measurement is created until X-RateLimit-Reset has passed, and none either once a 202 says
 *    fewer tests are left (with credits) than a measurement needs. 400 (our request) and 422 (no
 *    suitable probes) are logged and give rows without an answer.
 *  - GET /v1/measurements/:id is polled 500 ms after each answer until its status is no longer
 *    `in-progress`; its own limit (a 429 with Retry-After) only delays that polling.
 * Every row keeps its measurement id.
 */
import type { Logger } from 'pino';
import type { Target } from '../probe/types';
import {
  probeNames,
  unansweredRow,
  vantageFromHttpProbe,
  vantageFromProbe,
  type GlobalpingKind,
  type GlobalpingVantage,
  type GpHttpResult,
  type GpPingResult,
  type GpResultItem,
} from './globalping-rows';

export { consensusRows, verdictFromHttpError, verdictFromProbeError, vantageFromHttpProbe, vantageFromProbe, probeNames } from './globalping-rows';
export type { GlobalpingKind, GlobalpingVantage } from './globalping-rows';

export interface GlobalpingOptions {
  /** e.g. https://api.globalping.io (GLOBALPING_API_BASE). */
  apiBase: string;
  /** Optional token (GLOBALPING_TOKEN), sent as `Authorization: Bearer …`: higher limits. Never logged. */
  token?: string;
  /** Probes per measurement (default 3). */
  probes?: number;
  log: Logger;
  /** Wait after each in-progress answer before polling again (default 500 ms, Globalping's advice). */
  pollMs?: number;
}

export interface GlobalpingClient {
  check(target: Target, deadlineMs: number): Promise<GlobalpingVantage[]>;
}

/** The HTTP measurement's options for a target: HEAD of the path (no query: it may hold tokens). */
export function httpMeasurementOptions(target: Target): { protocol: 'HTTP' | 'HTTPS'; port: number; request: { method: 'HEAD'; path: string } } {
  const path = target.protocol === 'xtream' ? '/' : (target.path.split('?')[0] ?? '/') || '/';
  return { protocol: target.tls || target.protocol === 'https' ? 'HTTPS' : 'HTTP', port: target.port, request: { method: 'HEAD', path } };
}

export function wantsHttp(target: Target): boolean {
  return target.protocol === 'http' || target.protocol === 'https' || target.protocol === 'xtream';
}

/** The POST body of the TCP ping: no `locations`, so the API spreads `limit` probes around the world. */
export function pingMeasurementRequest(target: Target, probes: number): object {
  return { type: 'ping', target: target.host, measurementOptions: { protocol: 'TCP', port: target.port, packets: 3 }, limit: probes };
}

/** The POST body of the HTTP measurement, run by the ping's probes (its id as `locations`). */
export function httpMeasurementRequest(target: Target, pingId: string): object {
  return { type: 'http', target: target.host, measurementOptions: httpMeasurementOptions(target), locations: pingId };
}

/** Seconds to wait, from a response's headers: Retry-After first, then X-RateLimit-Reset. */
export function resetSeconds(headers: Headers, fallback = 60): number {
  for (const name of ['retry-after', 'x-ratelimit-reset']) {
    const raw = headers.get(name);
    const value = Number(raw);
    if (raw !== null && raw.trim() !== '' && Number.isFinite(value) && value >= 0) return Math.min(3600, Math.max(1, Math.ceil(value)));
  }
  return fallback;
}

/** Tests a new measurement may still use: X-RateLimit-Remaining plus X-Credits-Remaining (null: not said). */
export function testsLeft(headers: Headers): number | null {
  const remaining = headers.get('x-ratelimit-remaining');
  if (remaining === null || !Number.isFinite(Number(remaining))) return null;
  const credits = Number(headers.get('x-credits-remaining') ?? 0);
  return Number(remaining) + (Number.isFinite(credits) ? credits : 0);
}

/** `{ error: { type, message } }`, the body of every documented error answer. */
async function apiError(res: Response): Promise<{ type: string | null; message: string | null }> {
  try {
    const body = (await res.json()) as { error?: { type?: unknown; message?: unknown } };
    return { type: typeof body.error?.type === 'string' ? body.error.type : null, message: typeof body.error?.message === 'string' ? body.error.message.slice(0, 200) : null };
  } catch {
    return { type: null, message: null };
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface Created {
  id: string;
  probesCount: number;
}

export function createGlobalping(options: GlobalpingOptions): GlobalpingClient {
  const base = options.apiBase.replace(/\/+$/, '');
  const probes = options.probes ?? 3;
  const pollMs = options.pollMs ?? 500;
  let pausedUntil = 0;
  const headers = (): Record<string, string> => ({
    accept: 'application/json',
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  });
  const signal = (deadlineAt: number) => AbortSignal.timeout(Math.max(1, deadlineAt - Date.now()));
  const unanswered = (kind: GlobalpingKind, id: string | null, count = probes) =>
    Array.from({ length: Math.max(1, count) }, (_, i) => unansweredRow(`gp:probe-${i + 1}${kind === 'http' ? '/http' : ''}`, kind, id, null));

  function pause(res: Response, why: string, extra: object = {}): void {
    const seconds = resetSeconds(res.headers);
    pausedUntil = Math.max(pausedUntil, Date.now() + seconds * 1000);
    options.log.warn({ resetSeconds: seconds, why, ...extra }, 'Globalping rate limit reached; no measurements until it resets');
  }

  /** Creates a measurement; null when rate-limited, paused or refused. Notes a limit about to run out. */
  async function create(body: object, deadlineAt: number): Promise<Created | null> {
    if (Date.now() < pausedUntil) return null;
    const res = await fetch(`${base}/v1/measurements`, { method: 'POST', headers: { ...headers(), 'content-type': 'application/json' }, body: JSON.stringify(body), signal: signal(deadlineAt) });
    if (res.status === 429) {
      pause(res, '429', { error: (await apiError(res)).type, remaining: res.headers.get('x-ratelimit-remaining') });
      return null;
    }
    if (!res.ok) {
      const error = await apiError(res);
      options.log.warn({ status: res.status, error: error.type, message: error.message }, 'Globalping did not create the measurement');
      return null;
    }
    const created = (await res.json()) as { id?: unknown; probesCount?: unknown };
    if (typeof created.id !== 'string') throw new Error('Globalping answered without a measurement id');
    const left = testsLeft(res.headers);
    if (left !== null && left < probes) pause(res, 'fewer tests left than a measurement needs', { left });
    return { id: created.id, probesCount: typeof created.probesCount === 'number' ? created.probesCount : probes };
  }

  /** Polls a measurement until it is no longer in progress (or the deadline is near): its results. */
  async function results<R>(id: string, deadlineAt: number): Promise<GpResultItem<R>[]> {
    let last: GpResultItem<R>[] = [];
    for (;;) {
      let res: Response;
      try {
        res = await fetch(`${base}/v1/measurements/${encodeURIComponent(id)}`, { headers: headers(), signal: signal(deadlineAt) });
      } catch (err) {
        // The deadline cut a poll short: what the previous poll said (the probes, named) stands.
        if (last.length > 0 && (err as Error).name === 'TimeoutError') return last;
        throw err;
      }
      if (res.status === 429) {
        // The limit on reading results is its own: wait as told, measurements are not paused.
        const wait = resetSeconds(res.headers, 1) * 1000;
        await res.body?.cancel();
        options.log.debug({ measurement: id, waitMs: wait }, 'Globalping asked to poll more slowly');
        if (Date.now() + wait >= deadlineAt) return last;
        await sleep(wait);
        continue;
      }
      if (!res.ok) {
        const error = await apiError(res);
        throw new Error(`Globalping answered ${res.status} (${error.type ?? 'no error type'})`);
      }
      let body: { status?: string; results?: GpResultItem<R>[] };
      try {
        body = (await res.json()) as typeof body;
      } catch (err) {
        if (last.length > 0 && (err as Error).name === 'TimeoutError') return last;
        throw err;
      }
      last = Array.isArray(body.results) ? body.results : last;
      if (body.status !== 'in-progress' || Date.now() + pollMs >= deadlineAt) return last;
      await sleep(pollMs);
    }
  }

  async function measure<R>(
    kind: GlobalpingKind,
    body: () => object | null,
    toRow: (r: GpResultItem<R>, id: string, where: string) => GlobalpingVantage,
    deadlineAt: number,
    created?: (c: Created | null) => void,
  ): Promise<GlobalpingVantage[]> {
    let made: Created | null = null;
    try {
      const request = body();
      if (!request) return unanswered(kind, null);
      made = await create(request, deadlineAt);
      created?.(made);
      if (!made) return unanswered(kind, null);
      const id = made.id;
      const items = await results<R>(id, deadlineAt);
      const names = probeNames(items.map((r) => r.probe));
      const rows = items.map((r, i) => toRow(r, id, names[i]!));
      return rows.length > 0 ? rows : unanswered(kind, id, made.probesCount);
    } catch (err) {
      created?.(null);
      options.log.debug({ err: { message: (err as Error).message }, measurement: made?.id ?? null, kind }, 'Globalping measurement failed');
      return unanswered(kind, made?.id ?? null, made?.probesCount);
    }
  }

  return {
    async check(target, deadlineMs) {
      const deadlineAt = Date.now() + deadlineMs;
      // The HTTP measurement asks the ping's probes (a measurement id as `locations`), so a
      // probe's two rows come from one network, in the same order.
      let pingCreated: (c: Created | null) => void = () => undefined;
      const ping = new Promise<Created | null>((resolve) => (pingCreated = resolve));
      const tcp = measure<GpPingResult>('tcp', () => pingMeasurementRequest(target, probes), vantageFromProbe, deadlineAt, pingCreated);
      if (!wantsHttp(target)) return tcp;
      const http = ping.then((made) => measure<GpHttpResult>('http', () => (made ? httpMeasurementRequest(target, made.id) : null), vantageFromHttpProbe, deadlineAt));
      const [a, b] = await Promise.all([tcp, http]);
      return [...a, ...b];
    },
  };
}
