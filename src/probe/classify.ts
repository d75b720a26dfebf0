/**
 * Turns whatever a socket, TLS or HTTP failure threw into one of the probe's verdicts.
 *
 * Node and undici wrap the interesting part: happy-eyeballs connects throw an AggregateError
 * whose `.errors` hold the per-address failures, undici puts the socket error in `.cause`, and
 * aborts carry their reason in `.cause`. We walk all of that (breadth first, outermost first)
 * and stop at the first error whose code or message we recognise. Pure: no I/O.
 */
import type { CertificateProblem, FailureFacts, FailureKind, FailureVerdictName } from './types';

/** Why a certificate was not accepted, most specific first in CERTIFICATE_REASON_ORDER. */
export type CertificateReason = CertificateProblem;

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

export type FailureVerdict = FailureVerdictName;

/** A failure as data (see FailureFacts): verdict, code and the stable `kind` the renderer words. */
export type NetworkFailure = FailureFacts;

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

/** Maps an OpenSSL/Node verification code (`socket.authorizationError`) to a reason. */
export function certificateReasonOf(code: string): CertificateReason | null {
  return CERTIFICATE_CODES[code] ?? null;
}

type Rule = { verdict: Exclude<FailureVerdict, 'tls-certificate'>; kind: FailureKind };

const CODE_RULES: Record<string, Rule> = {
  ECONNREFUSED: { verdict: 'refused', kind: 'refused' },
  ETIMEDOUT: { verdict: 'timeout', kind: 'no-answer' },
  NETMEDIC_TIMEOUT: { verdict: 'timeout', kind: 'no-answer' },
  NETMEDIC_DEADLINE: { verdict: 'timeout', kind: 'deadline' },
  UND_ERR_CONNECT_TIMEOUT: { verdict: 'timeout', kind: 'no-answer' },
  UND_ERR_HEADERS_TIMEOUT: { verdict: 'timeout', kind: 'headers-timeout' },
  UND_ERR_BODY_TIMEOUT: { verdict: 'timeout', kind: 'body-stalled' },
  ABORT_ERR: { verdict: 'timeout', kind: 'aborted-out-of-time' },
  ECONNRESET: { verdict: 'reset', kind: 'reset' },
  EPIPE: { verdict: 'reset', kind: 'closed-while-sending' },
  ECONNABORTED: { verdict: 'reset', kind: 'aborted' },
  UND_ERR_SOCKET: { verdict: 'reset', kind: 'closed' },
  UND_ERR_CLOSED: { verdict: 'reset', kind: 'closed' },
  ERR_STREAM_PREMATURE_CLOSE: { verdict: 'reset', kind: 'closed-early' },
  EHOSTUNREACH: { verdict: 'host-unreachable', kind: 'host-unreachable' },
  EHOSTDOWN: { verdict: 'host-unreachable', kind: 'host-down' },
  ENETUNREACH: { verdict: 'network-unreachable', kind: 'network-unreachable' },
  ENETDOWN: { verdict: 'network-unreachable', kind: 'network-down' },
  EADDRNOTAVAIL: { verdict: 'network-unreachable', kind: 'no-local-address' },
  EPERM: { verdict: 'network-unreachable', kind: 'local-firewall' },
  EACCES: { verdict: 'network-unreachable', kind: 'local-firewall' },
  ENOTFOUND: { verdict: 'dns-not-found', kind: 'name-not-found' },
  EAI_NONAME: { verdict: 'dns-not-found', kind: 'name-not-found' },
  ENODATA: { verdict: 'dns-not-found', kind: 'no-address-records' },
  EAI_AGAIN: { verdict: 'dns-error', kind: 'dns-temporary' },
  ESERVFAIL: { verdict: 'dns-error', kind: 'dns-servfail' },
  ERR_SSL_WRONG_VERSION_NUMBER: { verdict: 'tls-protocol', kind: 'not-tls-version' },
  ERR_SSL_PACKET_LENGTH_TOO_LONG: { verdict: 'tls-protocol', kind: 'not-tls-length' },
  ERR_SSL_HTTP_REQUEST: { verdict: 'tls-protocol', kind: 'http-on-tls-port' },
  ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE: { verdict: 'tls-protocol', kind: 'handshake-failure' },
  ERR_SSL_UNSUPPORTED_PROTOCOL: { verdict: 'tls-protocol', kind: 'unsupported-tls-version' },
  ERR_SSL_TLSV1_ALERT_PROTOCOL_VERSION: { verdict: 'tls-protocol', kind: 'unsupported-tls-version' },
  ERR_SSL_NO_PROTOCOLS_AVAILABLE: { verdict: 'tls-protocol', kind: 'no-common-tls-version' },
  ERR_SSL_TLSV1_UNRECOGNIZED_NAME: { verdict: 'tls-protocol', kind: 'sni-unknown' },
  ERR_SSL_TLSV1_ALERT_INTERNAL_ERROR: { verdict: 'tls-protocol', kind: 'handshake-aborted' },
  ERR_SSL_RECORD_LAYER_FAILURE: { verdict: 'tls-protocol', kind: 'tls-record-layer' },
  ERR_TLS_INVALID_PROTOCOL_VERSION: { verdict: 'tls-protocol', kind: 'unsupported-tls-version' },
  ERR_SSL_NO_SHARED_CIPHER: { verdict: 'tls-protocol', kind: 'no-shared-cipher' },
  NETMEDIC_HEADERS_TOO_LARGE: { verdict: 'not-http', kind: 'headers-too-large' },
  UND_ERR_HEADERS_OVERFLOW: { verdict: 'not-http', kind: 'headers-too-large' },
};

/** Message fragments for errors that carry no useful code (order matters: first match wins). */
const MESSAGE_RULES: { pattern: RegExp; code: string; rule: Rule }[] = [
  { pattern: /wrong version number/i, code: 'ERR_SSL_WRONG_VERSION_NUMBER', rule: CODE_RULES.ERR_SSL_WRONG_VERSION_NUMBER! },
  { pattern: /packet length too long/i, code: 'ERR_SSL_PACKET_LENGTH_TOO_LONG', rule: CODE_RULES.ERR_SSL_PACKET_LENGTH_TOO_LONG! },
  { pattern: /unsupported protocol/i, code: 'ERR_SSL_UNSUPPORTED_PROTOCOL', rule: CODE_RULES.ERR_SSL_UNSUPPORTED_PROTOCOL! },
  { pattern: /handshake failure/i, code: 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', rule: CODE_RULES.ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE! },
  { pattern: /socket hang up/i, code: 'ECONNRESET', rule: { verdict: 'reset', kind: 'socket-hang-up' } },
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
    if (reason) return { verdict: 'tls-certificate', code, reason, kind: 'certificate' };
    const rule = CODE_RULES[code];
    if (rule) return { verdict: rule.verdict, code, kind: rule.kind };
    if (code.startsWith('HPE_')) return { verdict: 'not-http', code, kind: 'not-http' };
    if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) {
      return { verdict: 'tls-protocol', code, kind: 'tls-failed' };
    }
  }
  if (e.name === 'TimeoutError') return { verdict: 'timeout', code: 'TimeoutError', kind: 'timeout' };
  const message = typeof e.message === 'string' ? e.message : '';
  for (const { pattern, code: c, rule } of MESSAGE_RULES) {
    if (pattern.test(message)) return { verdict: rule.verdict, code: c, kind: rule.kind };
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
  return { verdict: fallback, code, kind: 'unrecognised', message: message.slice(0, 120) };
}
