/**
 * What answers on a port with no known protocol (auto mode, a bare host:port)? After the TCP
 * stage connected, three looks, each on its own connection to the vetted address:
 *
 * 1. Listen for a banner for a short window (`bannerMs`): SSH, SMTP, FTP, POP3, IMAP, VNC,
 *    telnet and MySQL (a binary greeting) speak first; a Redis in protected mode says why it
 *    refuses. A FIN before any byte is "closed at once by the server"; an RST, a reset.
 * 2. Then, when the port stayed silent, a TLS handshake and an HTTP request, in parallel, each
 *    within its own stage budget.
 *
 * Returns data (`PortService`, the certificate seen, the failure met); words are the renderer's.
 * Pure recognisers (`recogniseBanner`, `httpStatusOf`) are exported for tests.
 */
import net from 'node:net';
import { monotonicMs } from '../util/monotonic';
import { classifyOr, type NetworkFailure } from './classify';
import { guarded, printableFirstLine, sniffPort, type ConnectOptions } from './tcp';
import { tlsStage } from './tls';
import type { CertificateInfo, ResolvedAddress, PortService, ServiceName } from './types';

export interface IdentifyOptions {
  address: ResolvedAddress;
  port: number;
  host: string;
  isIp: boolean;
  /** How long to wait for a service that speaks first. */
  bannerMs: number;
  tlsMs: number;
  httpMs: number;
  signal?: AbortSignal;
  ca?: string[];
}

export interface IdentifyOutcome {
  service: PortService;
  ms: number;
  /** The certificate, when the port spoke TLS. */
  certificate?: CertificateInfo;
  /** A network failure met on the way (a refused or unreachable re-connect, the deadline…). */
  failure?: NetworkFailure;
}

/** Default banner window (ms). */
export const DEFAULT_BANNER_MS = 1500;

/** Most bytes kept from a banner. */
const BANNER_BYTES = 512;

function printable(bytes: Buffer, max = 80): string | null {
  const text = bytes.toString('latin1').replace(/[^\x20-\x7e]/g, '').slice(0, max).trim();
  return text === '' ? null : text;
}

/** A MySQL/MariaDB greeting (protocol 10) or its "host not allowed" error packet. */
function mysqlGreeting(bytes: Buffer): { banner: string | null } | null {
  if (bytes.length < 5 || bytes[3] !== 0) return null;
  const length = bytes[0]! | (bytes[1]! << 8) | (bytes[2]! << 16);
  if (length < 1 || length > 0xffff) return null;
  if (bytes[4] === 0x0a) {
    const end = bytes.indexOf(0, 5);
    if (end < 0) return null;
    return { banner: printable(bytes.subarray(5, end)) };
  }
  if (bytes[4] === 0xff && bytes.length >= 7) {
    // Error packet: 0xff, a two-byte code, then the message ("Host '…' is not allowed to connect").
    return { banner: printable(bytes.subarray(7, 4 + length)) };
  }
  return null;
}

/** What a service that speaks first is, from its first bytes. Pure. */
export function recogniseBanner(bytes: Buffer): { name: ServiceName; banner: string | null } {
  const mysql = mysqlGreeting(bytes);
  if (mysql) return { name: 'mysql', banner: mysql.banner };
  const line = printableFirstLine(bytes);
  const text = bytes.subarray(0, 64).toString('latin1');
  if (bytes[0] === 0xff && bytes.length >= 2 && bytes[1]! >= 0xfb && bytes[1]! <= 0xfe) return { name: 'telnet', banner: line };
  if (/^SSH-\d/.test(text)) return { name: 'ssh', banner: line };
  if (/^220[ -]/.test(text)) {
    if (/smtp|mail|postfix|exim|sendmail/i.test(line ?? '')) return { name: 'smtp', banner: line };
    if (/ftp/i.test(line ?? '')) return { name: 'ftp', banner: line };
    return { name: 'smtp-or-ftp', banner: line };
  }
  if (/^\+OK/.test(text)) return { name: 'pop3', banner: line };
  if (/^\* (OK|PREAUTH|BYE)\b/.test(text)) return { name: 'imap', banner: line };
  if (/^RFB \d{3}\.\d{3}/.test(text)) return { name: 'vnc', banner: line };
  if (/^-(DENIED|ERR|NOAUTH)\b/.test(text)) return { name: 'redis', banner: line };
  if (/^HTTP\/\d/.test(text)) return { name: 'http', banner: line };
  return { name: 'unknown', banner: line };
}

/** The status of an HTTP status line, or null. Pure. */
export function httpStatusOf(firstLine: string | null): number | null {
  const m = /^HTTP\/\d(?:\.\d)? (\d{3})\b/.exec(firstLine ?? '');
  return m ? Number(m[1]) : null;
}

