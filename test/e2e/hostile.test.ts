/**
 * Hostile servers on 127.0.0.1 try to write into the bot's replies: markdown (masked links,
 * mentions, timestamps, emoji, headings, spoilers) in the Server and Location headers, the HTTP
 * reason phrase, an SSH-style banner, a certificate's CN and SAN, an Xtream panel's JSON; escape
 * sequences and bidi controls in the certificate. Asserted on the exact payload the real bot
 * sends to the local Discord-compatible server, and on the exact bytes `netmedic check` writes.
 */
import type net from 'node:net';
import { PassThrough } from 'node:stream';
import { generate } from 'selfsigned';
import { main } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/types';
import { discordText, unescapeDiscord } from '../../src/render/sanitize';
import { startDnsServer, type TestDnsServer } from '../support/dns-server';
import { startFakeDiscord, type EditRecord, type FakeDiscord, type InteractionHandle, type UserInput } from '../support/discord';
import { deployToFake, startTestBot, type TestBot } from '../support/netmedic-bot';
import { embedOf, type Embed } from '../support/replies';
import { bannerServer, httpServer, tcpServer, tlsServer, type TestServer } from '../support/servers';

jest.setTimeout(30_000);

const LINK = '[Log in here](https://evil.example/login)';
const SERVER_HEADER = `${LINK} <@&12345678901>`; // 58 characters: the step line keeps 60
const REASON = 'OK [Verify](https://evil.example/v) @everyone';
const LOCATION = 'https://evil.example/a?x=[Click](https://evil.example/b)&t=<t:1700000000:R>';
const BANNER = 'SSH-2.0-[Help](https://evil.example/ssh) **urgent** ||x|| <:pepe:1234567>'; // under 80: banners keep 80
const XTREAM_AUTH = '[Pay here](https://evil.example/pay) <@123456789012345678> <t:1700000000:R>';
const CN = '# Notice [Reset](https://evil.example/cert) \x1b]0;pwned\x07\x1b[31mred\u202egnp.exe';
const SAN = 'x_[a](https://evil.example).test';

/** Every piece of markdown a hostile server tried to plant, as it would appear raw. */
const RAW_MARKUP = [
  '[Log in here](',
  '](https://evil.example',
  '<@&12345678901>',
  '<@123456789012345678>',
  '<t:1700000000:R>',
  '<:pepe:1234567>',
  '**urgent**',
  '||x||',
  'https://evil.example',
];

function embedStrings(embed: Embed): string[] {
  return [embed.title ?? '', embed.description ?? '', ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]), embed.footer?.text ?? ''];
}

