/**
 * Public vantage points from Globalping (GLOBALPING=on), shown as extra rows:
 *  - a TCP "ping" (connect) measurement from a few probes around the world: whether the port
 *    accepts connections from those networks, and how fast; refused and dropped look the same;
 *  - for http, https and xtream targets, an HTTP measurement (a HEAD request, no credentials) from
 *    the same probes: the status code and timings, and for a failure the error the probe saw
 *    (refused, timed out, name not found, certificate) — nothing about an Xtream login.
 * Its rate limits are respected: a 429 (or a response saying none are left) pauses further
 * measurements until the reset it names (Retry-After, or X-RateLimit-Reset seconds). Every row
 * keeps its measurement id.
 */
import type { Logger } from 'pino';
import type { StageResult, Target, Verdict } from '../probe/types';
import type { Vantage } from './consensus';

export interface GlobalpingOptions {
  /** e.g. https://api.globalping.io (GLOBALPING_API_BASE). */
  apiBase: string;
  /** Optional token (GLOBALPING_TOKEN): higher limits. Never logged. */
  token?: string;
  /** Probes per measurement (default 3). */
  probes?: number;
  log: Logger;
  /** Poll period while a measurement is in progress (default 500 ms, Globalping's advice). */
  pollMs?: number;
}

export type GlobalpingKind = 'tcp' | 'http';

export interface GlobalpingVantage extends Vantage {
  source: 'globalping';
  /** Which measurement the row comes from. */
  measurement: GlobalpingKind;
  measurementId: string | null;
  /** The probe (country, city, ASN), to pair a probe's TCP and HTTP rows. */
  probeKey: string | null;
  /** HTTP rows: the status code the probe got. */
  httpStatus?: number | null;
}

export interface GlobalpingClient {
  check(target: Target, deadlineMs: number): Promise<GlobalpingVantage[]>;
}

interface ProbeInfo {
  country?: string;
  city?: string;
  asn?: number;
  network?: string;
}

interface PingResult {
  status?: string;
  stats?: { min?: number | null; avg?: number | null; rcv?: number; loss?: number };
}

interface HttpResult {
  status?: string;
  statusCode?: number | null;
  rawOutput?: string | null;
  timings?: { total?: number | null; dns?: number | null; tcp?: number | null; tls?: number | null; firstByte?: number | null; download?: number | null };
}

interface ProbeResult<R> {
  probe?: ProbeInfo;
  result?: R;
}

function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 20);
}

function placeOf(probe: ProbeInfo | undefined): { where: string; key: string } {
  const where = `gp:${slug(probe?.country ?? '??')}-${slug(probe?.city ?? 'probe')}`;
  return { where, key: `${probe?.country ?? ''}|${probe?.city ?? ''}|${probe?.asn ?? ''}|${probe?.network ?? ''}` };
}

function unansweredRow(location: string, measurement: GlobalpingKind, measurementId: string | null, probeKey: string | null): GlobalpingVantage {
  return { source: 'globalping', measurement, measurementId, probeKey, location, status: 'no-answer', verdict: null, article: null, stages: [], ms: null, connectMs: null };
}

/** One probe's TCP ping as a row (pure). */
export function vantageFromProbe(entry: ProbeResult<PingResult>, measurementId: string): GlobalpingVantage {
  const { where, key } = placeOf(entry.probe);
  const r = entry.result;
  if (!r || r.status === 'in-progress' || r.status === 'offline') return unansweredRow(where, 'tcp', measurementId, key);
  const received = r.stats?.rcv ?? 0;
  const ok = received > 0;
  const connectMs = ok ? Math.round(r.stats?.min ?? r.stats?.avg ?? 0) : null;
  return {
    source: 'globalping',
    measurement: 'tcp',
    measurementId,
    probeKey: key,
    location: where,
    status: 'answered',
    verdict: ok ? 'ok' : 'timeout',
    article: ok ? null : 'connection-timeout',
    stages: [{ name: 'tcp', ok, ms: connectMs ?? 0, facts: { kind: 'globalping', test: 'ping', step: 'tcp' } }],
    ms: connectMs ?? 0,
    connectMs,
  };
}

