import { parseTarget } from '../../src/probe/target';
import { scrubCredentials, stripPathCredentials, stripQueryCredentials } from '../../src/probe/credentials';
import type { Protocol, Target } from '../../src/probe/types';
import { targetProblemText } from '../../src/render/check-words';
import { englishMessages } from '../../src/render/i18n/messages';

function ok(text: string, protocol: Protocol = 'auto'): Target {
  const result = parseTarget(text, protocol);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(text)} to parse, got: ${result.problem.code}`);
  return result.target;
}

function err(text: string, protocol: Protocol = 'auto'): string {
  const result = parseTarget(text, protocol);
  if (result.ok) throw new Error(`expected ${JSON.stringify(text)} to be refused, got ${JSON.stringify(result.target)}`);
  return targetProblemText(englishMessages(), result.problem);
}

describe('parseTarget: accepted forms', () => {
  test('host:port', () => {
    expect(ok('play.example.net:8080')).toEqual({
      host: 'play.example.net',
      displayHost: 'play.example.net',
      port: 8080,
      portAssumed: false,
      protocol: 'http',
      path: '/',
      isIp: false,
      hadCredentials: false,
      display: 'http://play.example.net:8080',
      tls: false,
    });
  });

  test('"host port" (as typed for nc) means host:port', () => {
    expect(ok('play.example.net 8080')).toMatchObject({ host: 'play.example.net', port: 8080, portAssumed: false });
    expect(ok('  10.1.2.3   25461 ')).toMatchObject({ host: '10.1.2.3', port: 25461, protocol: 'http' });
    // Anything else with a space is still refused.
    expect(parseTarget('play example.net').ok).toBe(false);
    expect(parseTarget('http://x.net 8080').ok).toBe(false);
  });

  test('bare host assumes port 80 over http in auto mode', () => {
    const t = ok('example.com');
    expect(t).toMatchObject({ host: 'example.com', port: 80, portAssumed: true, protocol: 'http', display: 'http://example.com' });
  });

  test('bare host with an explicit protocol', () => {
    expect(ok('example.com', 'http')).toMatchObject({ port: 80, portAssumed: true, protocol: 'http' });
    expect(ok('example.com', 'xtream')).toMatchObject({ port: 80, portAssumed: true, protocol: 'xtream' });
    expect(ok('example.com', 'https')).toMatchObject({ port: 443, portAssumed: true, protocol: 'https', tls: true, display: 'https://example.com' });
    expect(err('example.com', 'tcp')).toBe('TCP checks need a port: give host:port, e.g. example.com:25565.');
  });

  test('explicit protocol wins over inference', () => {
    expect(ok('example.com:8080', 'tcp')).toMatchObject({ protocol: 'tcp', path: '/', display: 'example.com:8080' });
    expect(ok('example.com:9000', 'https')).toMatchObject({ protocol: 'https', tls: true, display: 'https://example.com:9000' });
    expect(ok('http://example.com/x', 'tcp')).toMatchObject({ protocol: 'tcp', port: 80, path: '/' });
  });

  test.each([
    ['example.com:443', 'https'],
    ['example.com:8443', 'https'],
    ['example.com:80', 'http'],
    ['example.com:8080', 'http'],
    ['example.com:8000', 'http'],
    ['example.com:8880', 'http'],
    ['example.com:2086', 'http'],
    ['example.com:2095', 'http'],
    ['example.com:25461', 'http'],
    // Issue 12: the game ports are checked with their game's protocol in auto mode.
    ['example.com:25565', 'minecraft'],
    ['example.com:19132', 'minecraft'],
    ['example.com:27015', 'source'],
    ['example.com:25566', 'tcp'],
    ['example.com:22', 'tcp'],
    ['example.com:3389', 'tcp'],
    ['http://example.com:25565', 'http'],
    ['https://example.com:8080', 'https'],
    ['http://example.com:8080/player_api.php', 'xtream'],
    ['example.com:25461/get.php?type=m3u_plus', 'xtream'],
    ['https://example.com/panel_api.php', 'xtream'],
    ['example.com:9999/xmltv.php', 'xtream'],
    ['http://example.com/PLAYER_API.PHP', 'xtream'],
  ])('auto protocol for %s is %s', (text, protocol) => {
    expect(ok(text).protocol).toBe(protocol);
  });

  test('URLs: scheme sets the default port without marking it assumed', () => {
    expect(ok('https://example.com')).toMatchObject({ port: 443, portAssumed: false, protocol: 'https', tls: true, path: '/', display: 'https://example.com' });
    expect(ok('http://example.com/status?x=1')).toMatchObject({ port: 80, portAssumed: false, protocol: 'http', path: '/status?x=1', display: 'http://example.com/status?x=1' });
    expect(ok('HTTPS://Example.COM:8443/a/b')).toMatchObject({ host: 'example.com', port: 8443, path: '/a/b', display: 'https://example.com:8443/a/b' });
    expect(ok('http://example.com:80/')).toMatchObject({ port: 80, display: 'http://example.com' });
  });

  test('Xtream over https keeps TLS', () => {
    expect(ok('https://panel.example.net/player_api.php')).toMatchObject({ protocol: 'xtream', port: 443, tls: true, display: 'https://panel.example.net/player_api.php' });
    expect(ok('panel.example.net:8443/player_api.php')).toMatchObject({ protocol: 'xtream', tls: true });
    expect(ok('http://panel.example.net:8080/player_api.php')).toMatchObject({ protocol: 'xtream', tls: false, port: 8080 });
  });

  test('fragments are dropped; schemeless paths and protocol-relative links work', () => {
    expect(ok('http://example.com/a#frag').path).toBe('/a');
    expect(ok('example.com:8080/status').path).toBe('/status');
    expect(ok('//example.com:8080/x')).toMatchObject({ host: 'example.com', port: 8080, path: '/x' });
  });

  test('non-ASCII path characters are percent-encoded', () => {
    expect(ok('http://example.com/café').path).toBe('/caf%C3%A9');
  });

  test('trailing dot, case and Discord wrappers', () => {
    expect(ok('Example.COM.:8080').host).toBe('example.com');
    expect(ok('  <https://example.com/x>  ')).toMatchObject({ host: 'example.com', path: '/x' });
    expect(ok('`example.com:8080`').port).toBe(8080);
    expect(ok('```example.com:8080```').port).toBe(8080);
    expect(ok('`<http://example.com:8080>`').port).toBe(8080);
  });

  test('ports: leading zeros, extremes', () => {
    expect(ok('example.com:1', 'tcp').port).toBe(1);
    expect(ok('example.com:65535').port).toBe(65535);
    expect(ok('example.com:008080').port).toBe(8080);
  });

  test('IDN hostnames become punycode; display stays Unicode', () => {
    const t = ok('bücher.example:8080');
    expect(t.host).toBe('xn--bcher-kva.example');
    expect(t.displayHost).toBe('bücher.example');
    expect(t.display).toBe('http://bücher.example:8080');
    const p = ok('xn--bcher-kva.example:8080');
    expect(p.host).toBe('xn--bcher-kva.example');
    expect(p.displayHost).toBe('bücher.example');
    expect(ok('https://Bücher.example/').host).toBe('xn--bcher-kva.example');
    expect(ok('пример.рф').host).toBe('xn--e1afmkfd.xn--p1ai');
    expect(ok('例え.テスト:443')).toMatchObject({ host: 'xn--r8jz45g.xn--zckzah', protocol: 'https' });
  });

  test('hostname limits', () => {
    const label63 = 'a'.repeat(63);
    expect(ok(`${label63}.example.com:80`).host).toBe(`${label63}.example.com`);
    const long = `${label63}.${label63}.${label63}.${'a'.repeat(57)}.com`; // 253
    expect(long.length).toBe(253);
    expect(ok(`${long}:80`).host).toBe(long);
    expect(ok('a-b.c-d.example:80').host).toBe('a-b.c-d.example');
    expect(ok('localhost:8080').host).toBe('localhost');
    expect(ok('1e100.net:80').host).toBe('1e100.net');
  });
});

