/**
 * The TLS stage: handshake with the vetted address, SNI = the hostname (never for IP literals),
 * and judge the certificate ourselves (rejectUnauthorized: false) so that a bad certificate is
 * still described: names, issuer, dates, days left, negotiated protocol.
 */
import type * as tls from 'node:tls';
import { monotonicMs } from '../util/monotonic';
import { CERTIFICATE_REASON_ORDER, certificateReasonOf, classifyOr, type CertificateReason, type NetworkFailure } from './classify';
import { guarded, type ConnectOptions } from './tcp';
import { inOwnTurn } from './turns';
import type { CertificateInfo, ResolvedAddress, TlsFacts } from './types';

/** node:tls (and with it node:crypto), loaded when a TLS stage first runs: a check that stops at TCP does not load it. */
function nodeTls(): typeof tls {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('node:tls') as typeof tls;
}

export interface TlsStageOptions extends ConnectOptions {
  address: ResolvedAddress;
  port: number;
  /** The name the user asked for: used for SNI (unless an IP) and for the identity check. */
  host: string;
  isIp: boolean;
  /** Extra trusted CA certificates (PEM), added to Node's bundled roots. */
  ca?: string[];
  /** Clock for the certificate's date checks (tests). */
  now?: Date;
}

export interface TlsOutcome {
  ok: boolean;
  ms: number;
  facts: TlsFacts;
  certificate?: CertificateInfo;
  /** Every problem seen with the certificate, most important first. */
  problems: CertificateReason[];
  /** Set when !ok. */
  failure?: NetworkFailure;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function nameOf(entity: tls.PeerCertificate['subject'] | undefined): string {
  if (!entity) return '';
  const cn = entity.CN;
  const org = entity.O;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const parts = [first(cn), first(org)].filter((v): v is string => typeof v === 'string' && v !== '');
  return parts.length ? parts.join(', ') : '';
}

/** Most subject alternative names kept from a certificate (a hostile one can carry thousands). */
export const MAX_ALT_NAMES = 100;

export function altNamesOf(cert: tls.PeerCertificate): string[] {
  const raw = cert.subjectaltname ?? '';
  return raw
    .split(',', MAX_ALT_NAMES)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => s.replace(/^DNS:/, '').replace(/^IP Address:/, ''));
}

/** The certificate as we report it. */
export function describeCertificate(cert: tls.PeerCertificate, protocol: string | null, now: Date): CertificateInfo {
  const validTo = new Date(cert.valid_to);
  const validFrom = new Date(cert.valid_from);
  return {
    subject: nameOf(cert.subject) || '(no subject)',
    issuer: nameOf(cert.issuer) || '(no issuer)',
    validFrom: isNaN(validFrom.getTime()) ? cert.valid_from : validFrom.toISOString(),
    validTo: isNaN(validTo.getTime()) ? cert.valid_to : validTo.toISOString(),
    daysLeft: Math.floor((validTo.getTime() - now.getTime()) / DAY_MS),
    protocol,
    altNames: altNamesOf(cert),
  };
}

/**
 * What is wrong with a certificate the handshake gave us: the verification code Node/OpenSSL
 * reported, the dates (checked ourselves, so an expired self-signed certificate says "expired"),
 * and the name (tls.checkServerIdentity).
 */
export function certificateProblems(
  cert: tls.PeerCertificate,
  authorizationError: string | null,
  host: string,
  now: Date,
): CertificateReason[] {
  const found = new Set<CertificateReason>();
  if (authorizationError) found.add(certificateReasonOf(authorizationError) ?? 'invalid');
  const from = new Date(cert.valid_from).getTime();
  const to = new Date(cert.valid_to).getTime();
  if (!isNaN(to) && to < now.getTime()) found.add('expired');
  if (!isNaN(from) && from > now.getTime()) found.add('not-yet-valid');
  if ('issuerCertificate' in cert && (cert as tls.DetailedPeerCertificate).issuerCertificate === cert) {
    // A certificate that is its own issuer: OpenSSL may report a date error first.
    if (authorizationError) found.add('self-signed');
  }
  if (nodeTls().checkServerIdentity(host, cert) !== undefined) found.add('name-mismatch');
  return CERTIFICATE_REASON_ORDER.filter((r) => found.has(r));
}

