/**
 * Turns whatever a socket, TLS or HTTP failure threw into one of the probe's verdicts.
 *
 * Node and undici wrap the interesting part: happy-eyeballs connects throw an AggregateError
 * whose `.errors` hold the per-address failures, undici puts the socket error in `.cause`, and
 * aborts carry their reason in `.cause`. We walk all of that (breadth first, outermost first)
 * and stop at the first error whose code or message we recognise. Pure: no I/O.
 */
import type { Verdict } from './types';

/** Why a certificate was not accepted, most specific first in CERTIFICATE_REASON_ORDER. */
export type CertificateReason =
  | 'expired'
  | 'not-yet-valid'
  | 'self-signed'
  | 'untrusted-root'
  | 'unknown-issuer'
  | 'name-mismatch'
  | 'revoked'
  | 'invalid';

export const CERTIFICATE_REASON_ORDER: readonly CertificateReason[] = [
  'expired',
  'not-yet-valid',
  'self-signed',
  'untrusted-root',
  'unknown-issuer',
  'name-mismatch',
  'revoked',
  'invalid',
];

export type FailureVerdict = Extract<
  Verdict,
  | 'refused'
  | 'timeout'
  | 'reset'
  | 'host-unreachable'
  | 'network-unreachable'
  | 'dns-not-found'
  | 'dns-error'
  | 'tls-certificate'
  | 'tls-protocol'
  | 'not-http'
>;

export interface NetworkFailure {
  verdict: FailureVerdict;
  /** The code we recognised (`ECONNREFUSED`, `CERT_HAS_EXPIRED`, `HPE_INVALID_CONSTANT`…), or the error name. */
  code: string;
  /** Short human text: "refused (ECONNREFUSED)". */
  detail: string;
  /** Only for tls-certificate. */
  reason?: CertificateReason;
}

/** The error our own timers use, so a timeout we imposed is told apart from everything else. */
export class ProbeTimeoutError extends Error {
  readonly code = 'NETMEDIC_TIMEOUT';
  constructor(
    readonly timeoutMs: number,
    readonly what: string = 'operation',
  ) {
    super(`${what} timed out after ${timeoutMs} ms`);
    this.name = 'ProbeTimeoutError';
  }
}

/** Raised when the overall deadline of a check is reached. */
export class ProbeDeadlineError extends Error {
  readonly code = 'NETMEDIC_DEADLINE';
  constructor(readonly deadlineMs: number) {
    super(`overall deadline of ${deadlineMs} ms reached`);
    this.name = 'ProbeDeadlineError';
  }
}

const CERTIFICATE_CODES: Record<string, CertificateReason> = {
  CERT_HAS_EXPIRED: 'expired',
  CERT_NOT_YET_VALID: 'not-yet-valid',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed',
  SELF_SIGNED_CERT_IN_CHAIN: 'untrusted-root',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unknown-issuer',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unknown-issuer',
  UNABLE_TO_GET_ISSUER_CERT: 'unknown-issuer',
  CERT_UNTRUSTED: 'unknown-issuer',
  ERR_TLS_CERT_ALTNAME_INVALID: 'name-mismatch',
  HOSTNAME_MISMATCH: 'name-mismatch',
  CERT_REVOKED: 'revoked',
  CERT_SIGNATURE_FAILURE: 'invalid',
  CERT_REJECTED: 'invalid',
  INVALID_CA: 'invalid',
  INVALID_PURPOSE: 'invalid',
  CERT_CHAIN_TOO_LONG: 'invalid',
  PATH_LENGTH_EXCEEDED: 'invalid',
  UNABLE_TO_DECRYPT_CERT_SIGNATURE: 'invalid',
  UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY: 'invalid',
  ERROR_IN_CERT_NOT_BEFORE_FIELD: 'invalid',
  ERROR_IN_CERT_NOT_AFTER_FIELD: 'invalid',
  EE_KEY_TOO_SMALL: 'invalid',
  CA_KEY_TOO_SMALL: 'invalid',
  CA_MD_TOO_WEAK: 'invalid',
  ERR_SSL_EE_KEY_TOO_SMALL: 'invalid',
  ERR_SSL_CA_MD_TOO_WEAK: 'invalid',
};