describe('parseTarget: IP literals in every notation', () => {
  test.each([
    ['127.0.0.1', '127.0.0.1'],
    ['2130706433', '127.0.0.1'],
    ['0x7f000001', '127.0.0.1'],
    ['0X7F000001', '127.0.0.1'],
    ['0x7f.0.0.1', '127.0.0.1'],
    ['0x7f.0x0.0x0.0x1', '127.0.0.1'],
    ['0177.0.0.1', '127.0.0.1'],
    ['0177.0000.0000.0001', '127.0.0.1'],
    ['017700000001', '127.0.0.1'],
    ['127.1', '127.0.0.1'],
    ['127.0.1', '127.0.0.1'],
    ['127.0.0.1.', '127.0.0.1'],
    ['0', '0.0.0.0'],
    ['0x', '0.0.0.0'],
    ['10.1', '10.0.0.1'],
    ['192.168.257', '192.168.1.1'],
    ['3232235777', '192.168.1.1'],
    ['4294967295', '255.255.255.255'],
    ['1.1.1.1', '1.1.1.1'],
    ['１２７.０.０.１', '127.0.0.1'],
    ['127。0。0。1', '127.0.0.1'],
  ])('IPv4 %s → %s', (input, canonical) => {
    const t = ok(`${input}:8080`);
    expect(t).toMatchObject({ host: canonical, displayHost: canonical, isIp: true, port: 8080 });
    expect(ok(input)).toMatchObject({ host: canonical, isIp: true, port: 80, portAssumed: true });
    expect(ok(`http://${input}:8080/x`)).toMatchObject({ host: canonical, display: `http://${canonical}:8080/x` });
  });

  test.each([
    ['::1', '::1'],
    ['0:0:0:0:0:0:0:1', '::1'],
    ['0000:0000:0000:0000:0000:0000:0000:0001', '::1'],
    ['2001:DB8::1', '2001:db8::1'],
    ['2001:0db8:0000:0000:0000:0000:0000:0001', '2001:db8::1'],
    ['2001:db8:0:0:1:0:0:1', '2001:db8::1:0:0:1'],
    ['fe80::1', 'fe80::1'],
    ['2606:4700:4700::1111', '2606:4700:4700::1111'],
    ['::', '::'],
    ['::127.0.0.1', '::7f00:1'],
    ['64:ff9b::10.0.0.1', '64:ff9b::a00:1'],
  ])('IPv6 %s → %s', (input, canonical) => {
    expect(ok(input)).toMatchObject({ host: canonical, displayHost: canonical, isIp: true, port: 80, portAssumed: true });
    expect(ok(`[${input}]:8443`)).toMatchObject({ host: canonical, port: 8443, protocol: 'https', display: `https://[${canonical}]:8443` });
    expect(ok(`http://[${input}]:25461/player_api.php`)).toMatchObject({ host: canonical, protocol: 'xtream', display: `http://[${canonical}]:25461/player_api.php` });
    expect(ok(`[${input}]:22`).display).toBe(`[${canonical}]:22`);
  });

  test.each([
    ['::ffff:127.0.0.1', '127.0.0.1'],
    ['::ffff:7f00:1', '127.0.0.1'],
    ['0:0:0:0:0:ffff:7f00:0001', '127.0.0.1'],
    ['::FFFF:10.0.0.1', '10.0.0.1'],
    ['::ffff:a9fe:a9fe', '169.254.169.254'],
  ])('IPv4-mapped %s → the IPv4 address %s', (input, canonical) => {
    expect(ok(input)).toMatchObject({ host: canonical, isIp: true });
    expect(ok(`[${input}]:8080`)).toMatchObject({ host: canonical, port: 8080, display: `http://${canonical}:8080` });
  });
});

