/**
 * /check end to end: the real bot in-process against the local Discord-compatible server, probing
 * throw-away servers on 127.0.0.1 only. Names resolve only through the loopback test DNS server
 * (PROBE_DNS_SERVERS), never through a real resolver.
 *
 * Covers the deferred reply, progress edits, the final embed for ok / refused / HTTP 403, the
 * credential scrub, the private-address block (no connection at all), the per-user cooldown,
 * ephemeral checks and unreadable targets.
 */
import { CHECK_FOOTER } from '../../src/render/check';
import { startDnsServer, type TestDnsServer } from '../support/dns-server';
import {
  startFakeDiscord,
  type CallbackRecord,
  type EditRecord,
  type FakeDiscord,
  type InteractionHandle,
  type UserInput,
} from '../support/discord';
import { deployToFake, startTestBot, type TestBot } from '../support/netmedic-bot';
import { buttonsOf, embedOf, field, isEphemeral } from '../support/replies';
import { closedPort, httpServer, statusServer, xtreamServer, type TestHttpServer, type TestServer } from '../support/servers';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(30_000));

const SECRET = 'S3cretPass';

/** A fresh user per check: the per-user cooldown must not leak from one test into the next. */
let userSeq = 10;
const nextUser = (): UserInput => ({ id: `14000000000000000${userSeq++}`, username: `checker${userSeq}` });

/** The deferral, then every edit up to the final one (the one without ⏳ in its title). */
async function runToFinal(handle: InteractionHandle): Promise<{ callback: CallbackRecord; edits: EditRecord[]; final: EditRecord }> {
  const callback = await handle.waitForCallback();
  const edits: EditRecord[] = [];
  for (;;) {
    const edit = await handle.waitForEdit(15_000);
    edits.push(edit);
    const title = embedOf(edit.body).title ?? '';
    if (!title.startsWith('⏳')) return { callback, edits, final: edit };
  }
}

const CHECK_ENV = {
  PROBE_DNS_TIMEOUT_MS: '1000',
  PROBE_TCP_TIMEOUT_MS: '2000',
  PROBE_TLS_TIMEOUT_MS: '2000',
  PROBE_HTTP_TIMEOUT_MS: '5000',
  PROBE_DEADLINE_MS: '10000',
};

