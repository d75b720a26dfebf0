import { interpretXtream } from '../../../src/probe/xtream';
import { articleFor, pickArticle } from '../../../src/probe/verdicts';
import { plannedStages } from '../../../src/probe/stages';
import { VERDICTS, type Target, type Verdict, type VerdictFacts } from '../../../src/probe/types';
import { verdictSentence, xtreamDetail } from '../../../src/render/check-words';
import { englishMessages } from '../../../src/render/i18n/messages';

const EN = englishMessages();

describe('interpretXtream (pure)', () => {
  it.each([
    ['{"user_info":{"auth":0}}', 'auth: 0 without credentials'],
    ['{"user_info":{"auth":"0"}}', 'auth: "0" without credentials'],
    ['{"user_info":{"auth":false}}', 'auth: false without credentials'],
  ])('%s → panel', (body, text) => {
    const r = interpretXtream(200, 'application/json', body);
    expect(r).toMatchObject({ panel: true, denied: true, truncated: false });
    expect(xtreamDetail(EN, r, '12')).toBe(`Xtream panel answers (${text}) in 12 ms`);
  });

  it('user_info without auth, or with text/html content type but JSON body, is still a panel when JSON', () => {
    expect(interpretXtream(200, 'text/plain', '{"user_info":{},"server_info":{}}')).toMatchObject({ panel: true });
    expect(interpretXtream(200, undefined, '{"user_info":[]}')).toMatchObject({ panel: true });
  });

  it('a body cut at the size limit that starts with user_info counts', () => {
    expect(interpretXtream(200, 'application/json', '{"user_info":{"auth":0,"x":"' + 'a'.repeat(100))).toMatchObject({ panel: true });
  });

  it.each([
    [200, 'text/html', '<!DOCTYPE html><html></html>', 'html'],
    [200, undefined, '  <html><body>hi</body></html>', 'html'],
    [200, 'text/plain', 'hello', 'not-json'],
    [200, 'application/json', '{"error":"nope"}', 'no-user-info'],
    [200, 'application/json', '[1,2]', 'no-user-info'],
    [200, 'application/json', '', 'empty'],
    [404, 'text/html', '<html>404</html>', 'status'],
    [302, undefined, '', 'redirect'],
  ])('HTTP %i %s → no panel (%#)', (status, type, body, why) => {
    expect(interpretXtream(status, type, body, 'http://elsewhere/')).toMatchObject({ panel: false, why });
  });
});

const T: Target = {
  host: 'play.example.net',
  displayHost: 'play.example.net',
  port: 8080,
  portAssumed: false,
  protocol: 'http',
  path: '/',
  isIp: false,
  hadCredentials: false,
  display: 'http://play.example.net:8080',
};

describe('verdict → article', () => {
  it.each([
    ['refused', undefined, 'connection-refused'],
    ['timeout', undefined, 'connection-timeout'],
    ['reset', undefined, 'connection-reset'],
    ['host-unreachable', undefined, 'host-unreachable'],
    ['network-unreachable', undefined, 'network-unreachable'],
    ['dns-not-found', undefined, 'dns-failure'],
    ['dns-error', undefined, 'dns-failure'],
    ['tls-certificate', undefined, 'tls-certificate'],
    ['tls-protocol', undefined, 'tls-protocol'],
    ['http-status', 404, 'http-404'],
    ['http-status', 410, 'http-404'],
    ['http-status', 401, 'http-forbidden'],
    ['http-status', 403, 'http-forbidden'],
    ['http-status', 429, 'http-429'],
    ['http-status', 500, 'http-5xx'],
    ['http-status', 503, 'http-5xx'],
    ['http-status', 400, 'http-400'],
    ['http-status', 418, 'http-400'],
    ['not-http', undefined, null],
    ['ok', undefined, null],
    ['blocked', undefined, null],
    ['invalid', undefined, null],
  ] as const)('%s %s → %s', (verdict, httpStatus, id) => {
    expect(articleFor(verdict, { httpStatus })).toBe(id);
  });

  it('Xtream specifics', () => {
    expect(articleFor('http-status', { httpStatus: 200, protocol: 'xtream' })).toBe('iptv-xtream');
    expect(articleFor('http-status', { httpStatus: 302, protocol: 'xtream' })).toBeNull();
    expect(articleFor('not-http', { protocol: 'xtream' })).toBe('iptv-xtream');
  });

  it('every verdict has an answer (no throw)', () => {
    for (const v of VERDICTS) expect(() => articleFor(v)).not.toThrow();
  });

  it('pickArticle falls back when the knowledge base lacks an article', () => {
    const has = (id: string) => ['host-unreachable', 'http-404'].includes(id);
    expect(pickArticle('network-unreachable', has)).toBe('host-unreachable');
    expect(pickArticle('http-400', has)).toBe('http-404');
    expect(pickArticle('connection-refused', has)).toBeNull();
    expect(pickArticle(null, has)).toBeNull();
  });
});

