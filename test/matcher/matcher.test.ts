import { join } from 'node:path';
import { createKnowledgeBase, defaultKnowledgeDir, loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { Article, KnowledgeBase } from '../../src/knowledge/types';
import { extract } from '../../src/matcher/extract';
import { PATHOLOGICAL_TEXTS } from './pathological';
import { match, MAX_INPUT, scoreText } from '../../src/matcher/match';
import { knownServices, serviceForPort } from '../../src/matcher/ports';
import { normalizePattern, subWords, tokenize, withinOneEdit } from '../../src/matcher/tokenize';

let real: KnowledgeBase;
let fixture: KnowledgeBase;
beforeAll(() => {
  const r = loadKnowledgeBaseSync(defaultKnowledgeDir());
  const f = loadKnowledgeBaseSync(join(__dirname, '..', 'knowledge', 'fixtures', 'valid'));
  if (!('kb' in r) || !('kb' in f)) throw new Error('knowledge base does not load');
  real = r.kb;
  fixture = f.kb;
});

const ctx = (text: string) => extract(text, tokenize(text));
const codes = (text: string) => ctx(text).codes.map((c) => c.key);
const top = (text: string, kb = real) => match(text, kb).match?.id ?? null;

describe('tokenize', () => {
  it('folds case and diacritics, keeps codes whole, splits CJK into lexicon words or characters, drops inner apostrophes', () => {
    expect(tokenize('ERR_CONNECTION_REFUSED Connexion REFUSÉE').tokens.map((t) => t.text)).toEqual(['err_connection_refused', 'connexion', 'refusee']);
    expect(tokenize('This site can’t be reached').tokens.map((t) => t.text)).toEqual(['this', 'site', 'cant', 'be', 'reached']);
    // 连接 (connection) and 拒绝 (refused) are lexicon words; 被 is not, so it stays a character.
    expect(tokenize('连接被拒绝 abc').tokens.map((t) => t.text)).toEqual(['连接', '被', '拒绝', 'abc']);
    expect(tokenize('天气很好').tokens.map((t) => t.text)).toEqual(['天', '气', '很', '好']);
    // After one letter an apostrophe ends an elided article; after more it is dropped.
    expect(tokenize("l'hôte d'accès can't").tokens.map((t) => t.text)).toEqual(['l', 'hote', 'd', 'acces', 'cant']);
    expect(tokenize('连接被拒绝').tokens.map((t) => [t.start, t.end])).toEqual([[0, 2], [2, 3], [3, 5]]);
    expect(tokenize('В соединении отказано').tokens.map((t) => t.text)).toEqual(['в', 'соединении', 'отказано']);
    expect(normalizePattern("  Couldn't   RESOLVE host ")).toBe('couldnt resolve host');
  });
  it('splits identifiers into sub-words', () => {
    expect(subWords('downloadM3U')).toEqual(['download', 'm3u']);
    expect(subWords('HTTPError')).toEqual(['http', 'error']);
    expect(subWords('plain')).toEqual([]);
  });
  it('accepts one edit, including a swap', () => {
    expect(withinOneEdit('connect', 'conenct')).toBe(true);
    expect(withinOneEdit('refused', 'refsued')).toBe(true);
    expect(withinOneEdit('resolve', 'reslove')).toBe(true);
    expect(withinOneEdit('refused', 'refuse')).toBe(true);
    expect(withinOneEdit('refused', 'reused!')).toBe(false);
  });
});

describe('extraction', () => {
  it('finds errno in its usual spellings', () => {
    expect(codes('[Errno 111] Connection refused')).toContain('errno:111');
    expect(codes("ConnectionResetError(104, 'Connection reset by peer')")).toContain('errno:104');
    expect(codes("Can't connect to MySQL server on '10.0.0.1' (113)")).toContain('errno:113');
    expect(codes('errno: -111, code: ECONNREFUSED')).toContain('errno:111');
    expect(codes('socket.gaierror: [Errno -3] Temporary failure')).toContain('errno:-3');
    expect(ctx('[Errno 111] x').codes.find((c) => c.key === 'errno:111')!.implies).toBe('econnrefused');
  });
  it('finds winsock codes', () => {
    expect(codes('[WinError 10061] No connection could be made')).toContain('winsock:10061');
    expect(codes("error(10054, 'An existing connection was forcibly closed')")).toContain('winsock:10054');
  });
  it('finds curl exit codes', () => {
    expect(codes('curl: (7) Failed to connect')).toEqual(['curl:7']);
    expect(codes('curl:(28) Operation timed out')).toContain('curl:28');
    expect(codes('cURL error 60: SSL certificate problem')).toContain('curl:60');
    // curl's "(60)" is its exit code, not errno 60 (ETIMEDOUT on macOS).
    expect(codes('curl: (60) SSL certificate problem: certificate has expired')).toEqual(['curl:60']);
    expect(ctx('curl: (6) Could not resolve host').context).toMatchObject({ exitCode: 6, tool: 'curl' });
  });
  it('finds HTTP statuses in many shapes', () => {
    expect(codes('Request failed with status code 404')).toContain('http:404');
    expect(codes('HTTP/1.1 503 Service Unavailable')).toContain('http:503');
    expect(codes('HTTP/2 429')).toContain('http:429');
    expect(codes('<title>502 Bad Gateway</title>')).toContain('http:502');
    expect(codes('401 Client Error: Unauthorized for url')).toContain('http:401');
    expect(codes('Error code: 429 - rate limited')).toContain('http:429');
    expect(codes('The requested URL returned error: 403')).toContain('http:403');
    expect(ctx('HTTP Error 404: Not Found').context.httpStatus).toBe(404);
  });
  it('does not take database error numbers, line numbers or sizes for HTTP statuses', () => {
    expect(codes('ERROR 2003 (HY000): Can\'t connect')).toEqual([]);
    expect(codes('at main.js:404:12')).toEqual([]);
    expect(codes('Downloaded 404 files')).toEqual([]);
  });
  it('extracts host, port, tool and service', () => {
    expect(ctx('connect ECONNREFUSED 127.0.0.1:5432').context).toMatchObject({ host: '127.0.0.1', port: 5432, service: { port: 5432, name: 'PostgreSQL' } });
    expect(ctx('ssh: connect to host git.example.org port 22: Connection timed out').context).toMatchObject({ host: 'git.example.org', port: 22, tool: 'ssh' });
    expect(ctx("fatal: unable to access 'https://github.com/a/b/': Could not resolve host: github.com").context).toMatchObject({ host: 'github.com', tool: 'git' });
    expect(ctx('connect EHOSTUNREACH 10.0.0.9:22 - Local (10.0.0.2:50000)').context).toMatchObject({ host: '10.0.0.9', port: 22 });
    // A bracketed address with a port is a host when it has two colons or more (IPv6), not otherwise.
    expect(ctx('connect ECONNREFUSED [2001:db8::1]:443').context).toMatchObject({ host: '2001:db8::1', port: 443 });
    expect(ctx('worker[42] connect ECONNREFUSED [1:2:3]:8080').context).toMatchObject({ host: '1:2:3', port: 8080 });
    expect(ctx('worker[42]:8080 refused').context.host).toBeUndefined();
    expect(ctx('x [a:b]:80 refused').context.host).toBeUndefined();
    expect(ctx('java.net.UnknownHostException: api.example.com\n\tat java.net.InetAddress.getAllByName(InetAddress.java:1281)').context).toMatchObject({ host: 'api.example.com', tool: 'java' });
    expect(ctx('at Object.fetch (node:internal/deps/undici/undici:11522:11)').context.host).toBeUndefined();
    expect(ctx('ERR_CONNECTION_REFUSED').context.tool).toBe('browser');
    expect(ctx('Error [ERR_TLS_CERT_ALTNAME_INVALID]').context.tool).toBeUndefined();
    expect(ctx('psql: error: connection failed').context.service).toEqual({ port: 5432, name: 'PostgreSQL' });
  });
  it('finds the same host whether the text is searched (by its dots and "localhost") or scanned', () => {
    const cases: [string, string | undefined, number | undefined][] = [
      ['Could not connect to LocalHost:5432 (refused)', 'localhost', 5432],
      ['connect to host .LOCALHOST. port 22', 'localhost', 22],
      ['mylocalhost:80 and localhostx:81 are no hosts', undefined, undefined],
      ['worker[42] id=7f3a\nERROR connect ECONNREFUSED db.internal.example.com:6379', 'db.internal.example.com', 6379],
      ['path /usr/lib/libfoo.so.1 and obj.method() but no host', undefined, undefined],
      ['connect to 192.168.1.20:8080 failed', '192.168.1.20', 8080],
      ['connect to 10.0.0.300:80 or 1.2.3.4.5:81 or 01.2.3.4567:82 failed', undefined, undefined],
    ];
    for (const [text, host, port] of cases) {
      // ASCII (searched in its folded text), other text lower-cased to the same length (searched),
      // and text whose lower case is longer ("İ" → "i̇": scanned character by character).
      for (const variant of [text, `${text} — échec \u212a`, `İstanbul: ${text}`]) {
        const found = ctx(variant).context;
        expect([variant, found.host, found.port]).toEqual([variant, host, port]);
      }
    }
  });
  it('reads camelCase and snake_case failure words alike in ASCII text (from its tokens) and in other text', () => {
    const evidenceOf = (text: string) => JSON.stringify(match(text, real).match?.evidence ?? null);
    for (const text of ['urllib3 raised ConnectionResetError while reading', 'socket readTimeoutException after 30s', "client can'tConnectError x_ERR_timeout"]) {
      expect(evidenceOf(`${text} ü`)).toBe(evidenceOf(text));
    }
    expect(JSON.stringify(match('urllib3 raised ConnectionResetError while reading', real).match?.evidence)).toContain('reset');
  });
  it('knows common ports', () => {
    expect(serviceForPort(3306)?.name).toBe('MySQL');
    expect(serviceForPort(5432)?.name).toBe('PostgreSQL');
    expect(serviceForPort(4242)).toBeUndefined();
    // The table is data only (port → service); the words are the renderer's (render/port-words.ts).
    for (const service of knownServices()) expect(Object.keys(service).sort()).toEqual(['name', 'port']);
  });
});

describe('scoring', () => {
  it('prefers a code over weak keywords, and reports evidence', () => {
    const r = match('Error: connect ECONNREFUSED 10.0.0.1:80', real);
    expect(r.match).toMatchObject({ id: 'connection-refused' });
    expect(r.match!.evidence).toContainEqual({ kind: 'code', code: 'ECONNREFUSED', fuzzy: false });
    expect(r.confident).toBe(true);
    expect(r.match!.confidence).toBeGreaterThan(0.6);
    expect(r.match!.confidence).toBeLessThanOrEqual(1);
  });
  it('maps numeric codes to the article that lists their symbolic name', () => {
    const kb = createKnowledgeBase([art('only-symbolic', ['ECONNRESET'], [])], []);
    expect(match('OSError: [Errno 104] something', kb).match?.evidence).toContainEqual({ kind: 'typed', key: 'errno:104', means: 'ECONNRESET' });
  });
  it('gives unclaimed HTTP statuses to the article owning the class', () => {
    const kb = createKnowledgeBase([art('server-errors', ['http:500', 'http:502'], []), art('client', ['http:404'], [])], []);
    expect(match('HTTP/1.1 507 Insufficient Storage', kb).match?.id).toBe('server-errors');
  });
  it('tolerates typos and an extra word', () => {
    expect(top('Error: conect ECONNREFUSD 127.0.0.1:5432')).toBe('connection-refused');
    expect(top('curl: could not reslove host: example.com')).toBe('dns-failure');
    expect(top('Could not resolve the host github.com')).toBe('dns-failure');
    expect(top('Temporary failure in name resoltuion')).toBe('dns-failure');
  });
  it('reads other languages', () => {
    expect(top('Nom ou service inconnu', fixture)).toBe('name-lookup');
    expect(top('curl: (7) Failed to connect: Verbindung abgelehnt')).toBe('connection-refused');
    expect(top('连接超时')).toBe('connection-timeout');
    expect(top('Время ожидания соединения истекло')).toBe('connection-timeout');
  });
  it('does not give confident network answers to programming errors', () => {
    for (const text of [
      "TypeError: Cannot read properties of undefined (reading 'map')",
      'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree',
      'SyntaxError: Unexpected end of JSON input',
      'Error: EACCES: permission denied, open /etc/hosts',
      'hello, how do I change my avatar?',
      '',
    ]) {
      const r = match(text, real);
      expect(r.confident).toBe(false);
    }
  });
  it('knows EADDRINUSE only because an article covers it', () => {
    expect(top('Error: listen EADDRINUSE: address already in use :::3000')).toBe('address-in-use');
    expect(match('Error: listen EADDRINUSE: address already in use :::3000', fixture).confident).toBe(false);
  });
  it('returns at most three alternatives and suggestions', () => {
    const r = match('connection refused timed out reset by peer no route to host', real);
    expect(r.alternatives.length).toBeLessThanOrEqual(3);
    const weak = match('the connection broke', real);
    expect(weak.match === null || !weak.confident).toBe(true);
    expect(weak.alternatives.length).toBeLessThanOrEqual(3);
  });
});

describe('long and hostile inputs', () => {
  it('only reads the first 4000 characters', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(200);
    expect(top(`ECONNRESET ${filler}`)).toBe('connection-reset');
    expect(top(`${filler}${filler} ECONNRESET`)).toBeNull();
    expect(MAX_INPUT).toBe(4000);
  });
  it('answers pathological text without a confident match or an exception (its time is in npm run bench)', () => {
    for (const text of PATHOLOGICAL_TEXTS) {
      const r = match(text, real);
      expect(r.confident).toBe(false);
    }
  });
  it('exposes raw scores for tuning', () => {
    const s = scoreText('ECONNREFUSED', real);
    expect(s.scored[0]!.score).toBeGreaterThan(0);
  });
});

function art(id: string, codes: string[], phrases: string[]): Article {
  return {
    id,
    title: id,
    summary: id,
    category: 'connection',
    codes,
    phrases,
    related: [],
    file: `${id}.md`,
    sections: { meaning: 'm', causes: { server: ['s'], client: ['c'] }, fix: ['f'], test: { windows: 'w', macos: 'm', linux: 'l' } },
  };
}