describe('/check on loopback targets (PROBE_ALLOW_PRIVATE=true)', () => {
  let fake: FakeDiscord;
  let bot: TestBot;
  let dns: TestDnsServer;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    // No name is meant to be looked up here; should one be, it goes to this server and nowhere else.
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

  afterEach(() => {
    expect(fake.rejectedRequests.map((r) => `${r.method} ${r.path} ${r.status} ${JSON.stringify(r.response)}`)).toEqual([]);
  });

  async function track<T extends TestServer>(server: Promise<T>): Promise<T> {
    const s = await server;
    servers.push(s);
    return s;
  }

  it('an open HTTP server that answers slowly: deferred, ⏳ progress edit, then ✅ stages, timings and the footer', async () => {
    const server = await track(
      httpServer((_req, res) => {
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'text/plain' });
          res.end('hello');
        }, 1500);
      }),
    );
    const { callback, edits, final } = await runToFinal(fake.sendChatInput('check', { target: `http://127.0.0.1:${server.port}/` }, { user: nextUser() }));
    expect(callback.type).toBe(5);
    expect(isEphemeral(callback.data)).toBe(false);

    // At least one progress edit came first, showing the stages still to come.
    expect(edits.length).toBeGreaterThanOrEqual(2);
    const progress = edits.slice(0, -1).map((e) => embedOf(e.body));
    for (const p of progress) {
      expect(p.title).toMatch(/^⏳ Checking http:\/\/127\.0\.0\.1:/);
      expect(p.footer!.text).toBe(CHECK_FOOTER);
    }
    // While the server holds its answer, the HTTP stage shows as pending.
    expect(progress.some((p) => /⏳ \*\*HTTP\*\*/.test(field(p, 'Steps')!.value))).toBe(true);

    const embed = embedOf(final.body);
    expect(embed.title).toMatch(new RegExp(`^✅ Reachable — .*127\\.0\\.0\\.1:${server.port}`));
    const steps = field(embed, /^Steps \(\d+ ms in all\)$/)!.value.split('\n');
    expect(steps.length).toBeGreaterThanOrEqual(3);
    for (const line of steps) expect(line).toMatch(/^✅ \*\*(DNS|TCP|HTTP)\*\*/);
    expect(steps.some((l) => /\*\*HTTP\*\*.*\d+ ms/.test(l))).toBe(true);
    expect(embed.footer!.text).toBe(CHECK_FOOTER);
    expect(embed.footer!.text).toMatch(/^Checked from the bot's network/);
    expect(server.requests).toHaveLength(1);
  });

  it('a closed port: refused, with the other ports on the same server', async () => {
    const port = await closedPort();
    const { final } = await runToFinal(fake.sendChatInput('check', { target: `127.0.0.1:${port}` }, { user: nextUser() }));
    const embed = embedOf(final.body);
    expect(embed.title).toMatch(/^❌ Connection refused/);
    expect(embed.description).toMatch(/refused the connection/);
    expect(field(embed, /^Steps/)!.value).toMatch(/❌ \*\*TCP\*\*.*refused/);
    expect(field(embed, 'Other ports on the same server')!.value).toMatch(/^(✅|❌) \d+: /);
    expect(buttonsOf(final.body)).toEqual([expect.objectContaining({ label: 'Full article', custom_id: 'explain:article:connection-refused:1' })]);
  });

  it('HTTP 403: http-status verdict and a Full article button for http-forbidden that opens the article', async () => {
    const server = await track(statusServer(403, 'Forbidden'));
    const handle = fake.sendChatInput('check', { target: `http://127.0.0.1:${server.port}/` }, { user: nextUser() });
    const { final } = await runToFinal(handle);
    const embed = embedOf(final.body);
    expect(embed.title).toMatch(/^❌ HTTP 403/);
    expect(field(embed, 'Likely causes')!.value).toMatch(/IP whitelist/);
    const button = buttonsOf(final.body).find((b) => b.label === 'Full article')!;
    expect(button.custom_id).toBe('explain:article:http-forbidden:1');

    const article = await fake.sendButton(button.custom_id!, { messageId: String(handle.original!.id) }).waitForCallback();
    expect(article.type).toBe(4);
    expect(isEphemeral(article.data)).toBe(true);
    expect(embedOf(article.data).footer!.text).toMatch(/^Article http-forbidden · page 1 of \d+$/);
  });

  it('credentials in the URL: never sent to Discord, never sent to the server, and the user is told not to paste passwords', async () => {
    const server: TestHttpServer = await track(xtreamServer(0));
    const from = fake.requests.length;
    const logsFrom = bot.logs.length;
    const target = `http://alice:${SECRET}@127.0.0.1:${server.port}/player_api.php?username=alice&password=${SECRET}`;
    const { final } = await runToFinal(fake.sendChatInput('check', { target }, { user: nextUser() }));

    const sent = fake.requests.slice(from);
    expect(sent.length).toBeGreaterThan(1);
    for (const r of sent) expect(JSON.stringify([r.path, r.query, r.body])).not.toContain(SECRET);
    expect(JSON.stringify(bot.logs.slice(logsFrom))).not.toContain(SECRET);

    // The panel was asked without anyone's credentials.
    expect(server.requests).toEqual(['GET /player_api.php']);
    expect(server.headers[0]!.authorization).toBeUndefined();
    expect(JSON.stringify(server.headers)).not.toContain(SECRET);
    expect(JSON.stringify(server.headers)).not.toContain('alice');

    const embed = embedOf(final.body);
    expect(embed.title).toMatch(/^✅ Xtream panel answers/);
    expect(field(embed, 'Notes')!.value).toMatch(/Don't paste passwords/);
  });

  it('the same user twice quickly: the second check gets the cooldown message, only to them, without a deferral', async () => {
    const user = nextUser();
    const port = await closedPort();
    const first = fake.sendChatInput('check', { target: `127.0.0.1:${port}` }, { user });
    const second = fake.sendChatInput('check', { target: `127.0.0.1:${port}` }, { user });
    const [a, refusal] = await Promise.all([runToFinal(first), second.waitForCallback()]);
    expect(embedOf(a.final.body).title).toMatch(/^❌ Connection refused/);
    expect(refusal.type).toBe(4);
    expect(isEphemeral(refusal.data)).toBe(true);
    expect(refusal.data.content).toMatch(/^You can run one check every \d+ s, try again in \d+ s\.$/);
    expect(refusal.data.embeds ?? []).toEqual([]);
  });

  it('public:false defers ephemerally', async () => {
    const port = await closedPort();
    const { callback, final } = await runToFinal(fake.sendChatInput('check', { target: `127.0.0.1:${port}`, public: false }, { user: nextUser() }));
    expect(callback.type).toBe(5);
    expect(isEphemeral(callback.data)).toBe(true);
    expect(embedOf(final.body).title).toMatch(/^❌ Connection refused/);
  });

  it.each([
    ['example..com', /isn't a valid hostname/],
    ['127.0.0.1:99999', /Port must be 1–65535/],
  ])('unreadable target %s: a clear message, no crash', async (target, message) => {
    const errorsBefore = bot.logs.filter((l) => Number(l.level) >= 50).length;
    const { final } = await runToFinal(fake.sendChatInput('check', { target }, { user: nextUser() }));
    const embed = embedOf(final.body);
    expect(embed.title).toMatch(/^⛔ Can't read that target/);
    expect(embed.description).toMatch(/^I couldn't read that as a server to check: /);
    expect(embed.description).toMatch(message);
    expect(buttonsOf(final.body)).toEqual([]);
    expect(bot.logs.filter((l) => Number(l.level) >= 50)).toHaveLength(errorsBefore);
    expect(dns.queries).toEqual([]);
  });
});

describe('/check without PROBE_ALLOW_PRIVATE', () => {
  let fake: FakeDiscord;
  let bot: TestBot;
  let dns: TestDnsServer;
  let listener: TestServer;

  beforeAll(async () => {
    listener = await statusServer(200, 'should never be reached');
    dns = await startDnsServer({ 'inside.netmedic.test': { A: ['127.0.0.1'] } });
    fake = await startFakeDiscord();
    bot = await startTestBot(fake, { env: { ...CHECK_ENV, PROBE_DNS_SERVERS: dns.servers[0]! } });
    await deployToFake(fake, bot.runtime);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    await listener?.close();
    await dns?.close();
  });

  afterEach(() => {
    expect(fake.rejectedRequests).toEqual([]);
  });

  it('a private IP literal is blocked with a clear message', async () => {
    const { callback, final } = await runToFinal(fake.sendChatInput('check', { target: '10.0.0.1:80' }, { user: nextUser() }));
    expect(callback.type).toBe(5);
    const embed = embedOf(final.body);
    expect(embed.title).toMatch(/^⛔ Not checked/);
    expect(embed.description).toBe(
      "I won't check 10.0.0.1: 10.0.0.1 is a private address (10.0.0.0/8). The bot only checks public servers. Checking a server of your own? Run 'netmedic check --allow-private' on your own machine; if you run this bot, PROBE_ALLOW_PRIVATE=true allows private targets.",
    );
    expect(field(embed, /^Steps/)!.value).not.toMatch(/\*\*TCP\*\*/);
    expect(buttonsOf(final.body)).toEqual([]);
  });

  it('a name that resolves to loopback is blocked before any connection', async () => {
    const { final } = await runToFinal(fake.sendChatInput('check', { target: `inside.netmedic.test:${listener.port}` }, { user: nextUser() }));
    const embed = embedOf(final.body);
    expect(embed.title).toMatch(/^⛔ Not checked/);
    expect(embed.description).toMatch(/^I won't check inside\.netmedic\.test: 127\.0\.0\.1 is .*The bot only checks public servers\. Checking a server of your own\? .*--allow-private.*PROBE_ALLOW_PRIVATE=true allows private targets\.$/);
    expect(dns.queries.map((q) => q.name)).toContain('inside.netmedic.test');
    expect(listener.accepted()).toBe(0);
  });
});