/** No raw markup, no control/bidi/zero-width character, in anything the bot sent. */
function expectInert(embed: Embed): void {
  for (const text of embedStrings(embed)) {
    for (const raw of RAW_MARKUP) expect(text).not.toContain(raw);
    expect(text).not.toMatch(/^(#{1,3} |-# |> )/m); // no heading, subtext or quote starts a line
    // eslint-disable-next-line no-control-regex -- looking for controls
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/);
  }
}

/** A raw HTTP/1.1 response, byte for byte as a hostile server would write it. */
function rawHttp(statusLine: string, headers: string[], body = ''): Promise<TestServer> {
  return tcpServer((socket: net.Socket) => {
    socket.once('data', () => {
      socket.end(`${statusLine}\r\n${headers.join('\r\n')}\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
    });
  });
}

async function hostileCertificate(): Promise<{ key: string; cert: string }> {
  const now = Date.now();
  // The subject is given as an RFC 4514 string: escape its special characters.
  const value = CN.replace(/([,+"\\<>;=])/g, '\\$1').replace(/^#/, '\\#');
  const out = await generate([{ name: 'commonName', value }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 86_400_000),
    notAfterDate: new Date(now + 10 * 86_400_000),
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: SAN }] }],
  });
  return { key: out.private, cert: out.cert };
}

let userSeq = 10;
const nextUser = (): UserInput => ({ id: `15000000000000000${userSeq++}`, username: `hostile${userSeq}` });

async function finalEdit(handle: InteractionHandle): Promise<EditRecord> {
  await handle.waitForCallback();
  for (;;) {
    const edit = await handle.waitForEdit(15_000);
    if (!(embedOf(edit.body).title ?? '').startsWith('⏳')) return edit;
  }
}

const CHECK_ENV = {
  PROBE_DNS_TIMEOUT_MS: '1000',
  PROBE_TCP_TIMEOUT_MS: '2000',
  PROBE_TLS_TIMEOUT_MS: '2000',
  PROBE_HTTP_TIMEOUT_MS: '3000',
  PROBE_DEADLINE_MS: '10000',
  PROBE_USER_COOLDOWN_SECONDS: '0',
};

describe('hostile servers: what the bot sends to Discord', () => {
  let fake: FakeDiscord;
  let bot: TestBot;
  let dns: TestDnsServer;
  const servers: TestServer[] = [];
  const track = async <T extends TestServer>(s: Promise<T>): Promise<T> => {
    const server = await s;
    servers.push(server);
    return server;
  };

  beforeAll(async () => {
    dns = await startDnsServer({});
    fake = await startFakeDiscord();
    bot = await startTestBot(fake, { env: { ...CHECK_ENV, PROBE_ALLOW_PRIVATE: 'true', PROBE_DNS_SERVERS: dns.servers[0]! } });
    await deployToFake(fake, bot.runtime);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    await Promise.all(servers.map((s) => s.close()));
    await dns?.close();
  });

  async function check(target: string): Promise<Embed> {
    const from = fake.requests.length;
    const final = await finalEdit(fake.sendChatInput('check', { target }, { user: nextUser() }));
    // Every request the bot made for this check (progress edits too) carries only inert text.
    for (const r of fake.requests.slice(from)) {
      const body = r.body as { embeds?: Embed[] } | null;
      for (const e of body?.embeds ?? []) expectInert(e);
    }
    const embed = embedOf(final.body);
    expectInert(embed);
    return embed;
  }

  it('Server header and reason phrase: shown as text, the reason phrase never', async () => {
    const server = await track(rawHttp(`HTTP/1.1 200 ${REASON}`, [`Server: ${SERVER_HEADER}`, 'content-type: text/plain'], 'hi'));
    const embed = await check(`http://127.0.0.1:${server.port}/`);
    const steps = embed.fields!.find((f) => f.name.startsWith('Steps'))!.value;
    const http = steps.split('\n').find((l) => l.includes('**HTTP**'))!;
    expect(http).toContain(`server: ${discordText(SERVER_HEADER)}`);
    expect(http).toContain('server: \\[Log in here\\](https:\\//evil.example/login) \\<\\@&12345678901\\>');
    // The text is all there for people to read: only the markup is neutralised.
    expect(unescapeDiscord(http)).toContain(`server: ${SERVER_HEADER}`);
    expect(JSON.stringify(embed)).not.toContain('Verify');
  });

  it('Location header of a redirect: in the sentence, the step and the note, always inert', async () => {
    const server = await track(rawHttp('HTTP/1.1 302 Found', [`Location: ${LOCATION}`]));
    const embed = await check(`http://127.0.0.1:${server.port}/`);
    expect(embed.description).toBe(
      discordText(`127.0.0.1 answers on port ${server.port} with HTTP 302, a redirect to ${LOCATION} (not followed).`, 1500),
    );
    expect(embed.description).toContain('https:\\//evil.example/a?x=\\[Click\\](https:\\//evil.example/b)&t=\\<t:1700000000:R\\>');
    const notes = embed.fields!.find((f) => f.name === 'Notes')!.value;
    expect(notes).toBe(`• ${discordText(`Redirects to ${LOCATION}; not followed.`, 400)}`);
  });

  it('an SSH-style banner where HTTP was expected', async () => {
    const server = await track(bannerServer(`${BANNER}\r\n`));
    const embed = await check(`http://127.0.0.1:${server.port}/`);
    expect(embed.title).toMatch(/^❌ Not HTTP/);
    expect(embed.description).toContain('SSH-2.0-\\[Help\\](https:\\//evil.example/ssh) \\*\\*urgent\\*\\* \\|\\|x\\|\\| \\<:pepe:1234567\\>');
  });

  it('an SSH-style banner on a port with no known protocol (auto mode)', async () => {
    const server = await track(bannerServer(`${BANNER}\r\n`));
    const embed = await check(`127.0.0.1:${server.port}`);
    expect(embed.title).toMatch(/^✅ Answers in SSH/);
    const service = embed.fields!.find((f) => f.name.startsWith('Steps'))!.value.split('\n').find((l) => l.includes('**Service**'))!;
    expect(unescapeDiscord(service)).toContain(`speaks SSH ("${BANNER}")`);
  });

  it("a certificate's CN and SAN: escape sequences and bidi controls removed, markup inert", async () => {
    const server = await track(tlsServer(await hostileCertificate()));
    const embed = await check(`https://127.0.0.1:${server.port}/`);
    expect(embed.title).toMatch(/^❌ Certificate problem/);
    const cert = embed.fields!.find((f) => f.name === 'Certificate')!.value;
    const subject = cert.split('\n')[0]!;
    // Node hands over the subject with the escape bytes spelled out (\1B) or raw, depending on
    // the version: either way the line is inert (expectInert) and reads as the server wrote it.
    expect(subject).toMatch(/^Subject: \\# Notice \\\[Reset\\\]\(https:\\\/\/evil\.example\/cert\) /);
    expect(unescapeDiscord(subject)).toContain('# Notice [Reset](https://evil.example/cert)');
    expect(subject).toMatch(/redgnp\.exe$/); // the right-to-left override is gone
    expect(cert).toContain(`Names: ${discordText(SAN)}`);
  });

  it('Xtream JSON fields', async () => {
    const server = await track(
      httpServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ user_info: { auth: XTREAM_AUTH } }));
      }),
    );
    const embed = await check(`http://127.0.0.1:${server.port}/player_api.php`);
    const xtream = embed.fields!.find((f) => f.name.startsWith('Steps'))!.value.split('\n').find((l) => l.includes('**Xtream**'))!;
    expect(unescapeDiscord(xtream)).toContain(`auth: ${JSON.stringify(XTREAM_AUTH)}`);
  });
});

