import { classifyNetworkError, classifyOr, errorChain, ProbeDeadlineError, ProbeTimeoutError } from '../../../src/probe/classify';

function sysError(code: string, message = code): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

describe('classifyNetworkError', () => {
  it.each([
    ['ECONNREFUSED', 'refused'],
    ['ETIMEDOUT', 'timeout'],
    ['ECONNRESET', 'reset'],
    ['EPIPE', 'reset'],
    ['EHOSTUNREACH', 'host-unreachable'],
    ['EHOSTDOWN', 'host-unreachable'],
    ['ENETUNREACH', 'network-unreachable'],
    ['ENETDOWN', 'network-unreachable'],
    ['ENOTFOUND', 'dns-not-found'],
    ['EAI_AGAIN', 'dns-error'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls-protocol'],
    ['ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE', 'tls-protocol'],
    ['ERR_SSL_UNSUPPORTED_PROTOCOL', 'tls-protocol'],
    ['ERR_SSL_SOMETHING_NEW', 'tls-protocol'],
    ['HPE_INVALID_CONSTANT', 'not-http'],
    ['UND_ERR_HEADERS_TIMEOUT', 'timeout'],
  ])('%s → %s', (code, verdict) => {
    expect(classifyNetworkError(sysError(code))?.verdict).toBe(verdict);
  });

  it.each([
    ['CERT_HAS_EXPIRED', 'expired'],
    ['CERT_NOT_YET_VALID', 'not-yet-valid'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'self-signed'],
    ['SELF_SIGNED_CERT_IN_CHAIN', 'untrusted-root'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'unknown-issuer'],
    ['UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'unknown-issuer'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'name-mismatch'],
  ])('certificate code %s → tls-certificate (%s)', (code, reason) => {
    const found = classifyNetworkError(sysError(code));
    expect(found).toMatchObject({ verdict: 'tls-certificate', reason, code });
  });

  it('finds the OS code inside an AggregateError (happy eyeballs)', () => {
    const err = new AggregateError([sysError('ECONNREFUSED', 'connect ECONNREFUSED ::1:1'), sysError('ECONNREFUSED')], '');
    expect(classifyNetworkError(err)?.verdict).toBe('refused');
  });

  it('walks .cause chains (undici / fetch wrappers)', () => {
    const inner = sysError('EHOSTUNREACH');
    const mid = new Error('connect failed', { cause: inner });
    const outer = new TypeError('fetch failed', { cause: mid });
    expect(classifyNetworkError(outer)).toMatchObject({ verdict: 'host-unreachable', code: 'EHOSTUNREACH' });
  });

  it('prefers the specific cause over a generic wrapper code', () => {
    const outer = Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET', cause: sysError('ECONNRESET') });
    expect(classifyNetworkError(outer)?.code).toBe('ECONNRESET');
    const abort = Object.assign(new Error('aborted'), { code: 'ABORT_ERR', cause: sysError('ETIMEDOUT') });
    expect(classifyNetworkError(abort)?.code).toBe('ETIMEDOUT');
  });

  it('recognises our own timeout and deadline through an AbortError', () => {
    const abort = Object.assign(new Error('This operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR', cause: new ProbeTimeoutError(500, 'HTTP') });
    expect(classifyNetworkError(abort)).toMatchObject({ verdict: 'timeout', code: 'NETMEDIC_TIMEOUT' });
    expect(classifyNetworkError(new ProbeDeadlineError(20000))).toMatchObject({ verdict: 'timeout', code: 'NETMEDIC_DEADLINE' });
  });

  it('uses messages when there is no code', () => {
    expect(classifyNetworkError(new Error('socket hang up'))?.verdict).toBe('reset');
    expect(classifyNetworkError(new Error('C0:error:0A00010B:SSL routines:ssl3_get_record:wrong version number'))?.verdict).toBe('tls-protocol');
    expect(classifyNetworkError(new Error('sslv3 alert handshake failure'))?.verdict).toBe('tls-protocol');
    expect(classifyNetworkError(new Error('connect timed out'))?.verdict).toBe('timeout');
  });

  it('returns null for unknown things, and classifyOr falls back', () => {
    expect(classifyNetworkError(new Error('something odd'))).toBeNull();
    expect(classifyNetworkError('a string')).toBeNull();
    expect(classifyNetworkError(null)).toBeNull();
    expect(classifyOr(sysError('EWEIRD', 'weird'), 'reset')).toMatchObject({ verdict: 'reset', code: 'EWEIRD' });
  });

  it('survives cycles in the cause chain', () => {
    const a: Error & { cause?: unknown } = new Error('a');
    const b: Error & { cause?: unknown } = new Error('b', { cause: a });
    a.cause = b;
    expect(errorChain(a)).toHaveLength(2);
    expect(classifyNetworkError(a)).toBeNull();
  });
});