const CERTIFICATE_REASON_TEXT: Record<CertificateReason, string> = {
  expired: 'the certificate has expired',
  'not-yet-valid': 'the certificate is not valid yet',
  'self-signed': 'the certificate is self-signed',
  'untrusted-root': 'the chain ends in a self-signed root nobody trusts',
  'unknown-issuer': 'the issuer is unknown (missing intermediate certificate or private CA)',
  'name-mismatch': 'the certificate is for a different name',
  revoked: 'the certificate was revoked',
  invalid: 'the certificate is invalid',
};

export function certificateReasonText(reason: CertificateReason): string {
  return CERTIFICATE_REASON_TEXT[reason];
}

/** Maps an OpenSSL/Node verification code (`socket.authorizationError`) to a reason. */
export function certificateReasonOf(code: string): CertificateReason | null {
  return CERTIFICATE_CODES[code] ?? null;
}

type Rule = { verdict: Exclude<FailureVerdict, 'tls-certificate'>; text: string };

const CODE_RULES: Record<string, Rule> = {
  ECONNREFUSED: { verdict: 'refused', text: 'refused' },
  ETIMEDOUT: { verdict: 'timeout', text: 'no answer' },
  NETMEDIC_TIMEOUT: { verdict: 'timeout', text: 'no answer' },
  NETMEDIC_DEADLINE: { verdict: 'timeout', text: 'overall deadline reached' },
  UND_ERR_CONNECT_TIMEOUT: { verdict: 'timeout', text: 'no answer' },
  UND_ERR_HEADERS_TIMEOUT: { verdict: 'timeout', text: 'no HTTP answer in time' },
  UND_ERR_BODY_TIMEOUT: { verdict: 'timeout', text: 'body stalled' },
  ABORT_ERR: { verdict: 'timeout', text: 'stopped: out of time' },
  ECONNRESET: { verdict: 'reset', text: 'connection reset' },
  EPIPE: { verdict: 'reset', text: 'connection closed while sending' },
  ECONNABORTED: { verdict: 'reset', text: 'connection aborted' },
  UND_ERR_SOCKET: { verdict: 'reset', text: 'connection closed' },
  UND_ERR_CLOSED: { verdict: 'reset', text: 'connection closed' },
  ERR_STREAM_PREMATURE_CLOSE: { verdict: 'reset', text: 'connection closed early' },
  EHOSTUNREACH: { verdict: 'host-unreachable', text: 'host unreachable' },
  EHOSTDOWN: { verdict: 'host-unreachable', text: 'host down' },
  ENETUNREACH: { verdict: 'network-unreachable', text: 'network unreachable' },
  ENETDOWN: { verdict: 'network-unreachable', text: 'network down' },
  EADDRNOTAVAIL: { verdict: 'network-unreachable', text: 'no usable local address' },
  EPERM: { verdict: 'network-unreachable', text: "blocked by this machine's firewall" },
  EACCES: { verdict: 'network-unreachable', text: "blocked by this machine's firewall" },
  ENOTFOUND: { verdict: 'dns-not-found', text: 'name not found' },
  EAI_NONAME: { verdict: 'dns-not-found', text: 'name not found' },
  ENODATA: { verdict: 'dns-not-found', text: 'no address records' },
  EAI_AGAIN: { verdict: 'dns-error', text: 'DNS lookup failed temporarily' },
  ESERVFAIL: { verdict: 'dns-error', text: 'DNS server failure' },
  ERR_SSL_WRONG_VERSION_NUMBER: { verdict: 'tls-protocol', text: 'the answer is not TLS (wrong version number)' },
  ERR_SSL_PACKET_LENGTH_TOO_LONG: { verdict: 'tls-protocol', text: 'the answer is not TLS (packet length too long)' },
  ERR_SSL_HTTP_REQUEST: { verdict: 'tls-protocol', text: 'HTTP request on a TLS port' },
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: { verdict: 'tls-protocol', text: 'handshake failure' },
  ERR_SSL_UNSUPPORTED_PROTOCOL: { verdict: 'tls-protocol', text: 'unsupported TLS version' },
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: { verdict: 'tls-protocol', text: 'unsupported TLS version' },
  ERR_SSL_NO_PROTOCOLS_AVAILABLE: { verdict: 'tls-protocol', text: 'no common TLS version' },
  ERR_SSL_TLSV1_UNRECOGNIZED_NAME: { verdict: 'tls-protocol', text: 'the server does not know this name (SNI)' },
  ERR_SSL_TLSV1_ALERT_INTERNAL_ERROR: { verdict: 'tls-protocol', text: 'the server aborted the handshake' },
  ERR_SSL_RECORD_LAYER_FAILURE: { verdict: 'tls-protocol', text: 'TLS record layer failure' },
  ERR_TLS_INVALID_PROTOCOL_VERSION: { verdict: 'tls-protocol', text: 'unsupported TLS version' },
  ERR_SSL_NO_SHARED_CIPHER: { verdict: 'tls-protocol', text: 'no shared cipher' },
  NETMEDIC_HEADERS_TOO_LARGE: { verdict: 'not-http', text: 'response headers too large' },
  UND_ERR_HEADERS_OVERFLOW: { verdict: 'not-http', text: 'response headers too large' },
};