/** Handshake and judge. Never throws. */
/**
 * A TLS connection to a vetted address literal (never a name lookup), SNI = the host name for
 * names, certificates checked by us afterwards (so a bad one can still be described).
 */
export function connectTlsPinned(options: { address: ResolvedAddress; port: number; host: string; isIp: boolean; ca?: string[] }): tls.TLSSocket {
  return nodeTls().connect({
    host: options.address.address,
    port: options.port,
    ...(options.isIp ? {} : { servername: options.host }),
    rejectUnauthorized: false,
    ALPNProtocols: ['http/1.1'],
    ...(options.ca && options.ca.length ? { ca: [...nodeTls().rootCertificates, ...options.ca] } : {}),
  });
}

export function tlsStage(options: TlsStageOptions): Promise<TlsOutcome> {
  const start = monotonicMs();
  const elapsed = () => Math.round(monotonicMs() - start);
  const now = options.now ?? new Date();
  return guarded<TlsOutcome>(
    options,
    'TLS handshake',
    (settle, fail) => {
      const socket = connectTlsPinned(options);
      socket.once('secureConnect', () => {
        const ms = elapsed();
        // Reading and judging the certificate is the costly part: one per event-loop turn.
        inOwnTurn(() => judge(ms)).catch(fail);
      });
      const judge = (ms: number) => {
        if (socket.destroyed) return;
        const cert = socket.getPeerCertificate(true);
        if (!cert || Object.keys(cert).length === 0) {
          settle({
            ok: false,
            ms,
            facts: { kind: 'no-certificate' },
            problems: ['invalid'],
            failure: { verdict: 'tls-certificate', code: 'NO_CERTIFICATE', reason: 'invalid', kind: 'no-certificate' },
          });
          return;
        }
        const protocol = socket.getProtocol();
        const info = describeCertificate(cert, protocol, now);
        const authError = socket.authorized ? null : String(socket.authorizationError ?? 'UNKNOWN');
        const problems = certificateProblems(cert, authError, options.host, now);
        if (problems.length === 0) {
          settle({
            ok: true,
            ms,
            problems,
            certificate: info,
            facts: { kind: 'handshake', protocol, subject: info.subject, issuer: info.issuer, daysLeft: info.daysLeft },
          });
          return;
        }
        const [primary = 'invalid'] = problems;
        const code = authError ?? (primary === 'name-mismatch' ? 'ERR_TLS_CERT_ALTNAME_INVALID' : primary.toUpperCase());
        const certificate = {
          subject: info.subject,
          issuer: info.issuer,
          validFrom: info.validFrom,
          validTo: info.validTo,
          daysLeft: info.daysLeft,
          altNames: info.altNames ?? [],
          problems,
          host: options.host,
        };
        settle({
          ok: false,
          ms,
          problems,
          certificate: { ...info, problem: primary },
          facts: { kind: 'certificate', certificate },
          failure: { verdict: 'tls-certificate', code, reason: primary, kind: 'certificate' },
        });
      };
      socket.on('error', fail);
      return () => socket.destroy();
    },
    (err) => {
      const failure = classifyOr(err, 'tls-protocol');
      return { ok: false, ms: elapsed(), problems: failure.reason ? [failure.reason] : [], failure, facts: { kind: 'failed', failure } };
    },
  );
}

/**
 * Does this port complete (or at least take part in) a TLS handshake? Used to explain a plain
 * HTTP request that got no answer: true when the handshake completes or the server answers with
 * a TLS alert. Certificates are not judged here.
 */
export function speaksTls(options: ConnectOptions & { address: ResolvedAddress; port: number; host: string; isIp: boolean }): Promise<boolean> {
  return guarded<boolean>(
    options,
    'TLS sniff',
    (settle) => {
      const socket = nodeTls().connect({
        host: options.address.address,
        port: options.port,
        ...(options.isIp ? {} : { servername: options.host }),
        rejectUnauthorized: false,
      });
      socket.once('secureConnect', () => settle(true));
      socket.on('error', (err: { code?: unknown }) => {
        const code = typeof err.code === 'string' ? err.code : '';
        settle(/^ERR_SSL_(SSLV3|TLSV1|TLSV13)_ALERT_/.test(code));
      });
      return () => socket.destroy();
    },
    () => false,
  );
}