describe('parseTarget: refused input, with sentences that say what to do', () => {
  test.each([
    ['', 'Give a server to check, like play.example.net:8080 or https://example.com.'],
    ['   ', 'Give a server to check, like play.example.net:8080 or https://example.com.'],
    ['<>', 'Give a server to check, like play.example.net:8080 or https://example.com.'],
    ['example.com:99999', 'Port must be 1–65535, got 99999.'],
    ['example.com:0', 'Port must be 1–65535, got 0.'],
    ['example.com:65536', 'Port must be 1–65535, got 65536.'],
    ['example.com:123456789012345678901234', 'Port must be 1–65535, got 123456789012….'],
    ['example.com:abc', "Port must be a number 1–65535, got 'abc'."],
    ['example.com:-1', "Port must be a number 1–65535, got '-1'."],
    ['example.com:', "The port is missing after ':'. Give it as host:port, e.g. play.example.net:8080."],
    [':8080', 'The host is missing. Give it as host:port, e.g. play.example.net:8080.'],
    ['http://:8080/', 'The host is missing. Give it as host:port, e.g. play.example.net:8080.'],
    ['ftp://example.com', "ftp:// links can't be checked. Use an http:// or https:// link, or host:port for anything else, e.g. play.example.net:8080."],
    ['file:///etc/passwd', "file:// links can't be checked. Use an http:// or https:// link, or host:port for anything else, e.g. play.example.net:8080."],
    ['rtmp://example.com/live', "rtmp:// links can't be checked. Use an http:// or https:// link, or host:port for anything else, e.g. play.example.net:8080."],
    ['ws://example.com', "ws:// links can't be checked. Use an http:// or https:// link, or host:port for anything else, e.g. play.example.net:8080."],
    ['javascript:alert(1)', "javascript: links can't be checked. Give host:port or an http(s):// link, e.g. play.example.net:8080."],
    ['data:text/html,hi', "data: links can't be checked. Give host:port or an http(s):// link, e.g. play.example.net:8080."],
    ['mailto:someone@example.com', "mailto: links can't be checked. Give host:port or an http(s):// link, e.g. play.example.net:8080."],
    ['exa mple.com', "A server address can't contain spaces or control characters. Paste just host:port, e.g. play.example.net:8080."],
    ['example.com\n:80', "A server address can't contain spaces or control characters. Paste just host:port, e.g. play.example.net:8080."],
    ['ex_ample.com:80', "'ex_ample.com' isn't a valid hostname: use only letters, digits, hyphens and dots, e.g. play.example.net:8080."],
    ['exa$mple.com', "'exa$mple.com' isn't a valid hostname: use only letters, digits, hyphens and dots, e.g. play.example.net:8080."],
    ['-example.com', "'-example.com' isn't a valid hostname: parts can't start or end with a hyphen."],
    ['example-.com', "'example-.com' isn't a valid hostname: parts can't start or end with a hyphen."],
    ['example..com', "'example..com' isn't a valid hostname: it has an empty part (two dots in a row, or a leading dot)."],
    ['.example.com', "'.example.com' isn't a valid hostname: it has an empty part (two dots in a row, or a leading dot)."],
    ['example.123', "'example.123' isn't valid: a hostname can't end in a number. Give a domain name or a complete IP address."],
    ['1.2.3.4.5', "'1.2.3.4.5' isn't a valid IPv4 address: it has more than four parts."],
    ['1.2.3.256', "'1.2.3.256' isn't a valid IPv4 address: a number is out of range."],
    ['256.1.1.1', "'256.1.1.1' isn't a valid IPv4 address: each part must be 0–255."],
    ['4294967296', "'4294967296' isn't a valid IPv4 address: a number is out of range."],
    ['09.1.1.1', "'09.1.1.1' isn't a valid IPv4 address: a part starting with 0 is octal and may only use the digits 0–7."],
    ['ex%41mple.com', "'ex%41mple.com' isn't a valid hostname: it contains %. Give a plain hostname or IP address, e.g. play.example.net:8080."],
    ['http://evil.example\\@good.example/', "A server address can't contain backslashes. Use '/' in links, e.g. play.example.net:8080."],
    ['[::1', "The IPv6 address is missing its closing ']'. Write it like [2001:db8::1]:443."],
    ['[]:80', 'The brackets are empty: put an IPv6 address in them, like [2001:db8::1]:443.'],
    ['[::1]x', "Expected ':port' after the ']' of the IPv6 address. Write it like [2001:db8::1]:443."],
    ['[::1]:99999', 'Port must be 1–65535, got 99999.'],
    ['[gggg::1]:80', "'[gggg::1]' isn't a valid IPv6 address. Write it like [2001:db8::1]:443."],
    ['[1.2.3.4]:80', "'[1.2.3.4]' isn't a valid IPv6 address. Write it like [2001:db8::1]:443."],
    ['[fe80::1%eth0]:80', "IPv6 zone ids (the %… part of '[fe80::1%eth0]') can't be checked; give a global address."],
    ['fe80::1%eth0', "IPv6 zone ids (the %… part of 'fe80::1%eth0') can't be checked; give a global address."],
    ['2001:db8::1::2:80', 'Put an IPv6 address in brackets with the port after it, like [2001:db8::1]:443.'],
    ['http://2001:db8::1/', 'Put an IPv6 address in brackets with the port after it, like [2001:db8::1]:443.'],
    ['xn--zz.example', "'xn--zz.example' isn't a valid international domain name. Check the spelling."],
  ])('%j', (input, message) => {
    expect(err(input)).toBe(message);
  });

  test('length limits', () => {
    expect(err('a'.repeat(2049))).toBe("That's too long to be a server address (2049 characters; the limit is 2048). Paste just host:port, e.g. play.example.net:8080.");
    expect(err(`${'a'.repeat(64)}.com`)).toMatch(/at most 63 characters/);
    const long = `${'a'.repeat(63)}.${'a'.repeat(63)}.${'a'.repeat(63)}.${'a'.repeat(58)}.com`; // 254
    expect(err(long)).toBe("That hostname is 254 characters long; the limit is 253. Check what you pasted.");
  });
});

