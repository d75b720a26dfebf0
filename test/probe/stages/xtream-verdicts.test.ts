import { interpretXtream } from '../../../src/probe/xtream';
import { articleFor, pickArticle, plannedStages, verdictSentence } from '../../../src/probe/verdicts';
import { VERDICTS, type Target } from '../../../src/probe/types';

describe('interpretXtream (pure)', () => {
  it.each([
    ['{"user_info":{"auth":0}}', 'auth: 0 without credentials'],
    ['{"user_info":{"auth":"0"}}', 'auth: "0" without credentials'],
    ['{"user_info":{"auth":false}}', 'auth: false without credentials'],
  ])('%s → panel', (body, text) => {
    const r = interpretXtream(200, 'application/json', body);
    expect(r).toMatchObject({ panel: true });
    expect(r.detail).toBe(`Xtream panel answers (${text})`);
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
    expect(verdictSentence({ verdict: 'refused', ...base })).toBe(
      'Port 8080 on play.example.net refused the connection: nothing is listening there, or a firewall rejects it.',
    );
  });
  it('timeouts say where', () => {
    expect(verdictSentence({ verdict: 'timeout', ...base, stage: 'tcp', timeoutMs: 5000 })).toBe(
      'Port 8080 on play.example.net did not answer within 5 s: a firewall silently drops the traffic, or the server is down.',
    );
    expect(verdictSentence({ verdict: 'timeout', ...base, stage: 'http', timeoutMs: 8000 })).toContain('sent no HTTP answer within 8 s');
    expect(verdictSentence({ verdict: 'timeout', ...base, deadline: true, deadlineMs: 20000 })).toContain('ran out of time (20 s)');
  });
  it('protocol mismatches name the fix', () => {
    expect(verdictSentence({ verdict: 'tls-protocol', ...base, mismatch: 'plain-http' })).toContain('use http://play.example.net:8080');
    expect(verdictSentence({ verdict: 'tls-protocol', ...base, mismatch: 'tls' })).toContain('use https://play.example.net:8080');
  });
  it('every verdict produces one sentence', () => {
    for (const verdict of VERDICTS) {
      const s = verdictSentence({ verdict, ...base, httpStatus: 404 });
      expect(s).toMatch(/^\S.*[.)]$/);
      expect(s).not.toMatch(/undefined|NaN|\[object/);
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
    expect(out.panel).toBe(true);
    expect(out.detail).toBe(`Xtream panel answers (user_info present, auth: "${'x'.repeat(78)}…)`);
  });
});