/** Message fragments for errors that carry no useful code (order matters: first match wins). */
const MESSAGE_RULES: { pattern: RegExp; code: string; rule: Rule }[] = [
  { pattern: /wrong version number/i, code: 'ERR_SSL_WRONG_VERSION_NUMBER', rule: CODE_RULES.ERR_SSL_WRONG_VERSION_NUMBER! },
  { pattern: /packet length too long/i, code: 'ERR_SSL_PACKET_LENGTH_TOO_LONG', rule: CODE_RULES.ERR_SSL_PACKET_LENGTH_TOO_LONG! },
  { pattern: /unsupported protocol/i, code: 'ERR_SSL_UNSUPPORTED_PROTOCOL', rule: CODE_RULES.ERR_SSL_UNSUPPORTED_PROTOCOL! },
  { pattern: /handshake failure/i, code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', rule: CODE_RULES.ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE! },
  { pattern: /socket hang up/i, code: 'ECONNRESET', rule: { verdict: 'reset', text: 'socket hang up' } },
  { pattern: /other side closed/i, code: 'UND_ERR_SOCKET', rule: CODE_RULES.UND_ERR_SOCKET! },
  { pattern: /\btimed? ?out\b/i, code: 'ETIMEDOUT', rule: CODE_RULES.ETIMEDOUT! },
];

/**
 * Every code the classifier can report by name, with its verdict: the registry /explain must agree
 * with (test/matcher/code-registry.test.ts). Code families recognised by prefix (HPE_*, ERR_SSL_*,
 * ERR_TLS_*) are in CLASSIFIER_PREFIXES.
 */
export function classifierCodes(): { code: string; verdict: FailureVerdict }[] {
  const out = new Map<string, FailureVerdict>();
  for (const code of Object.keys(CERTIFICATE_CODES)) out.set(code, 'tls-certificate');
  for (const [code, rule] of Object.entries(CODE_RULES)) out.set(code, rule.verdict);
  for (const { code, rule } of MESSAGE_RULES) if (!out.has(code)) out.set(code, rule.verdict);
  out.set('TimeoutError', 'timeout');
  return [...out].map(([code, verdict]) => ({ code, verdict }));
}

/** Code prefixes the classifier recognises as a family. */
export const CLASSIFIER_PREFIXES: readonly string[] = ['HPE_', 'ERR_SSL_', 'ERR_TLS_'];

interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
  errors?: unknown;
  reason?: unknown;
}

