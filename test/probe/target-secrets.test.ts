/**
 * Issue 7 item 2: a password holding ? # @ : / % is recognised as userinfo before anything else,
 * no error quotes the authority of a link with an '@', the credential query keys (list and
 * suffixes) and the Xtream path forms (with or without a stream id) are stripped.
 */
import { isCredentialKey, scrubCredentials, splitUserinfo, stripPathCredentials } from '../../src/probe/credentials';
import { parseTarget } from '../../src/probe/target';
import { targetProblemText } from '../../src/render/check-words';
import { englishMessages } from '../../src/render/i18n/messages';

const SECRET = 'hunter2Zq';

function expectHidden(result: ReturnType<typeof parseTarget>, ...secrets: string[]) {
  const json = JSON.stringify(result);
  for (const s of secrets) expect(json).not.toContain(s);
}

describe('userinfo holding ? # @ : / % is found before anything else', () => {
  test.each(['?x', '#x', '?=', '?@', '@x', ':x', '/x', '%x', '%41x', '?a#b@c/d:e%f'])('http://user:%s… password', (special) => {
    const pass = `${SECRET}${special}Tail9`;
    const r = parseTarget(`http://user:${pass}@example.com/`);
    expectHidden(r, SECRET, 'Tail9');
    expect(r).toMatchObject({ ok: true, target: { host: 'example.com', port: 80, path: '/', hadCredentials: true, display: 'http://example.com' } });
  });

  test("the issue's examples no longer answer with the password as a port", () => {
    for (const input of ['http://user:hunter2?x@example.com/', 'http://user:hunter2#x@example.com/', 'http://user:hunter2?=@example.com/', 'http://user:hunter2?@@example.com/']) {
      const r = parseTarget(input);
      expectHidden(r, 'hunter2');
      expect(r).toMatchObject({ ok: true, target: { host: 'example.com', hadCredentials: true } });
    }
  });

  test('without a scheme, with a port, with an IPv6 host', () => {
    const bare = parseTarget(`bob:${SECRET}?/x@panel.example.net:25461`);
    expectHidden(bare, SECRET);
    expect(bare).toMatchObject({ ok: true, target: { host: 'panel.example.net', port: 25461, hadCredentials: true } });
    const v6 = parseTarget(`https://bob:${SECRET}#/@[2001:db8::1]:8443/x`);
    expectHidden(v6, SECRET);
    expect(v6).toMatchObject({ ok: true, target: { host: '2001:db8::1', port: 8443, path: '/x' } });
  });

  test("an '@' in an ordinary path or query is not userinfo", () => {
    expect(parseTarget('https://social.example/@someone')).toMatchObject({ ok: true, target: { host: 'social.example', path: '/@someone', hadCredentials: false } });
    expect(parseTarget('http://example.com/?email=a@b.com')).toMatchObject({ ok: true, target: { host: 'example.com', path: '/?email=a@b.com' } });
    expect(parseTarget('http://u:p@host.example/?email=a@b.com')).toMatchObject({ ok: true, target: { host: 'host.example', path: '/?email=a@b.com', hadCredentials: true } });
  });

  test("errors for a link with an '@' quote nothing of it", () => {
    // [input, pieces of its authority that must not be quoted]
    const cases: [string, string[]][] = [
      [`http://usr:${SECRET}?x@bad_hostq.example/`, ['usr', 'bad_hostq']],
      [`http://usr:${SECRET}?x@portq.example:99999999/`, ['usr', 'portq', '99999999']],
      [`http://usr:${SECRET}?x@/`, ['usr']],
      [`http://usr:${SECRET}?x@`, ['usr']],
      [`http://${SECRET}:${SECRET}@[zz::1]/`, ['zz::1']],
      [`${SECRET}:x@hostq.example:${SECRET}`, ['hostq']],
      [`http://hostq:${SECRET}/@`, ["hostq"]],
    ];
    for (const [input, pieces] of cases) {
      const r = parseTarget(input);
      expect(r.ok).toBe(false);
      expectHidden(r, SECRET, ...pieces);
    }
  });

  test('splitUserinfo', () => {
    expect(splitUserinfo('example.com/x')).toEqual({ rest: 'example.com/x', userinfo: false });
    expect(splitUserinfo('u:p?x@example.com/y')).toEqual({ rest: 'example.com/y', userinfo: true });
    expect(splitUserinfo('u:p@ss?x@example.com/y')).toEqual({ rest: 'example.com/y', userinfo: true });
    expect(splitUserinfo('john.doe:1234/x@host.example/')).toEqual({ rest: 'host.example/', userinfo: true });
    expect(splitUserinfo('example.com:8080/?e=a@b.com')).toEqual({ rest: 'example.com:8080/?e=a@b.com', userinfo: false });
    expect(splitUserinfo('u:p#x@localhost:8080/')).toEqual({ rest: 'localhost:8080/', userinfo: true });
  });
});

