/**
 * The HTTP stage: one GET (or HEAD) with undici, through a connector that dials only the vetted
 * literal address (the URL's hostname is used for the Host header and SNI, never resolved).
 * Redirects are reported, never followed; at most `maxBytes` of the body are read.
 */
import net from 'node:net';
import type * as NodeHttp from 'node:http';
import { monotonicMs } from '../util/monotonic';
import type * as Undici from 'undici';
import type { buildConnector } from 'undici';
import { classifyOr, ProbeTimeoutError, type NetworkFailure } from './classify';
import { scrubCredentials } from './credentials';
import { capResponseHeaders } from './header-cap';
import { printableFirstLine, recogniseBytes, type ConnectOptions, type SniffKind } from './tcp';
import { connectTlsPinned, speaksTls } from './tls';
import type { HttpFacts, ResolvedAddress } from './types';

export const USER_AGENT = 'netmedic-check/0.1 (+https://github.com/netmedic)';

export interface HttpStageOptions extends ConnectOptions {
  address: ResolvedAddress;
  port: number;
  /** Hostname for the Host header and SNI (or the IP literal). */
  host: string;
  isIp: boolean;
  /** Speak HTTPS (TLS) rather than plain HTTP. */
  tls: boolean;
  /** Path and query, credentials already removed. */
  path: string;
  maxBytes: number;
  method?: 'GET' | 'HEAD';
  /** Keep (up to maxBytes of) the body in the outcome (the Xtream stage reads it). */
  keepBody?: boolean;
  ca?: string[];
  /** When a plain-HTTP request fails oddly, try a TLS handshake to see whether the port speaks TLS. */
  detectTls?: boolean;
}

export interface HttpOutcome {
  /** True for an HTTP answer below 400. */
  ok: boolean;
  ms: number;
  /** The stage line's facts. */
  facts: HttpFacts;
  status?: number;
  statusText?: string;
  server?: string;
  location?: string;
  contentType?: string;
  /** Time from the start of the stage to the response headers. */
  ttfbMs?: number;
  /** Body bytes received from the socket (may exceed maxBytes by at most one chunk). */
  bytesRead: number;
  /** True when we stopped reading at maxBytes. */
  truncated: boolean;
  /** At most maxBytes, when keepBody was asked. */
  body?: Buffer;
  /** Set when no HTTP answer came (network failure, timeout, not HTTP). */
  failure?: NetworkFailure;
  /** What the port seemed to speak instead of HTTP, when we could tell. */
  spoke?: SniffKind;
  /** The first line the port sent, when it was not HTTP (SSH banner…). */
  banner?: string | null;
}

export function statusText(status: number): string {
  // node:http loads with the first HTTP answer, not with every check.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('node:http') as typeof NodeHttp).STATUS_CODES[status] ?? 'Unknown';
}

function hostForUrl(host: string, isIp: boolean): string {
  return isIp && host.includes(':') ? `[${host}]` : host;
}

/** An undici connector that ignores the URL's hostname and dials the vetted address. */
export function pinnedConnector(options: {
  address: ResolvedAddress;
  port: number;
  host: string;
  isIp: boolean;
  tls: boolean;
  ca?: string[];
  timeoutMs: number;
}): buildConnector.connector {
  return (_opts, callback) => {
    let called = false;
    const once = (err: Error | null, socket: net.Socket | null) => {
      if (called) return;
      called = true;
      clearTimeout(timer);
      if (err) {
        socket?.destroy();
        callback(err, null);
      } else callback(null, socket!);
    };
    const socket: net.Socket = options.tls
      ? connectTlsPinned(options)
      : net.connect({ host: options.address.address, port: options.port, family: options.address.family, noDelay: true });
    capResponseHeaders(socket);
    const timer = setTimeout(() => once(new ProbeTimeoutError(options.timeoutMs, 'connect'), socket), options.timeoutMs);
    socket.once(options.tls ? 'secureConnect' : 'connect', () => once(null, socket));
    socket.on('error', (err) => once(err, socket));
  };
}

function headerValue(value: string | string[] | undefined): string | undefined {
  if (Array.isArray(value)) return value[0];
  return value;
}

/** Look at what the HTTP parser choked on: TLS records, an SSH banner, other bytes. */
function parserData(err: unknown): Buffer | null {
  let e: unknown = err;
  for (let i = 0; i < 5 && e && typeof e === 'object'; i++) {
    const data = (e as { data?: unknown }).data;
    if (typeof data === 'string' && data.length > 0) return Buffer.from(data, 'latin1');
    e = (e as { cause?: unknown }).cause;
  }
  return null;
}