/** Every error reachable from `err` through `.cause`, `.errors` and `.reason`, outermost first. */
export function errorChain(err: unknown, limit = 32): ErrorLike[] {
  const out: ErrorLike[] = [];
  const seen = new Set<unknown>();
  const queue: unknown[] = [err];
  while (queue.length > 0 && out.length < limit) {
    const next = queue.shift();
    if (next === null || next === undefined || typeof next !== 'object' || seen.has(next)) continue;
    seen.add(next);
    const e = next as ErrorLike;
    out.push(e);
    if (Array.isArray(e.errors)) queue.push(...(e.errors as unknown[]));
    if (e.cause !== undefined) queue.push(e.cause);
    if (e.reason !== undefined && e.reason !== e.cause) queue.push(e.reason);
  }
  return out;
}

function codeOf(e: ErrorLike): string | null {
  return typeof e.code === 'string' && e.code !== '' ? e.code : null;
}

function classifyOne(e: ErrorLike): NetworkFailure | null {
  const code = codeOf(e);
  if (code) {
    const reason = certificateReasonOf(code);
    if (reason) return { verdict: 'tls-certificate', code, reason, detail: `${CERTIFICATE_REASON_TEXT[reason]} (${code})` };
    const rule = CODE_RULES[code];
    if (rule) return { verdict: rule.verdict, code, detail: `${rule.text} (${code})` };
    if (code.startsWith('HPE_')) return { verdict: 'not-http', code, detail: `the answer is not HTTP (${code})` };
    if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) {
      return { verdict: 'tls-protocol', code, detail: `TLS handshake failed (${code})` };
    }
  }
  if (e.name === 'TimeoutError') return { verdict: 'timeout', code: 'TimeoutError', detail: 'no answer (timeout)' };
  const message = typeof e.message === 'string' ? e.message : '';
  for (const { pattern, code: c, rule } of MESSAGE_RULES) {
    if (pattern.test(message)) return { verdict: rule.verdict, code: c, detail: `${rule.text} (${c})` };
  }
  return null;
}

/**
 * Classify a network error. Returns null when nothing in the chain is recognised; callers then
 * decide from context (the stage that failed). The abort we trigger ourselves is recognised
 * through its reason (a ProbeTimeoutError or ProbeDeadlineError) before the generic ABORT_ERR.
 */
export function classifyNetworkError(err: unknown): NetworkFailure | null {
  const chain = errorChain(err);
  // Our own timeout/deadline anywhere in the chain beats the generic wrapper around it.
  for (const e of chain) {
    const code = codeOf(e);
    if (code === 'NETMEDIC_DEADLINE' || code === 'NETMEDIC_TIMEOUT') return classifyOne(e);
  }
  // The most specific recognised cause wins over a generic one (an ABORT_ERR or UND_ERR_SOCKET
  // wrapper around an ECONNRESET): take the first non-generic match, else the first match.
  const GENERIC = new Set(['ABORT_ERR', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
  let fallback: NetworkFailure | null = null;
  for (const e of chain) {
    const found = classifyOne(e);
    if (!found) continue;
    if (!GENERIC.has(found.code)) return found;
    fallback ??= found;
  }
  return fallback;
}

/** Like classifyNetworkError, with a default for unrecognised errors. */
export function classifyOr(err: unknown, fallback: FailureVerdict): NetworkFailure {
  const found = classifyNetworkError(err);
  if (found) return found;
  const first = errorChain(err)[0];
  const code = (first && codeOf(first)) ?? (first && typeof first.name === 'string' ? first.name : 'Error');
  const message = first && typeof first.message === 'string' ? first.message : String(err);
  return { verdict: fallback, code, detail: `${message.slice(0, 120)} (${code})` };
}