/** What an HTTP probe's error text says, as one of our verdicts (pure). */
export function verdictFromHttpError(raw: string): { verdict: Verdict; article: string | null } {
  const text = raw.toLowerCase();
  if (/econnrefused|connection refused/.test(text)) return { verdict: 'refused', article: 'connection-refused' };
  if (/econnreset|socket hang up|connection reset/.test(text)) return { verdict: 'reset', article: null };
  if (/enotfound|eai_again|getaddrinfo|name not resolved/.test(text)) return { verdict: 'dns-not-found', article: null };
  if (/cert|self[- ]signed|unable to verify|hostname\/ip does not match/.test(text)) return { verdict: 'tls-certificate', article: null };
  if (/ssl|tls|handshake|eproto/.test(text)) return { verdict: 'tls-protocol', article: null };
  if (/ehostunreach|host unreachable/.test(text)) return { verdict: 'host-unreachable', article: null };
  if (/enetunreach|network unreachable/.test(text)) return { verdict: 'network-unreachable', article: null };
  return { verdict: 'timeout', article: 'connection-timeout' };
}

const ms = (n: number | null | undefined) => Math.round(n ?? 0);

/** One probe's HTTP measurement as a row (pure). */
export function vantageFromHttpProbe(entry: ProbeResult<HttpResult>, measurementId: string): GlobalpingVantage {
  const { where, key } = placeOf(entry.probe);
  const location = `${where}/http`;
  const r = entry.result;
  if (!r || r.status === 'in-progress' || r.status === 'offline') return unansweredRow(location, 'http', measurementId, key);
  const t = r.timings ?? {};
  const base = { source: 'globalping' as const, measurement: 'http' as const, measurementId, probeKey: key, location, status: 'answered' as const };
  if (r.status === 'finished' && typeof r.statusCode === 'number') {
    const stages: StageResult[] = [];
    if (t.dns != null) stages.push({ name: 'dns', ok: true, ms: ms(t.dns), facts: { kind: 'globalping', test: 'http', step: 'dns' } });
    stages.push({ name: 'tcp', ok: true, ms: ms(t.tcp), facts: { kind: 'globalping', test: 'http', step: 'tcp' } });
    if (t.tls != null) stages.push({ name: 'tls', ok: true, ms: ms(t.tls), facts: { kind: 'globalping', test: 'http', step: 'tls' } });
    const good = r.statusCode < 400;
    stages.push({ name: 'http', ok: good, ms: ms(t.firstByte), facts: { kind: 'globalping', test: 'http', step: 'http', status: r.statusCode } });
    return { ...base, verdict: good ? 'ok' : 'http-status', article: null, stages, ms: ms(t.total), connectMs: t.tcp != null ? ms(t.tcp) : null, httpStatus: r.statusCode };
  }
  // Failed: the probe's error text says how.
  const raw = (r.rawOutput ?? '').slice(0, 200);
  const { verdict, article } = verdictFromHttpError(raw);
  return { ...base, verdict, article, stages: [{ name: 'http', ok: false, ms: ms(t.total), facts: { kind: 'globalping', test: 'http', step: 'http', error: raw } }], ms: ms(t.total), connectMs: null, httpStatus: null };
}

/**
 * The rows the conclusion counts: a probe's HTTP row, when it answered, stands for that probe
 * (it knows more: refused vs silent, the status); its TCP row then is not counted twice.
 */
export function consensusRows(vantages: Vantage[]): Vantage[] {
  const isGp = (v: Vantage): v is GlobalpingVantage => (v as GlobalpingVantage).source === 'globalping';
  const httpAnswered = new Set(vantages.filter((v) => isGp(v) && v.measurement === 'http' && v.status === 'answered').map((v) => (v as GlobalpingVantage).probeKey));
  return vantages.filter((v) => {
    if (!isGp(v)) return true;
    if (v.measurement === 'tcp') return !(v.probeKey !== null && httpAnswered.has(v.probeKey));
    return v.status === 'answered';
  });
}

/** The HTTP measurement's request for a target: HEAD of the path (no query: it may hold tokens). */
export function httpMeasurementOptions(target: Target): { protocol: 'HTTP' | 'HTTPS'; port: number; request: { method: 'HEAD'; path: string } } {
  const path = target.protocol === 'xtream' ? '/' : (target.path.split('?')[0] ?? '/') || '/';
  return { protocol: target.tls || target.protocol === 'https' ? 'HTTPS' : 'HTTP', port: target.port, request: { method: 'HEAD', path } };
}

export function wantsHttp(target: Target): boolean {
  return target.protocol === 'http' || target.protocol === 'https' || target.protocol === 'xtream';
}

/** Seconds until the limit resets, from a response's headers (Retry-After first). */
export function resetSeconds(headers: Headers, fallback = 60): number {
  for (const name of ['retry-after', 'x-ratelimit-reset']) {
    const value = Number(headers.get(name));
    if (headers.get(name) !== null && Number.isFinite(value) && value >= 0) return Math.min(3600, Math.max(1, Math.ceil(value)));
  }
  return fallback;
}

