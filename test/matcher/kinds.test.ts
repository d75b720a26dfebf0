/**
 * Kinds of input the matcher generalises over (issue 8), each with examples written for this
 * test (not taken from the evaluation corpus): the same meaning in other words, short chat
 * phrasings, logins that are not HTTP, frames that move a connection failure to the leg it
 * happened on, codes that libraries use for two failures, localised system messages, and text
 * that is not an error report (questions, setting names, clauses read apart).
 */
import { loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { isLoginPhrase } from '../../src/matcher/code-tables';
import { match } from '../../src/matcher/match';
import { patternTokens } from '../../src/matcher/tokenize';

let kb: KnowledgeBase;
beforeAll(() => {
  const r = loadKnowledgeBaseSync();
  if (!('kb' in r)) throw new Error('knowledge base does not load');
  kb = r.kb;
});

const top = (text: string) => match(text, kb).match?.id ?? null;
const cases = (list: [string, string][]) => list.map(([text, id]) => ({ text, id }));

describe('logins that are not HTTP go to the service the text is about', () => {
  it.each(
    cases([
      ['SMTP Error: Could not authenticate.', 'auth-failed'],
      ['redis.exceptions.AuthenticationError: Authentication required.', 'auth-failed'],
      ['ldap_bind: Invalid credentials (49)', 'auth-failed'],
      ['Response: 530 Login authentication failed', 'auth-failed'],
      ['paramiko.ssh_exception.AuthenticationException: Authentication failed.', 'ssh-auth'],
      ['com.jcraft.jsch.JSchException: Auth fail', 'ssh-auth'],
      ['IPTV Smarters: Invalid username or password', 'iptv-account'],
      ['XCIPTV: Invalid user or password', 'iptv-account'],
      ['tivimate: Anmeldung fehlgeschlagen', 'iptv-account'],
      ['remote: Invalid username or password.\nfatal: Authentication failed for https://git.example.org/team/app.git/', 'http-forbidden'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it('a login phrase is made of login words with at least one head word', () => {
    expect(isLoginPhrase(patternTokens('Invalid username or password'))).toBe(true);
    expect(isLoginPhrase(patternTokens('Falha no login'))).toBe(true);
    expect(isLoginPhrase(patternTokens('Proxy Authentication Required'))).toBe(false);
    expect(isLoginPhrase(patternTokens('Permission denied (publickey)'))).toBe(false);
    expect(isLoginPhrase(patternTokens('invalid request'))).toBe(false);
  });
});

describe('frames: a connection failure on a proxy or resolver line happened on that leg', () => {
  it.each(
    cases([
      ['[proxy:error] [pid 7:tid 9] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:9000 (127.0.0.1) failed', 'http-5xx'],
      ['[proxy:error] (110)Connection timed out: AH00957: HTTP: attempt to connect to 10.1.1.5:8081 (10.1.1.5) failed', 'http-5xx'],
      ['2025/01/02 03:04:05 [error] 9#9: *12 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.3', 'http-5xx'],
      ['dial tcp: lookup git.example.org on 10.0.0.1:53: read udp 10.0.0.7:40001->10.0.0.1:53: i/o timeout', 'dns-failure'],
      ['Error: queryTxt ETIMEOUT cluster7.example.mongodb.net', 'dns-failure'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it('a frame word on another line moves nothing', () => {
    expect(top('Resolving files.example.org (files.example.org)... 203.0.113.4\nConnecting to files.example.org (files.example.org)|203.0.113.4|:443... failed: Connection timed out.')).toBe('connection-timeout');
  });
});

describe('codes that a library also uses for another failure are weak', () => {
  it('axios reports its own timeouts as ECONNABORTED', () => {
    expect(top("AxiosError: timeout of 8000ms exceeded\n  code: 'ECONNABORTED'")).toBe('connection-timeout');
  });
  it('alone, ECONNABORTED still names its article', () => {
    expect(top('ECONNABORTED')).toBe('connection-reset');
  });
});

describe('the same meaning in other words, and short phrasings', () => {
  it.each(
    cases([
      ['Server is not responding.', 'connection-timeout'],
      ["Safari can't open the page because the server where this page is located isn't responding.", 'connection-timeout'],
      ['curl: (7) Failed to connect to 203.0.113.20 port 8443 after 21010 ms: Timed out', 'connection-timeout'],
      ['System.Threading.Tasks.TaskCanceledException: The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.', 'connection-timeout'],
      ['TLS key negotiation failed to occur within 60 seconds (check your network connectivity)', 'connection-timeout'],
      ['the connection to db.example.com:5432 was refused', 'connection-refused'],
      ['Could not open connection to the host, on port 23: Connect failed', 'connection-refused'],
      ["aiohttp.client_exceptions.ClientConnectorError: Cannot connect to host localhost:8000 ssl:default [Connect call failed ('127.0.0.1', 8000)]", 'connection-refused'],
      ['fetch-pack: unexpected disconnect while reading sideband packet', 'connection-reset'],
      ['Ping request could not find host files.local. Please check the name and try again.', 'dns-failure'],
      ['dns lookup failed', 'dns-failure'],
      ['Port 5173 is already in use', 'address-in-use'],
      ['SSL certificate expired', 'tls-certificate'],
      ['The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.', 'tls-certificate'],
      ['javax.net.ssl.SSLException: Unrecognized SSL message, plaintext connection?', 'tls-protocol'],
      ['The underlying connection was closed: An unexpected error occurred on a send.', 'tls-protocol'],
      ['error: RPC failed; curl 35 OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to git.example.org:443', 'tls-protocol'],
      ['sign_and_send_pubkey: no mutual signature supported', 'ssh-auth'],
      ['epg not loading since yesterday', 'iptv-playlist'],
      ['Jellyfin: Error parsing M3U playlist', 'iptv-playlist'],
      ['javax.net.ssl.SSLHandshakeException: Chain validation failed', 'tls-certificate'],
      ['EOFError: end of file reached', 'connection-reset'],
      ['WARNING: POSSIBLE DNS SPOOFING DETECTED!', 'ssh-auth'],
      ['502 Proxy Error', 'http-5xx'],
      ['The proxy server received an invalid response from an upstream server.', 'http-5xx'],
      ['error:0A0000C1:SSL routines::no shared cipher', 'tls-protocol'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));
});

describe('localised system messages', () => {
  it.each(
    cases([
      ['Zeitüberschreitung der Anforderung.', 'connection-timeout'],
      ['Tiempo de espera agotado para esta solicitud.', 'connection-timeout'],
      ['Time-out bij opdracht.', 'connection-timeout'],
      ['要求がタイムアウトしました。', 'connection-timeout'],
      ['Risposta da 10.1.1.1: Host di destinazione non raggiungibile.', 'host-unreachable'],
      ['Ping isteği nas.ev ana bilgisayarını bulamadı. Lütfen adı denetleyin ve yeniden deneyin.', 'dns-failure'],
      ['psql: Fehler: FATAL:  Passwort-Authentifizierung für Benutzer »app« fehlgeschlagen', 'auth-failed'],
      ['Sunucuya bağlanılamadı', 'connection-refused'],
      // Chat in other languages: the same meaning in their words.
      ['le serveur ne répond plus depuis ce matin', 'connection-timeout'],
      ['сервер не отвечает уже час', 'connection-timeout'],
      ['no se puede resolver el nombre del host del panel', 'dns-failure'],
      ['无法解析主机名', 'dns-failure'],
      // Typed without the marks: ı and ł fold to i and l.
      ['Sunucuya baglanilamadi', 'connection-refused'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it('"could not connect to the server" in any language only says that it failed: not confident', () => {
    expect(match('No se pudo conectar al servidor', kb).confident).toBe(false);
    expect(match('Sunucuya bağlanılamadı: Bağlantı reddedildi', kb).confident).toBe(true);
  });
});

describe('text that is not an error report gets no confident answer', () => {
  it.each([
    'how do I add a playlist in tivimate',
    'cómo configurar la lista m3u en tivimate?',
    'how do I set the connection timeout in axios',
    'set the connection timeout to 10 seconds in the config',
    'certificate renewed, expires in 90 days',
    'what port does ssh use',
  ])('%s', (text) => expect(match(text, kb).confident).toBe(false));

  it('a question may still name the article it asks about', () => {
    const r = match('keeps saying connection timed out when i join, any idea?', kb);
    expect(r.match?.id).toBe('connection-timeout');
    expect(r.confident).toBe(false);
  });

  it("a tool's message that ends with a question is still a report", () => {
    const r = match('psql: error: connection to server at "localhost" (::1), port 5432 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?', kb);
    expect(r).toMatchObject({ match: { id: 'connection-refused' }, confident: true });
  });

  it('a question with a code in it is about that error', () => {
    expect(match('why do I get ECONNREFUSED 127.0.0.1:5432?', kb)).toMatchObject({ match: { id: 'connection-refused' }, confident: true });
  });

  it('words of the host name are no words of the message', () => {
    const r = match('psql: error: connection to server at "db.internal.example.com" (10.0.0.5), port 5432 failed: Connection refused', kb);
    expect(r.match?.id).toBe('connection-refused');
    expect(r.alternatives.map((a) => a.id)).not.toContain('http-5xx');
  });
});

describe('typos that break a word where its stem ends match the word as written', () => {
  it.each(
    cases([
      // "connecton" is two edits from the stem "connect" but one from "connection".
      ['connecton refused when i try to reach the panel', 'connection-refused'],
      ['ssl handshake faild', 'tls-protocol'],
      ['Connection refued by the host', 'connection-refused'],
      ['name resolution faild for the panel url', 'dns-failure'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it('a word the patterns know is never read as a typo of another', () => {
    // "connected" is a word of its own (stem connect), not a typo of "connection".
    expect(match('connected, loading channels', kb).confident).toBe(false);
  });
});

describe('a phrase that may miss a word never misses the word that says which failure', () => {
  it.each(
    cases([
      // "La connexion a été réinitialisée" and "La connessione è stata reimpostata" are resets.
      ['la connexion a été refusée', 'connection-refused'],
      ['la connessione è stata rifiutata', 'connection-refused'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it('a phrase never matches without its negation, unless the text says it failed in other words', () => {
    expect(top('the playlist loads fine on my phone')).not.toBe('iptv-playlist');
    expect(top('playlist not loading on my phone')).toBe('iptv-playlist');
  });
});

describe('platform messages that say a name did not resolve in other words', () => {
  it.each(
    cases([
      // .NET on Linux reports EAI_AGAIN as SocketError.TryAgain, worded as EAGAIN's strerror.
      ['System.Net.Http.HttpRequestException: Resource temporarily unavailable (api.example.org:443)', 'dns-failure'],
      [' ---> System.Net.Sockets.SocketException (00000001, 11): Resource temporarily unavailable', 'dns-failure'],
      ["Can't resolve hostname", 'dns-failure'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it('EAGAIN outside a socket exception is no DNS failure', () => {
    expect(top('fork: Resource temporarily unavailable')).not.toBe('dns-failure');
  });
});

describe('a setting name is not the error it is named after', () => {
  it('a code-like setting after a setting verb is not confident', () => {
    expect(match('set connect_timeout to 30 in the config file', kb).confident).toBe(false);
  });
});

describe('words of other languages are read like the English word they mean (tables/lexicon.json)', () => {
  it.each(
    cases([
      ['der Server lehnt die Verbindung ab', 'connection-refused'],
      ['отказано в подключении', 'connection-refused'],
      ['no se puede resolver el host', 'dns-failure'],
      ['kan de naam niet omzetten', 'dns-failure'],
      ['tempo di connessione scaduto', 'connection-timeout'],
      ['connexion réinitialisée', 'connection-reset'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it('a word of another language weighs what its English word weighs: English text shows the English phrase', () => {
    const r = match('connection refused', kb);
    expect(r.match?.evidence[0]).toEqual({ kind: 'phrase', phrase: 'connection refused', fuzzy: false });
  });

  it('an inflection is found like a typo, but never by changing the first letter', () => {
    // "establecida" (established) is one letter from "restablecida" (reset).
    expect(match('conexión establecida correctamente', kb).confident).toBe(false);
    expect(match('соединение установлено', kb).confident).toBe(false);
  });

  it('a question in another language about an error is not a report', () => {
    expect(match('comment résoudre le problème de connexion refusée ?', kb).confident).toBe(false);
  });
});

describe('an anchor word of a phrase never goes missing when another word stands in its place', () => {
  it('"Network is unreachable" is not also "Host is unreachable"', () => {
    const r = match('connect: Network is unreachable', kb);
    expect(r).toMatchObject({ match: { id: 'network-unreachable' }, confident: true });
    expect(r.alternatives.map((a) => a.id)).not.toContain('host-unreachable');
  });

  it('a four-letter word with two letters swapped is still found ("hots")', () => {
    expect(top('no route to hots from my laptop')).toBe('host-unreachable');
  });
});

describe('Han and kana phrases may have characters in between, in their order', () => {
  it.each(
    cases([
      ['连接服务器超时', 'connection-timeout'],
      ['目标服务器拒绝了连接', 'connection-refused'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it('characters in another order say something else', () => {
    // "超时连接" (timeout connection) is not "连接超时" read in order.
    expect(match('超时了再连接', kb).match?.id).not.toBe('connection-timeout');
  });
});

describe("a tool's field names are no words of an error", () => {
  it('Test-NetConnection: the failed field decides, the names of the others add nothing', () => {
    const text = 'ComputerName     : 203.0.113.9\nRemoteAddress    : 203.0.113.9\nRemotePort       : 8080\nPingSucceeded    : False\nTcpTestSucceeded : False';
    const r = match(text, kb);
    expect(r).toMatchObject({ match: { id: 'connection-timeout' }, confident: true });
    // "ComputerName", "RemoteAddress", "PingSucceeded" once gave dns-failure the words name, address, ping.
    expect(r.alternatives.map((a) => a.id)).not.toContain('dns-failure');
  });

  it('the parts of an identifier that names a failure still count', () => {
    const r = match('CertificateExpiredError', kb);
    expect(r.alternatives[0]?.id ?? r.match?.id).toBe('tls-certificate');
    expect(match('CertificateRenewalNotice', kb).alternatives).toEqual([]);
  });
});

describe('a phrase inside a longer phrase of another article on the same words is part of it', () => {
  it('"Proxy Authentication Required" is a proxy answer, sure; "authentication required" alone stays a login', () => {
    expect(match('proxy authentication required', kb)).toMatchObject({ match: { id: 'proxy-error' }, confident: true });
    expect(top('authentication required')).toBe('auth-failed');
  });
});

describe('HTTP statuses in chat words', () => {
  it.each(
    cases([
      ['403 when i open the link, worked yesterday', 'http-forbidden'],
      ['the m3u link gives 404 now', 'http-404'],
      ['it throws a 500 on login', 'http-5xx'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it.each(['I have 404 channels in my list', 'port 500 is open', 'we were 503 people at the event'])('a number that is no status: %s', (text) => {
    expect(match(text, kb).context.httpStatus).toBeUndefined();
  });
});

describe('a word of a phrase that the text negates is not said', () => {
  it.each(['the certificate has not expired', 'SSL certificate is valid until 2026-11-02, no problems found', 'certificate not expired yet'])('%s', (text) => {
    expect(match(text, kb).confident).toBe(false);
  });

  it('a negated failure word is how Russian says it failed', () => {
    expect(top('не удалось разрешить имя сервера')).toBe('dns-failure');
  });

  it('a negation a few words before the phrase stands in for its own ("no se puede resolver el host")', () => {
    expect(top('no se puede resolver el host')).toBe('dns-failure');
  });
});

describe('IPTV chat in other languages', () => {
  it.each(
    cases([
      ['la lista m3u no carga', 'iptv-playlist'],
      ['lista m3u não carrega no smarters', 'iptv-playlist'],
      ['la playlist ne se charge pas', 'iptv-playlist'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it('a question about playlists is no report', () => {
    expect(match('cómo agrego la lista m3u en smarters', kb).confident).toBe(false);
  });
});

describe('Han and kana words of the lexicon are read like the English word (round 5)', () => {
  it.each(
    cases([
      // 主机 host + 解析 resolve + 失败 failed: "could not resolve host" in other words and order.
      ['主机解析失败了', 'dns-failure'],
      // 找不到 "can't find" (one word for "not found") + 主机 host: "Host not found".
      ['找不到主机', 'dns-failure'],
      // 证书 certificate + 过期 expired.
      ['网站证书过期了', 'tls-certificate'],
      // 被占用 "is taken": "already in use".
      ['3000端口被占用', 'address-in-use'],
      // ホスト host + 見つかりません "not found".
      ['ホストが見つかりませんでした', 'dns-failure'],
      ['証明書の期限切れ', 'tls-certificate'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it('a Han word and a character outside the lexicon are tokens of their own', () => {
    expect(patternTokens('服务器拒绝')).toEqual(['服务器', '拒绝']);
    expect(patternTokens('天气')).toEqual(['天', '气']);
  });

  it('another phrase may come in another order in Han text only with its words close together', () => {
    // "超时" (timed out) … five characters … "连接" (connect) are two statements.
    expect(match('超时以后我们再试连接', kb).confident).toBe(false);
  });

  it('a Han or kana "how" word makes a question wherever it stands', () => {
    expect(match('证书过期怎么办', kb).confident).toBe(false);
    expect(match('名前解決に失敗する原因を教えて', kb).confident).toBe(false);
  });
});

describe('one word that says two ("not found", "already in use", "certificate error")', () => {
  it.each(
    cases([
      ['le nom d’hôte est introuvable', 'dns-failure'],
      ['ana bilgisayar bulunamadı, ne yapmalıyım', 'dns-failure'],
      ['Zertifikatsfehler beim Aufruf der Seite', 'tls-certificate'],
      ['erreur de certificat sur le site', 'tls-certificate'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));
});

describe('synonyms that no message catalogue uses', () => {
  it.each(
    cases([
      ['опять тайм-аут при подключении', 'connection-timeout'],
      ['сертификат сайта просрочен', 'tls-certificate'],
      ['upłynął limit czasu przy połączeniu z bazą', 'connection-timeout'],
      ['el certificado del servidor está vencido', 'tls-certificate'],
      ['no se encuentra el host', 'dns-failure'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));
});

describe('two slips in a long word', () => {
  it.each(
    cases([
      ['conecction refused by the server', 'connection-refused'],
      // A letter that moved two places ("certiifcate"): each word is one deletion from the same one.
      ['the certiifcate has expired', 'tls-certificate'],
    ]),
  )('$text → $id', ({ text, id }) => expect(top(text)).toBe(id));

  it('a shorter word with two slips is another word', () => {
    // "rested" is two edits from "reset", but only nine letters and more may have two.
    expect(top('the server rested')).not.toBe('connection-reset');
  });
});

describe('a bare word pasted alone gets an unsure answer, never a confident one', () => {
  it.each(
    cases([
      ['timeout', 'connection-timeout'],
      ['Timeout!!', 'connection-timeout'],
      ['refused', 'connection-refused'],
      ['超时', 'connection-timeout'],
    ]),
  )('$text → $id, unsure', ({ text, id }) => {
    const r = match(text, kb);
    expect(r.match?.id).toBe(id);
    expect(r.confident).toBe(false);
  });

  it('inside a longer text or an identifier the bare word adds nothing', () => {
    expect(match('it says timeout when i open the app on my phone', kb).match).toBeNull();
    expect(match('set read_timeout to 30 in the config', kb).confident).toBe(false);
    // With other evidence the bare word does not compete.
    expect(top('timeout: getaddrinfo ENOTFOUND db.example.org')).toBe('dns-failure');
  });

  it('an HTTP status pasted alone, or after "says", is that status', () => {
    expect(top('503')).toBe('http-5xx');
    expect(top('the page says 403')).toBe('http-forbidden');
    expect(match('8443', kb).match).toBeNull();
  });
});

describe('more text that is not a report', () => {
  it.each([
    "Module not found: Error: Can't resolve './Footer' in '/srv/web/src'",
    "Error: Cannot find module 'dotenv'",
    'is a timeout of 30 seconds enough?!',
  ])('%s gets no confident answer', (text) => {
    expect(match(text, kb).confident).toBe(false);
  });
});

describe('a text that only says a connection failed, naming a product, is about that product', () => {
  it.each(
    cases([
      ['minecraft: failed to connect to the server, worked yesterday', 'game-server'],
      ['tivimate: cannot connect to the server since this morning', 'iptv-xtream'],
    ]),
  )('$text → $id, unsure', ({ text, id }) => {
    const r = match(text, kb);
    expect(r.match?.id).toBe(id);
    expect(r.confident).toBe(false);
  });

  it('without a product the same words stay an unsure connection-refused; with real evidence nothing moves', () => {
    expect(top('failed to connect to the server, worked yesterday')).toBe('connection-refused');
    expect(top('minecraft: failed to connect to the server: Connection timed out')).not.toBe('connection-refused');
  });
});