type BannerResult =
  | { kind: 'data'; bytes: Buffer }
  | { kind: 'closed' }
  | { kind: 'reset' }
  | { kind: 'silent' }
  | { kind: 'failed'; failure: NetworkFailure };

/** Connect and listen: data, a FIN, an RST, or nothing within the window. */
export function listenForBanner(address: ResolvedAddress, port: number, options: ConnectOptions): Promise<BannerResult> {
  return guarded<BannerResult>(
    options,
    'banner',
    (settle, fail) => {
      const socket = net.connect({ host: address.address, port, family: address.family, noDelay: true });
      let got = Buffer.alloc(0);
      let settleSoon: NodeJS.Timeout | undefined;
      const done = () => settle({ kind: 'data', bytes: got });
      socket.on('data', (chunk: Buffer) => {
        got = Buffer.concat([got, chunk]).subarray(0, BANNER_BYTES);
        const mysqlComplete = got.length >= 4 && got.length >= 4 + (got[0]! | (got[1]! << 8) | (got[2]! << 16));
        if (got.includes(0x0a) || mysqlComplete || got.length >= BANNER_BYTES) done();
        // A banner without a newline: take what came within a moment.
        else settleSoon ??= setTimeout(done, 100);
      });
      socket.once('end', () => (got.length ? done() : settle({ kind: 'closed' })));
      socket.on('error', (err: NodeJS.ErrnoException) => {
        if (got.length) done();
        else if (err.code === 'ECONNRESET' || err.code === 'EPIPE') settle({ kind: 'reset' });
        else fail(err);
      });
      return () => {
        clearTimeout(settleSoon);
        socket.destroy();
      };
    },
    (err) => {
      const failure = classifyOr(err, 'timeout');
      return failure.code === 'NETMEDIC_TIMEOUT' ? { kind: 'silent' } : { kind: 'failed', failure };
    },
  );
}

/** Banner first; then TLS and HTTP in parallel when the port said nothing. Never throws. */
export async function identifyService(o: IdentifyOptions): Promise<IdentifyOutcome> {
  const start = monotonicMs();
  const ms = () => Math.round(monotonicMs() - start);
  const banner = await listenForBanner(o.address, o.port, { timeoutMs: o.bannerMs, signal: o.signal });
  switch (banner.kind) {
    case 'data': {
      const { name, banner: line } = recogniseBanner(banner.bytes);
      if (name === 'http') return { service: { kind: 'http', httpStatus: httpStatusOf(line) ?? undefined, banner: line }, ms: ms() };
      return { service: { kind: 'banner', name, banner: line }, ms: ms() };
    }
    case 'closed':
      return { service: { kind: 'closed', bannerMs: o.bannerMs }, ms: ms() };
    case 'reset':
      return { service: { kind: 'reset', bannerMs: o.bannerMs }, ms: ms() };
    case 'failed':
      return { service: { kind: 'silent', bannerMs: o.bannerMs }, ms: ms(), failure: banner.failure };
    case 'silent':
      break;
  }

  const host = o.isIp && o.host.includes(':') ? `[${o.host}]` : o.host;
  const [tls, http] = await Promise.all([
    tlsStage({ address: o.address, port: o.port, host: o.host, isIp: o.isIp, timeoutMs: o.tlsMs, signal: o.signal, ca: o.ca }),
    sniffPort(o.address, o.port, {
      timeoutMs: o.httpMs,
      signal: o.signal,
      payload: `GET / HTTP/1.1\r\nHost: ${host}:${o.port}\r\nUser-Agent: netmedic-check\r\nAccept: */*\r\nConnection: close\r\n\r\n`,
    }),
  ]);
  if (tls.ok || tls.failure?.verdict === 'tls-certificate') {
    return { service: { kind: 'tls', ...(tls.failure?.reason ? { certificateProblem: tls.failure.reason } : {}) }, ms: ms(), certificate: tls.certificate };
  }
  if (http.kind === 'http') return { service: { kind: 'http', httpStatus: httpStatusOf(http.firstLine) ?? undefined, banner: http.firstLine }, ms: ms() };
  if (http.kind === 'ssh' || http.kind === 'other') {
    // Spoke only once asked: a protocol that answers anything (Redis, a line-based service…).
    const name: ServiceName = http.firstLine && /^-(ERR|DENIED|NOAUTH)\b/.test(http.firstLine) ? 'redis' : http.kind === 'ssh' ? 'ssh' : 'unknown';
    return { service: { kind: 'banner', name, banner: http.firstLine, answeredRequest: true }, ms: ms() };
  }
  const deadline = o.signal?.aborted ? classifyOr(o.signal.reason, 'timeout') : undefined;
  return { service: { kind: 'silent', bannerMs: o.bannerMs }, ms: ms(), ...(deadline ? { failure: deadline } : {}) };
}
