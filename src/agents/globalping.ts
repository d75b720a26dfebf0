/**
 * Public vantage points from Globalping (GLOBALPING=on): a TCP "ping" (connect) measurement from a
 * few probes around the world, shown as extra rows. It tells whether the port accepts
 * connections from those networks, and how fast; it cannot tell refused from dropped (both are a
 * failed connect), nor anything about TLS, HTTP or an Xtream panel. Its rate limits are respected
 * (a 429 pauses further measurements until the reset it names) and its measurement ids are kept.
 */
import type { Logger } from 'pino';
import type { Target } from '../probe/types';
import type { Vantage } from './consensus';

export interface GlobalpingOptions {
  /** e.g. https://api.globalping.io (GLOBALPING_API_BASE). */
  apiBase: string;
  /** Optional token (GLOBALPING_TOKEN): higher limits. Never logged. */
  token?: string;
  /** Probes per measurement (default 3). */
  probes?: number;
  log: Logger;
}

export interface GlobalpingVantage extends Vantage {
  source: 'globalping';
  measurementId: string | null;
}

export interface GlobalpingClient {
  check(target: Target, deadlineMs: number): Promise<GlobalpingVantage[]>;
}

interface ProbeResult {
  probe?: { country?: string; city?: string; asn?: number; network?: string };
  result?: { status?: string; stats?: { min?: number | null; avg?: number | null; rcv?: number; loss?: number } };
}

function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 20);
}

function row(location: string, measurementId: string | null, outcome: 'ok' | 'timeout' | 'no-answer', connectMs: number | null): GlobalpingVantage {
  return {
    source: 'globalping',
    measurementId,
    location,
    status: outcome === 'no-answer' ? 'no-answer' : 'answered',
    verdict: outcome === 'no-answer' ? null : outcome,
    article: outcome === 'timeout' ? 'connection-timeout' : null,
    stages: outcome === 'no-answer' ? [] : [{ name: 'tcp', ok: outcome === 'ok', ms: connectMs ?? 0, detail: outcome === 'ok' ? 'connected (Globalping TCP ping)' : 'no connection (Globalping TCP ping)' }],
    ms: outcome === 'no-answer' ? null : (connectMs ?? 0),
    connectMs: outcome === 'ok' ? connectMs : null,
  };
}

/** One Globalping probe's answer as a row (pure). */
export function vantageFromProbe(entry: ProbeResult, measurementId: string): GlobalpingVantage {
  const where = `gp:${slug(entry.probe?.country ?? '??')}-${slug(entry.probe?.city ?? 'probe')}`;
  const r = entry.result;
  if (!r || r.status === 'in-progress' || r.status === 'offline') return row(where, measurementId, 'no-answer', null);
  const received = r.stats?.rcv ?? 0;
  if (received > 0) return row(where, measurementId, 'ok', Math.round(r.stats?.min ?? r.stats?.avg ?? 0));
  return row(where, measurementId, 'timeout', null);
}

export function createGlobalping(options: GlobalpingOptions): GlobalpingClient {
  const base = options.apiBase.replace(/\/+$/, '');
  const probes = options.probes ?? 3;
  let pausedUntil = 0;
  const headers = (): Record<string, string> => ({
    'content-type': 'application/json',
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  });
  const unanswered = (id: string | null) => Array.from({ length: probes }, (_, i) => row(`gp:probe-${i + 1}`, id, 'no-answer', null));

  function noteRateLimit(res: Response): void {
    const retryAfter = Number(res.headers.get('retry-after') ?? res.headers.get('x-ratelimit-reset') ?? 60);
    pausedUntil = Date.now() + Math.max(1, retryAfter) * 1000;
    options.log.warn({ retryAfterSeconds: retryAfter }, 'Globalping rate limit reached; no measurements until it resets');
  }

  return {
    async check(target, deadlineMs) {
      const deadlineAt = Date.now() + deadlineMs;
      if (Date.now() < pausedUntil) return unanswered(null);
      let id: string | null = null;
      try {
        const created = await fetch(`${base}/v1/measurements`, {
          method: 'POST',
          headers: headers(),
          body: JSON.stringify({ type: 'ping', target: target.host, measurementOptions: { protocol: 'TCP', port: target.port, packets: 3 }, locations: [{ magic: 'world' }], limit: probes }),
          signal: AbortSignal.timeout(Math.max(1, deadlineAt - Date.now())),
        });
        if (created.status === 429) {
          noteRateLimit(created);
          return unanswered(null);
        }
        if (!created.ok) throw new Error(`Globalping answered ${created.status}`);
        id = String(((await created.json()) as { id: string }).id);
        for (;;) {
          const res = await fetch(`${base}/v1/measurements/${encodeURIComponent(id)}`, { headers: headers(), signal: AbortSignal.timeout(Math.max(1, deadlineAt - Date.now())) });
          if (res.status === 429) {
            noteRateLimit(res);
            return unanswered(id);
          }
          if (!res.ok) throw new Error(`Globalping answered ${res.status}`);
          const body = (await res.json()) as { status: string; results?: ProbeResult[] };
          if (body.status !== 'in-progress' || Date.now() + 500 > deadlineAt) {
            const rows = (body.results ?? []).map((r) => vantageFromProbe(r, id!));
            return rows.length > 0 ? rows : unanswered(id);
          }
          await new Promise((r) => setTimeout(r, 500));
        }
      } catch (err) {
        options.log.debug({ err: { message: (err as Error).message }, measurement: id }, 'Globalping measurement failed');
        return unanswered(id);
      }
    },
  };
}