describe('parseTarget: credentials never survive', () => {
  const SECRET = 'Sup3rS3cretPw';
  const USER = 'alice_the_user';

  function expectClean(result: ReturnType<typeof parseTarget>) {
    const json = JSON.stringify(result);
    expect(json).not.toContain(SECRET);
    expect(json).not.toContain(USER);
    expect(json).not.toContain(encodeURIComponent(SECRET));
  }

  test('userinfo', () => {
    const r = parseTarget(`http://${USER}:${SECRET}@panel.example.net:8080/`);
    expectClean(r);
    expect(r).toMatchObject({ ok: true, target: { host: 'panel.example.net', port: 8080, hadCredentials: true, display: 'http://panel.example.net:8080' } });
    const bare = parseTarget(`${USER}:${SECRET}@panel.example.net:25461`);
    expectClean(bare);
    expect(bare).toMatchObject({ ok: true, target: { host: 'panel.example.net', port: 25461, hadCredentials: true } });
    const userOnly = parseTarget(`https://${USER}@example.com`);
    expectClean(userOnly);
    expect(userOnly).toMatchObject({ ok: true, target: { hadCredentials: true } });
  });

  test('Xtream player_api.php and get.php query credentials', () => {
    const r = parseTarget(`http://panel.example.net:8080/player_api.php?username=${USER}&password=${SECRET}&action=get_live_categories`);
    expectClean(r);
    expect(r).toEqual({
      ok: true,
      target: {
        host: 'panel.example.net',
        displayHost: 'panel.example.net',
        port: 8080,
        portAssumed: false,
        protocol: 'xtream',
        path: '/player_api.php?action=get_live_categories',
        isIp: false,
        hadCredentials: true,
        display: 'http://panel.example.net:8080/player_api.php?username=…&password=…&action=get_live_categories',
        tls: false,
      },
    });
    const m3u = parseTarget(`panel.example.net:25461/get.php?USERNAME=${USER}&PassWord=${SECRET}&type=m3u_plus&output=ts`);
    expectClean(m3u);
    expect(m3u).toMatchObject({ ok: true, target: { protocol: 'xtream', path: '/get.php?type=m3u_plus&output=ts', hadCredentials: true } });
  });

  test.each(['username', 'password', 'pass', 'pwd', 'user', 'token', 'api_key', 'key', 'auth', 'Token', 'API_KEY', 'pass%77ord'])('query key %s', (key) => {
    const r = parseTarget(`https://example.com/x?a=1&${key}=${SECRET}&b=2`);
    expectClean(r);
    expect(r).toMatchObject({ ok: true, target: { path: '/x?a=1&b=2', hadCredentials: true, display: `https://example.com/x?a=1&${key}=…&b=2` } });
  });

  test('percent-encoded secrets are removed as well', () => {
    const r = parseTarget(`https://example.com/x?password=${encodeURIComponent('p@ss/w0rd ' + SECRET)}`);
    expectClean(r);
    expect(r).toMatchObject({ ok: true, target: { path: '/x', hadCredentials: true } });
  });

  test.each(['live', 'movie', 'series', 'timeshift', 'LIVE'])('/%s/USER/PASS/… stream links', (prefix) => {
    const r = parseTarget(`http://panel.example.net:8080/${prefix}/${USER}/${SECRET}/12345.ts`);
    expectClean(r);
    expect(r).toMatchObject({
      ok: true,
      target: { protocol: 'xtream', path: '/player_api.php', hadCredentials: true, display: `http://panel.example.net:8080/${prefix}/…/…/12345.ts` },
    });
  });

  test('short /USER/PASS/ID stream links', () => {
    const r = parseTarget(`http://panel.example.net:8080/${USER}/${SECRET}/12345`);
    expectClean(r);
    expect(r).toMatchObject({ ok: true, target: { protocol: 'http', path: '/', hadCredentials: true, display: 'http://panel.example.net:8080/…/…/12345' } });
  });

  test('no credentials: hadCredentials is false and the path is unchanged', () => {
    expect(ok('http://example.com/live/channels')).toMatchObject({ hadCredentials: false, path: '/live/channels' });
    expect(ok('http://example.com/a?x=1&keyword=2')).toMatchObject({ hadCredentials: false, path: '/a?x=1&keyword=2' });
  });

  test('errors never echo anything that could be a credential', () => {
    // A password with '/' ends the authority early; the "port" is then part of the password.
    const slash = parseTarget(`http://${USER}:${SECRET}/x@panel.example.net/`);
    expectClean(slash);
    expect(slash).toMatchObject({ ok: true, target: { host: 'panel.example.net', hadCredentials: true, path: '/' } });
    const digits = parseTarget('http://bob:12/345@panel.example.net:8080/x');
    expect(JSON.stringify(digits)).not.toMatch(/bob|12\/345/);
    expect(digits).toMatchObject({ ok: true, target: { host: 'panel.example.net', port: 8080, hadCredentials: true, path: '/x' } });
    // Not userinfo: an '@' path segment on an ordinary site.
    expect(ok('https://social.example:8443/@someone')).toMatchObject({ host: 'social.example', path: '/@someone', hadCredentials: false });
    // When the port itself would be a piece of the password, it is not repeated.
    const portish = parseTarget('http://bob:12x/345@/');
    expect(portish).toEqual({ ok: false, problem: { code: 'port-not-number', subject: 'value' } });
    expect(err('http://bob:12x/345@/')).toBe('Port must be a number 1–65535, got something else.');
    const badHost = parseTarget(`http://${USER}:${SECRET}@bad_host.example.com/`);
    expectClean(badHost);
    // Nothing from the authority of a link with an '@' is quoted, not even the host.
    expect(badHost).toEqual({ ok: false, problem: { code: 'host-characters', subject: 'host' } });
    expect(err(`http://${USER}:${SECRET}@bad_host.example.com/`)).toBe("The host isn't a valid hostname: use only letters, digits, hyphens and dots, e.g. play.example.net:8080.");
    const badPort = parseTarget(`http://${USER}:${SECRET}@example.com:99999/?password=${SECRET}`);
    expectClean(badPort);
    expect(badPort).toEqual({ ok: false, problem: { code: 'port-range', value: '99999' } });
    expect(err(`http://${USER}:${SECRET}@example.com:99999/?password=${SECRET}`)).toBe('Port must be 1–65535, got 99999.');
    const badScheme = parseTarget(`ftp://${USER}:${SECRET}@example.com/`);
    expectClean(badScheme);
    const spaces = parseTarget(`http://example.com/?password=${SECRET} extra`);
    expectClean(spaces);
  });
});

