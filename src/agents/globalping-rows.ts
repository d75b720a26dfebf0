/**
 * Globalping measurement results as vantage rows (pure). The shapes are those of Globalping's API
 * v1 (GET /v1/measurements/:id, as its OpenAPI spec and its official TypeScript client's generated
 * types describe them), read defensively: every field may be missing.
 *
 * What a row can say follows from how the probes measure:
 *  - a TCP "ping" opens a connection `packets` times; a refused and a dropped connection are both
 *    just "no reply" there, so a probe that got none is a timeout row, never a refused one. Only a
 *    name the probe could not resolve makes the test `failed` (its error text in rawOutput);
 *  - an HTTP test fails (`failed`, the error text in rawOutput) on network errors only: the probe
 *    accepts any certificate and reports it in `tls.authorized` / `tls.error` beside the status.
 */
import type { StageResult, Verdict } from '../probe/types';
import { articleFor } from '../probe/verdicts';
import type { Vantage } from './consensus';

export type GlobalpingKind = 'tcp' | 'http';

export interface GlobalpingVantage extends Vantage {
  source: 'globalping';
  /** Which measurement the row comes from. */
  measurement: GlobalpingKind;
  measurementId: string | null;
  /** The probe (country, city, ASN, network), to pair a probe's TCP and HTTP rows. */
  probeKey: string | null;
  /** HTTP rows: the status code the probe got. */
  httpStatus?: number | null;
}

/** `results[].probe`: ProbeLocation plus tags and resolvers. */
export interface GpProbe {
  continent?: string;
  region?: string;
  country?: string;
  state?: string | null;
  city?: string;
  asn?: number;
  network?: string;
  latitude?: number;
  longitude?: number;
  tags?: string[];
  resolvers?: string[];
}

/** Every test result has these; `in-progress`, `failed` and `offline` have nothing else. */
interface GpBaseResult {
  status?: 'in-progress' | 'finished' | 'failed' | 'offline' | string;
  rawOutput?: string | null;
}

/** A finished ping (ICMP or TCP); times in ms, min/avg/max null when nothing came back. */
export interface GpPingResult extends GpBaseResult {
  resolvedAddress?: string | null;
  resolvedHostname?: string | null;
  stats?: { min?: number | null; avg?: number | null; max?: number | null; total?: number; rcv?: number; drop?: number; loss?: number };
  /** One entry per reply: `{ rtt, ttl }` for ICMP, `{ rtt }` for TCP. */
  timings?: { rtt?: number; ttl?: number }[];
}

/** A finished HTTP test; timings are whole ms, null for phases that did not happen. */
export interface GpHttpResult extends GpBaseResult {
  statusCode?: number | null;
  statusCodeName?: string | null;
  resolvedAddress?: string | null;
  timings?: { total?: number | null; dns?: number | null; tcp?: number | null; tls?: number | null; firstByte?: number | null; download?: number | null };
  tls?: { authorized?: boolean; error?: string; protocol?: string; expiresAt?: string } | null;
}

export interface GpResultItem<R> {
  probe?: GpProbe;
  result?: R;
}

function slug(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 20);
}

/** `gp:<country>-<city>`, e.g. gp:br-sao-paulo (pure). */
export function probeName(probe: GpProbe | undefined): string {
  const parts = [slug(probe?.country ?? ''), slug(probe?.city ?? '')].filter((part) => part !== '');
  return `gp:${parts.join('-') || 'probe'}`;
}

export function probeKey(probe: GpProbe | undefined): string {
  return `${probe?.country ?? ''}|${probe?.city ?? ''}|${probe?.asn ?? ''}|${probe?.network ?? ''}`;
}

/**
 * One name per result, in order: gp:<country>-<city>, and where two probes share a city, its ASN
 * (gp:de-frankfurt-as3320), then a counter. A measurement reusing another's probes (`locations`
 * set to its id) gets them in the same order, so its rows get the same names.
 */