describe('verdict sentences', () => {
  const base = { host: 'play.example.net', port: 8080 };
  it('refused', () => {
    expect(verdictSentence(EN, { verdict: 'refused', ...base, stage: 'tcp' })).toBe(
      'Port 8080 on play.example.net refused the connection: nothing is listening there, or a firewall rejects it.',
    );
  });
  it('timeouts say where', () => {
    expect(verdictSentence(EN, { verdict: 'timeout', ...base, stage: 'tcp', timeoutMs: 5000, deadline: false })).toBe(
      'Port 8080 on play.example.net did not answer within 5 s: a firewall silently drops the traffic, or the server is down.',
    );
    expect(verdictSentence(EN, { verdict: 'timeout', ...base, stage: 'http', timeoutMs: 8000, deadline: false })).toContain('sent no HTTP answer within 8 s');
    expect(verdictSentence(EN, { verdict: 'timeout', ...base, timeoutMs: 20000, deadline: true })).toContain('ran out of time (20 s)');
  });
  it('protocol mismatches name the fix', () => {
    expect(verdictSentence(EN, { verdict: 'tls-protocol', ...base, mismatch: 'plain-http' })).toContain('use http://play.example.net:8080');
    expect(verdictSentence(EN, { verdict: 'tls-protocol', ...base, mismatch: 'tls' })).toContain('use https://play.example.net:8080');
  });
  const game = { kind: 'minecraft-java' };
  const SAMPLES: Record<Verdict, VerdictFacts> = {
    ok: { verdict: 'ok', ...base, answer: { kind: 'http', status: 200, statusText: 'OK', ttfbMs: 12 } },
    refused: { verdict: 'refused', ...base, stage: 'tcp' },
    timeout: { verdict: 'timeout', ...base, stage: 'tcp', timeoutMs: 3000, deadline: false },
    reset: { verdict: 'reset', ...base, stage: 'http' },
    'host-unreachable': { verdict: 'host-unreachable', ...base, code: 'EHOSTUNREACH' },
    'network-unreachable': { verdict: 'network-unreachable', ...base, code: 'ENETUNREACH' },
    'dns-not-found': { verdict: 'dns-not-found', ...base, failure: { kind: 'nxdomain', code: 'ENOTFOUND' } },
    'dns-error': { verdict: 'dns-error', ...base, failure: { kind: 'servfail', code: 'ESERVFAIL' } },
    'tls-certificate': { verdict: 'tls-certificate', ...base, problem: 'expired', code: 'CERT_HAS_EXPIRED' },
    'tls-protocol': { verdict: 'tls-protocol', ...base, failure: { verdict: 'tls-protocol', code: 'ERR_SSL_NO_SHARED_CIPHER', kind: 'no-shared-cipher' } },
    'http-status': { verdict: 'http-status', ...base, protocol: 'http', status: 404, statusText: 'Not Found', path: '/x' },
    'not-http': { verdict: 'not-http', ...base, spoke: 'other', banner: 'hello' },
    blocked: { verdict: 'blocked', host: 'play.example.net', block: { kind: 'no-address' }, privateHint: false },
    invalid: { verdict: 'invalid', problem: { code: 'empty' } },
    silent: { verdict: 'silent', ...base },
    'closed-on-accept': { verdict: 'closed-on-accept', ...base },
    'udp-refused': { verdict: 'udp-refused', ...base, game },
    'udp-no-answer': { verdict: 'udp-no-answer', ...base, game, timeoutMs: 3000 },
    'game-mismatch': { verdict: 'game-mismatch', ...base, game, failure: { verdict: 'game-mismatch', code: 'CLOSED', kind: 'closed-no-answer' } },
  };
  it('every verdict produces one sentence', () => {
    for (const verdict of VERDICTS) {
      const s = verdictSentence(EN, SAMPLES[verdict]);
      expect(s).toMatch(/^\S.*[.)]$/);
      expect(s).not.toMatch(/undefined|NaN|\[object|check-/);
    }
  });
});

describe('plannedStages', () => {
  it('follows the protocol', () => {
    expect(plannedStages({ ...T, protocol: 'tcp' })).toEqual(['dns', 'tcp']);
    expect(plannedStages(T)).toEqual(['dns', 'tcp', 'http']);
    expect(plannedStages({ ...T, protocol: 'https', tls: true })).toEqual(['dns', 'tcp', 'tls', 'http']);
    expect(plannedStages({ ...T, protocol: 'https' })).toEqual(['dns', 'tcp', 'tls', 'http']);
    expect(plannedStages({ ...T, protocol: 'xtream', tls: true })).toEqual(['dns', 'tcp', 'tls', 'xtream']);
    expect(plannedStages({ ...T, protocol: 'xtream' })).toEqual(['dns', 'tcp', 'xtream']);
  });
});

describe('server-chosen Xtream fields', () => {
  it('a huge auth value is cut to 80 characters in the detail', () => {
    const out = interpretXtream(200, 'application/json', JSON.stringify({ user_info: { auth: 'x'.repeat(5000) } }));
    expect(out).toEqual({ panel: true, auth: `"${'x'.repeat(78)}…`, denied: false, truncated: false });
    expect(xtreamDetail(EN, out, '5')).toBe(`Xtream panel answers (user_info present, auth: "${'x'.repeat(78)}…) in 5 ms`);
  });
});