describe('credential helpers', () => {
  test('stripQueryCredentials', () => {
    expect(stripQueryCredentials('a=1&password=x&b&token=&key')).toEqual({ probe: 'a=1&b', display: 'a=1&password=…&b&token=…&key', removed: true });
    expect(stripQueryCredentials('')).toEqual({ probe: '', display: '', removed: false });
  });

  test('stripPathCredentials', () => {
    expect(stripPathCredentials('/movie/u/p/9.mkv')).toEqual({ probe: '/', display: '/movie/…/…/9.mkv', removed: true, stream: 'prefixed' });
    expect(stripPathCredentials('/live/u/p/')).toMatchObject({ removed: true });
    expect(stripPathCredentials('/live/u')).toMatchObject({ removed: false, probe: '/live/u' });
    expect(stripPathCredentials('/a/b/c')).toMatchObject({ removed: false });
  });

  test.each([
    ['see http://bob:hunter2@panel.example.net:8080/ now', 'hunter2', 'bob'],
    ['bob:hunter2@panel.example.net:8080', 'hunter2', 'bob'],
    ['http://x.example/player_api.php?username=bob&password=hunter2', 'hunter2', 'bob'],
    ['http://x.example:8080/live/bob/hunter2/1.ts', 'hunter2', 'bob'],
    ['http://x.example:8080/bob/hunter2/12345', 'hunter2', 'bob'],
    ['token=hunter2 and api_key = hunter3', 'hunter2', 'hunter3'],
    ['Error: GET /get.php?USER=bob&PWD=hunter2 failed', 'hunter2', 'bob'],
  ])('scrubCredentials(%j)', (text, secret1, secret2) => {
    const out = scrubCredentials(text);
    expect(out).not.toContain(secret1);
    expect(out).not.toContain(secret2);
  });

  test('scrubCredentials keeps ordinary text', () => {
    expect(scrubCredentials('play.example.net:8080 refused (ECONNREFUSED)')).toBe('play.example.net:8080 refused (ECONNREFUSED)');
    expect(scrubCredentials('http://example.com/live/channels')).toBe('http://example.com/live/channels');
  });
});