export function probeNames(probes: (GpProbe | undefined)[]): string[] {
  const base = probes.map(probeName);
  const count = new Map<string, number>();
  for (const name of base) count.set(name, (count.get(name) ?? 0) + 1);
  const withAsn = base.map((name, i) => (count.get(name)! > 1 && probes[i]?.asn !== undefined ? `${name}-as${probes[i]!.asn}` : name));
  const seen = new Map<string, number>();
  return withAsn.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}-${n}`;
  });
}

export function unansweredRow(location: string, measurement: GlobalpingKind, measurementId: string | null, key: string | null): GlobalpingVantage {
  return { source: 'globalping', measurement, measurementId, probeKey: key, location, status: 'no-answer', verdict: null, article: null, stages: [], ms: null, connectMs: null };
}

/** What a probe's error text says, as one of our verdicts (pure). */
export function verdictFromProbeError(raw: string): { verdict: Verdict; article: string | null } {
  const text = raw.toLowerCase();
  const as = (verdict: Verdict) => ({ verdict, article: articleFor(verdict) });
  if (/econnrefused|connection refused/.test(text)) return as('refused');
  if (/econnreset|socket hang up|connection reset/.test(text)) return as('reset');
  if (/enotfound|eai_again|getaddrinfo|name not resolved|enodata/.test(text)) return as('dns-not-found');
  if (/cert|self[- ]signed|unable to verify|hostname\/ip does not match/.test(text)) return as('tls-certificate');
  if (/ssl|tls|handshake|eproto/.test(text)) return as('tls-protocol');
  if (/ehostunreach|host unreachable/.test(text)) return as('host-unreachable');
  if (/enetunreach|network unreachable/.test(text)) return as('network-unreachable');
  return as('timeout');
}

/** @deprecated the old name of verdictFromProbeError. */
export const verdictFromHttpError = verdictFromProbeError;

const pending = (status: string | undefined) => status === undefined || status === 'in-progress' || status === 'offline';
const ms = (n: number | null | undefined) => Math.round(n ?? 0);
const firstLine = (raw: string | null | undefined) => (raw ?? '').split('\n').find((l) => l.trim() !== '')?.slice(0, 200) ?? '';

/** One probe's TCP ping as a row (pure). */
export function vantageFromProbe(entry: GpResultItem<GpPingResult>, measurementId: string, location = probeName(entry.probe)): GlobalpingVantage {
  const key = probeKey(entry.probe);
  const r = entry.result;
  if (!r || pending(r.status)) return unansweredRow(location, 'tcp', measurementId, key);
  const base = { source: 'globalping' as const, measurement: 'tcp' as const, measurementId, probeKey: key, location, status: 'answered' as const };
  if (r.status !== 'finished') {
    // A TCP ping fails only before connecting: the name did not resolve (or the probe refused the target).
    const raw = firstLine(r.rawOutput);
    const { verdict, article } = verdictFromProbeError(raw);
    const stage = verdict === 'dns-not-found' ? 'dns' : 'tcp';
    return { ...base, verdict, article, stages: [{ name: stage, ok: false, ms: 0, facts: { kind: 'globalping', test: 'ping', step: stage, error: raw } }], ms: 0, connectMs: null };
  }
  const received = r.stats?.rcv ?? r.timings?.length ?? 0;
  const ok = received > 0;
  const connectMs = ok ? ms(r.stats?.min ?? r.stats?.avg ?? r.timings?.[0]?.rtt) : null;
  return {
    ...base,
    verdict: ok ? 'ok' : 'timeout',
    article: ok ? null : 'connection-timeout',
    stages: [{ name: 'tcp', ok, ms: connectMs ?? 0, facts: { kind: 'globalping', test: 'ping', step: 'tcp' } }],
    ms: connectMs ?? 0,
    connectMs,
  };
}

/** One probe's HTTP test as a row (pure). */
export function vantageFromHttpProbe(entry: GpResultItem<GpHttpResult>, measurementId: string, where = probeName(entry.probe)): GlobalpingVantage {
  const key = probeKey(entry.probe);
  const location = `${where}/http`;
  const r = entry.result;
  if (!r || pending(r.status)) return unansweredRow(location, 'http', measurementId, key);
  const t = r.timings ?? {};
  const base = { source: 'globalping' as const, measurement: 'http' as const, measurementId, probeKey: key, location, status: 'answered' as const };
  if (r.status === 'finished' && typeof r.statusCode === 'number') {
    const stages: StageResult[] = [];
    if (t.dns != null) stages.push({ name: 'dns', ok: true, ms: ms(t.dns), facts: { kind: 'globalping', test: 'http', step: 'dns' } });
    stages.push({ name: 'tcp', ok: true, ms: ms(t.tcp), facts: { kind: 'globalping', test: 'http', step: 'tcp' } });
    // The probe goes on past a certificate it does not trust and says so in `tls`.
    const untrusted = r.tls != null && r.tls.authorized === false;
    if (r.tls != null || t.tls != null) {
      stages.push({ name: 'tls', ok: !untrusted, ms: ms(t.tls), facts: untrusted ? { kind: 'globalping', test: 'http', step: 'tls', error: (r.tls?.error ?? '').slice(0, 120) } : { kind: 'globalping', test: 'http', step: 'tls' } });
    }
    const good = r.statusCode < 400;
    stages.push({ name: 'http', ok: good, ms: ms(t.firstByte), facts: { kind: 'globalping', test: 'http', step: 'http', status: r.statusCode } });
    const verdict: Verdict = untrusted ? 'tls-certificate' : good ? 'ok' : 'http-status';
    return { ...base, verdict, article: untrusted ? articleFor('tls-certificate') : null, stages, ms: ms(t.total), connectMs: t.tcp != null ? ms(t.tcp) : null, httpStatus: r.statusCode };
  }
  // Failed: only the error text is documented; it says how.
  const raw = firstLine(r.rawOutput);
  const { verdict, article } = verdictFromProbeError(raw);
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