export function createGlobalping(options: GlobalpingOptions): GlobalpingClient {
  const base = options.apiBase.replace(/\/+$/, '');
  const probes = options.probes ?? 3;
  const pollMs = options.pollMs ?? 500;
  let pausedUntil = 0;
  const headers = (): Record<string, string> => ({
    'content-type': 'application/json',
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
  });
  const unanswered = (kind: GlobalpingKind, id: string | null) =>
    Array.from({ length: probes }, (_, i) => unansweredRow(`gp:probe-${i + 1}${kind === 'http' ? '/http' : ''}`, kind, id, null));

  function pause(res: Response, why: string): void {
    const seconds = resetSeconds(res.headers);
    pausedUntil = Math.max(pausedUntil, Date.now() + seconds * 1000);
    options.log.warn({ resetSeconds: seconds, why }, 'Globalping rate limit reached; no measurements until it resets');
  }

  /** Creates a measurement; null when rate-limited or paused. Notes a limit about to run out. */
  async function create(body: object, deadlineAt: number): Promise<string | null> {
    if (Date.now() < pausedUntil) return null;
    const res = await fetch(`${base}/v1/measurements`, { method: 'POST', headers: headers(), body: JSON.stringify(body), signal: AbortSignal.timeout(Math.max(1, deadlineAt - Date.now())) });
    if (res.status === 429) {
      pause(res, '429');
      return null;
    }
    if (!res.ok) throw new Error(`Globalping answered ${res.status}`);
    const remaining = res.headers.get('x-ratelimit-remaining');
    if (remaining !== null && Number(remaining) < probes) pause(res, 'no measurements left');
    return String(((await res.json()) as { id: string }).id);
  }

  /** Polls a measurement until finished (or the deadline is near): its per-probe results. */
  async function results<R>(id: string, deadlineAt: number): Promise<ProbeResult<R>[]> {
    for (;;) {
      const res = await fetch(`${base}/v1/measurements/${encodeURIComponent(id)}`, { headers: headers(), signal: AbortSignal.timeout(Math.max(1, deadlineAt - Date.now())) });
      if (res.status === 429) {
        pause(res, '429 while polling');
        return [];
      }
      if (!res.ok) throw new Error(`Globalping answered ${res.status}`);
      const body = (await res.json()) as { status: string; results?: ProbeResult<R>[] };
      if (body.status !== 'in-progress' || Date.now() + pollMs > deadlineAt) return body.results ?? [];
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }

  async function measure<R>(kind: GlobalpingKind, body: () => object | null, toRow: (r: ProbeResult<R>, id: string) => GlobalpingVantage, deadlineAt: number, created?: (id: string | null) => void): Promise<GlobalpingVantage[]> {
    let id: string | null = null;
    try {
      const request = body();
      if (!request) return unanswered(kind, null);
      id = await create(request, deadlineAt);
      created?.(id);
      if (!id) return unanswered(kind, null);
      const rows = (await results<R>(id, deadlineAt)).map((r) => toRow(r, id!));
      return rows.length > 0 ? rows : unanswered(kind, id);
    } catch (err) {
      created?.(null);
      options.log.debug({ err: { message: (err as Error).message }, measurement: id, kind }, 'Globalping measurement failed');
      return unanswered(kind, id);
    }
  }

  return {
    async check(target, deadlineMs) {
      const deadlineAt = Date.now() + deadlineMs;
      // The HTTP measurement asks the ping's probes (Globalping takes a measurement id as
      // `locations`), so a probe's two rows come from one network.
      let pingId: (id: string | null) => void = () => undefined;
      const pingCreated = new Promise<string | null>((resolve) => (pingId = resolve));
      const tcp = measure<PingResult>(
        'tcp',
        () => ({ type: 'ping', target: target.host, measurementOptions: { protocol: 'TCP', port: target.port, packets: 3 }, locations: [{ magic: 'world' }], limit: probes }),
        vantageFromProbe,
        deadlineAt,
        pingId,
      );
      if (!wantsHttp(target)) return tcp;
      const http = pingCreated.then((id) =>
        measure<HttpResult>('http', () => (id ? { type: 'http', target: target.host, measurementOptions: httpMeasurementOptions(target), locations: id } : null), vantageFromHttpProbe, deadlineAt),
      );
      const [a, b] = await Promise.all([tcp, http]);
      return [...a, ...b];
    },
  };
}