describe('credential query keys', () => {
  const KEYS = [
    'password', 'passwd', 'pass', 'pwd', 'pw', 'token', 'access_token', 'refresh_token', 'id_token', 'auth', 'api_key', 'apikey', 'key', 'secret',
    'client_secret', 'signature', 'sig', 'x_token', 'upload_secret', 'stream_key', 'X-Api-Key', 'PASSWD', 'Access_Token', 'accessToken', 'clientSecret', 'apiKey', 'CLIENTSECRET', 'authtoken', 'streamKey',
    'pass%77d', 'ACCESS%5FTOKEN',
  ];
  test.each(KEYS)('%s is stripped before probing and showing', (key) => {
    const r = parseTarget(`https://example.com/x?a=1&${key}=${SECRET}&b=2`);
    expectHidden(r, SECRET);
    expect(r).toMatchObject({ ok: true, target: { path: '/x?a=1&b=2', hadCredentials: true, display: `https://example.com/x?a=1&${key}=…&b=2` } });
  });

  test.each(['keyword', 'monkey', 'passage', 'signal', 'authors', 'tokens', 'keys'])('%s is an ordinary key', (key) => {
    expect(isCredentialKey(key)).toBe(false);
    expect(parseTarget(`https://example.com/x?${key}=1`)).toMatchObject({ ok: true, target: { path: `/x?${key}=1`, hadCredentials: false } });
  });
});

describe('Xtream path forms', () => {
  test.each([
    ['/live/bob/SECRET', '/live/…/…'],
    ['/live/bob/SECRET/', '/live/…/…/'],
    ['/live/bob/SECRET/123.ts', '/live/…/…/123.ts'],
    ['/movie/bob/SECRET', '/movie/…/…'],
    ['/movie/bob/SECRET/77.mkv', '/movie/…/…/77.mkv'],
    ['/series/bob/SECRET/9.mp4', '/series/…/…/9.mp4'],
    ['/Series/bob/SECRET', '/Series/…/…'],
    ['/timeshift/bob/SECRET/60/2024-01-01:10-00/123.ts', '/timeshift/…/…/60/2024-01-01:10-00/123.ts'],
  ])('%s', (path, shown) => {
    const r = parseTarget(`http://panel.example.net:8080${path.replace('SECRET', SECRET)}`);
    expectHidden(r, SECRET, 'bob');
    expect(r).toMatchObject({ ok: true, target: { protocol: 'xtream', path: '/player_api.php', hadCredentials: true, display: `http://panel.example.net:8080${shown}` } });
  });

  test.each(['/bob/SECRET/123', '/bob/SECRET/123.ts', '/bob/SECRET/123.m3u8'])('short form %s', (path) => {
    const r = parseTarget(`panel.example.net:8080${path.replace('SECRET', SECRET)}`);
    expectHidden(r, SECRET, 'bob');
    expect(r).toMatchObject({ ok: true, target: { path: '/', hadCredentials: true } });
  });

  test('stripPathCredentials without a stream id', () => {
    expect(stripPathCredentials('/live/u/p')).toEqual({ probe: '/', display: '/live/…/…', removed: true, stream: 'prefixed' });
  });
});

describe('scrubCredentials on free text', () => {
  test.each([
    `see http://user:${SECRET}?x@example.com/ please`,
    `see http://user:${SECRET}#x@example.com/`,
    `bob:${SECRET}/x@panel.example.net:8080`,
    `GET /x?client_secret=${SECRET}&a=1`,
    `GET /x?upload_token=${SECRET}`,
    `http://p.example:8080/live/bob/${SECRET}`,
    `http://p.example:8080/bob/${SECRET}/42.mp4`,
  ])('%s', (text) => {
    expect(scrubCredentials(text)).not.toContain(SECRET);
  });
});

describe('ambiguous userinfo', () => {
  test('several single-label readings: refused without quoting anything', () => {
    for (const input of [`http://u:${SECRET}@Qb/Qc@intranet/`, `http://bob@intranet/live/${SECRET}@x/y`]) {
      const r = parseTarget(input);
      expect(r).toEqual({ ok: false, problem: { code: 'userinfo-ambiguous' } });
      expect(!r.ok && targetProblemText(englishMessages(), r.problem)).toBe(
        "That link has more than one '@' and I can't tell where the user name and password end. Give the link without its user name and password, e.g. play.example.net:8080.",
      );
    }
  });

  test('a single-label host:port with an @ later in the path is not userinfo', () => {
    expect(parseTarget('http://intranet:8080/live/u@x/p')).toMatchObject({ ok: true, target: { host: 'intranet', port: 8080, hadCredentials: true, display: 'http://intranet:8080/live/…/…' } });
  });
});