/** Run the request. Never throws. */
export async function httpStage(o: HttpStageOptions): Promise<HttpOutcome> {
  const start = monotonicMs();
  const elapsed = () => Math.round(monotonicMs() - start);
  // The stage's own limit and the check's deadline, whichever comes first.
  const limit = AbortSignal.timeout(o.timeoutMs);
  const signal = o.signal ? AbortSignal.any([o.signal, limit]) : limit;

  const origin = `${o.tls ? 'https' : 'http'}://${hostForUrl(o.host, o.isIp)}:${o.port}`;
  // undici loads on the first HTTP stage: a CLI check of a refused port never pays for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Client } = require('undici') as typeof Undici;
  const client = new Client(origin, {
    connect: pinnedConnector({ ...o, timeoutMs: o.timeoutMs }),
    headersTimeout: o.timeoutMs,
    bodyTimeout: o.timeoutMs,
    keepAliveTimeout: 1000,
    pipelining: 1,
  });

  const out: HttpOutcome = { ok: false, ms: 0, facts: { kind: 'failed', failure: { verdict: 'not-http', code: 'NONE', kind: 'not-http' } }, bytesRead: 0, truncated: false };
  let bodyError: unknown = null;
  let requestError: unknown = null;
  try {
    const res = await client.request({
      path: o.path || '/',
      method: o.method ?? 'GET',
      headers: { 'user-agent': USER_AGENT, accept: '*/*', connection: 'close' },
      signal,
    });
    out.ttfbMs = elapsed();
    out.status = res.statusCode;
    out.statusText = statusText(res.statusCode);
    out.server = headerValue(res.headers.server);
    out.contentType = headerValue(res.headers['content-type']);
    if (res.statusCode >= 300 && res.statusCode < 400) {
      const location = headerValue(res.headers.location);
      // Whatever the server puts there is shown to people: never echo a credential-looking value.
      if (location !== undefined) out.location = scrubCredentials(location);
    }
    const kept: Buffer[] = [];
    let keptBytes = 0;
    try {
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        out.bytesRead += chunk.length;
        if (o.keepBody && keptBytes < o.maxBytes) {
          const piece = chunk.subarray(0, o.maxBytes - keptBytes);
          kept.push(piece);
          keptBytes += piece.length;
        }
        if (out.bytesRead >= o.maxBytes) {
          out.truncated = true;
          break;
        }
      }
    } catch (err) {
      bodyError = err;
    }
    if (o.keepBody) out.body = Buffer.concat(kept);
  } catch (err) {
    requestError = err;
    out.failure = classifyOr(err, 'not-http');
  } finally {
    client.destroy().catch(() => undefined);
  }
  out.ms = elapsed();

  if (out.status !== undefined) {
    out.ok = out.status < 400;
    out.facts = {
      kind: 'answer',
      status: out.status,
      statusText: out.statusText ?? '',
      ttfbMs: out.ttfbMs ?? out.ms,
      ...(out.server ? { server: out.server.slice(0, 60) } : {}),
      ...(out.location ? { location: out.location.slice(0, 300) } : {}),
      ...(bodyError ? { bodyFailure: classifyOr(bodyError, 'reset') } : out.truncated ? { stoppedAtBytes: o.maxBytes } : {}),
    };
    return out;
  }

  return explainFailure(o, out, out.failure ?? classifyOr(requestError, 'not-http'), requestError, start);
}

/** Explain odd answers: bytes that are not HTTP, or a port that hangs up on an HTTP request. */
async function explainFailure(
  o: HttpStageOptions,
  out: HttpOutcome,
  failure: NetworkFailure,
  raw: unknown,
  start: number,
): Promise<HttpOutcome> {
  const data = parserData(raw);
  if (data) {
    out.spoke = recogniseBytes(data);
    out.banner = printableFirstLine(data);
  }
  let verdictFailure = failure;
  if (out.spoke === 'tls') {
    verdictFailure = { verdict: 'tls-protocol', code: 'TLS_ON_PLAIN_PORT', kind: 'tls-on-plain-port' };
  } else if (out.spoke === 'ssh') {
    verdictFailure = { verdict: 'not-http', code: failure.code, kind: 'ssh-not-http', banner: out.banner ?? null };
  } else if (failure.code === 'NETMEDIC_HEADERS_TOO_LARGE' || failure.code === 'UND_ERR_HEADERS_OVERFLOW') {
    verdictFailure = { ...failure, kind: 'endless-headers' };
  } else if (failure.verdict === 'not-http') {
    verdictFailure = { ...failure, kind: 'not-http', banner: out.banner ?? null };
  } else if (o.detectTls && !o.tls && failure.verdict === 'reset' && !o.signal?.aborted) {
    // A TLS server cuts a plain-HTTP request off; ask it a TLS hello to say so. (A silent port is
    // not asked again: the reply must come at the configured timeout.)
    const remaining = Math.max(0, o.timeoutMs - (monotonicMs() - start));
    const isTls = await speaksTls({
      address: o.address,
      port: o.port,
      host: o.host,
      isIp: o.isIp,
      timeoutMs: Math.min(2000, Math.max(250, remaining)),
      signal: o.signal,
    });
    if (isTls) {
      out.spoke = 'tls';
      verdictFailure = { verdict: 'tls-protocol', code: 'TLS_ON_PLAIN_PORT', kind: 'tls-after-reset', inner: failure };
    }
  }
  out.failure = verdictFailure;
  out.ms = Math.round(monotonicMs() - start);
  let shown = verdictFailure;
  if (verdictFailure.verdict === 'timeout') {
    shown = verdictFailure.code === 'NETMEDIC_DEADLINE' ? { ...verdictFailure, kind: 'http-deadline' } : { ...verdictFailure, kind: 'http-no-answer', timeoutMs: o.timeoutMs };
  }
  out.facts = { kind: 'failed', failure: shown };
  return out;
}