function memoryIo(): { io: CliIo; out: () => Buffer } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: Buffer[] = [];
  stdout.on('data', (c: Buffer) => chunks.push(c));
  stderr.resume();
  return {
    io: { stdout, stderr, stdin: new PassThrough(), env: { LOG_LEVEL: 'silent', ...CHECK_ENV } },
    out: () => Buffer.concat(chunks),
  };
}

/** Bytes a terminal would act on: C0 (but newline), DEL, C1, and bidi / zero-width characters. */
// eslint-disable-next-line no-control-regex -- looking for controls
const TERMINAL_UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

describe('hostile servers: the bytes `netmedic check` writes to stdout', () => {
  const servers: TestServer[] = [];
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });

  it('certificate CN with OSC/CSI sequences and a bidi override: none reaches the terminal; the text reads as it is', async () => {
    const server = await tlsServer(await hostileCertificate());
    servers.push(server);
    const m = memoryIo();
    expect(await main(['check', '--allow-private', `https://127.0.0.1:${server.port}/`], m.io)).toBe(0);
    const bytes = m.out();
    expect(bytes.includes(0x1b)).toBe(false);
    expect(bytes.includes(0x07)).toBe(false);
    const text = bytes.toString('utf8');
    expect(text).not.toMatch(TERMINAL_UNSAFE);
    expect(text).toContain('Subject: # Notice [Reset](https://evil.example/cert) ');
    expect(text).toMatch(/redgnp\.exe\n/);
    expect(text).toContain(`Names: ${SAN}`);
  });

  it('--json escapes every control and bidi character (valid JSON, same data)', async () => {
    const server = await tlsServer(await hostileCertificate());
    servers.push(server);
    const m = memoryIo();
    await main(['check', '--json', '--allow-private', `https://127.0.0.1:${server.port}/`], m.io);
    const text = m.out().toString('utf8');
    expect(text).not.toMatch(TERMINAL_UNSAFE);
    const json = JSON.parse(text) as { certificate: { subject: string } };
    // The data is intact (the override is still in the JSON value), only its encoding is safe.
    expect(json.certificate.subject).toContain('red\u202egnp.exe');
    expect(text).toContain('red\\u202egnp.exe');
  });

  it('Server and Location headers: shown as plain characters, no escapes left', async () => {
    const server = await rawHttp('HTTP/1.1 302 Found', [`Server: ${SERVER_HEADER}`, `Location: ${LOCATION}`]);
    servers.push(server);
    const m = memoryIo();
    await main(['check', '--allow-private', `http://127.0.0.1:${server.port}/`], m.io);
    const text = m.out().toString('utf8');
    expect(text).not.toMatch(TERMINAL_UNSAFE);
    expect(text).toContain(`server: ${SERVER_HEADER}`);
    expect(text).toContain(`Redirects to ${LOCATION}; not followed.`);
    expect(text).not.toContain('\\[');
  });
});
