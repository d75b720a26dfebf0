/**
 * HTTP interactions mode (`serve`) in process: signature checks on raw requests, then real
 * interactions delivered by the local Discord-compatible server over HTTP (signed with the
 * application's ed25519 key), answered through the same router and handlers as the gateway bot,
 * with deferred replies and edits going back over REST. /healthz and /metrics.
 */
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { Writable } from 'node:stream';
import { loadConfig } from '../../src/config';
import { startServe, type RunningServer } from '../../src/http/serve';
import { createLogger } from '../../src/logger';
import { CHECK_FOOTER } from '../../src/render/check';
import { startFakeDiscord, type FakeDiscord, type InteractionHandle, type EditRecord, type UserInput } from '../support/discord';
import { deployToFake } from '../support/netmedic-bot';
import { embedOf, isEphemeral } from '../support/replies';
import { closedPort, statusServer, type TestHttpServer } from '../support/servers';

jest.setTimeout(30_000);

function keyPair(): { privateKey: KeyObject; publicHex: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const x = publicKey.export({ format: 'jwk' }).x!;
  return { privateKey, publicHex: Buffer.from(x, 'base64url').toString('hex') };
}

function signed(privateKey: KeyObject, body: string, timestamp = String(Math.floor(Date.now() / 1000))): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-signature-timestamp': timestamp,
    'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
  };
}

let userSeq = 10;
const nextUser = (): UserInput => ({ id: `15000000000000000${userSeq++}`, username: `http${userSeq}` });

async function untilFinal(handle: InteractionHandle): Promise<EditRecord> {
  for (;;) {
    const edit = await handle.waitForEdit(15_000);
    if (!(embedOf(edit.body).title ?? '').startsWith('⏳')) return edit;
  }
}

describe('netmedic serve (HTTP interactions)', () => {
  const keys = keyPair();
  const other = keyPair();
  let fake: FakeDiscord;
  let serve: RunningServer;
  let url: string;
  let target: TestHttpServer;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord();
    target = await statusServer(200, 'hello');
    const config = loadConfig({
      DISCORD_PUBLIC_KEY: keys.publicHex,
      DISCORD_TOKEN: fake.token,
      DISCORD_API_BASE: fake.apiBase,
      PROBE_ALLOW_PRIVATE: 'true',
      PROBE_TCP_TIMEOUT_MS: '2000',
      PROBE_HTTP_TIMEOUT_MS: '3000',
      PROBE_USER_COOLDOWN_SECONDS: '30',
    });
    const destination = new Writable({
      write(chunk, _enc, cb) {
        for (const line of String(chunk).split('\n')) if (line.trim()) logs.push(JSON.parse(line) as Record<string, unknown>);
        cb();
      },
    });
    serve = await startServe({ config, log: createLogger({ level: 'debug', destination }), port: 0, host: '127.0.0.1' });
    url = `http://127.0.0.1:${serve.port}/interactions`;
    await deployToFake(fake, serve.runtime);
    fake.setInteractionsEndpoint(url, keys.privateKey);
  });

  afterAll(async () => {
    await serve?.stop();
    await fake?.close();
    await target?.close();
  });

  const post = (body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', headers, body });

  describe('signatures', () => {
    const ping = JSON.stringify({ id: '1', application_id: '2', type: 1, token: 't', version: 1 });

    it('a signed PING gets PONG', async () => {
      const res = await post(ping, signed(keys.privateKey, ping));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ type: 1 });
    });

    it('unsigned → 401 before any parsing (a body that is not even JSON is not looked at)', async () => {
      const res = await post('{not json', { 'content-type': 'application/json' });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'invalid request signature' });
      const malformed = await post('{not json', { 'x-signature-ed25519': 'zz', 'x-signature-timestamp': '1' });
      expect(malformed.status).toBe(401);
    });

    it('a tampered body → 401', async () => {
      const headers = signed(keys.privateKey, ping);
      const res = await post(ping.replace('"type":1', '"type":2'), headers);
      expect(res.status).toBe(401);
    });

    it('signed with another key → 401', async () => {
      const res = await post(ping, signed(other.privateKey, ping));
      expect(res.status).toBe(401);
    });

    it('a stale timestamp (10 minutes old, correctly signed) → 401', async () => {
      const old = String(Math.floor(Date.now() / 1000) - 600);
      const res = await post(ping, signed(keys.privateKey, ping, old));
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({ error: 'stale request timestamp' });
    });

    it('a replayed interaction (same signed request again) → 401; the first one was answered', async () => {
      const body = JSON.stringify({
        id: '990000000000000001',
        application_id: fake.applicationId,
        type: 2,
        token: 'replay-token',
        version: 1,
        guild_id: fake.guildId,
        channel_id: fake.channelId,
        member: { user: { id: '150000000000000099', username: 'replayer' }, permissions: '0' },
        data: { id: '1', name: 'explain', type: 1, options: [{ name: 'text', type: 3, value: 'connect ECONNREFUSED 10.0.0.1:25565' }] },
      });
      const headers = signed(keys.privateKey, body);
      const first = await post(body, headers);
      expect(first.status).toBe(200);
      const answer = (await first.json()) as { type: number; data: { embeds: { title: string }[] } };
      expect(answer.type).toBe(4);
      expect(answer.data.embeds[0]!.title).toMatch(/refused/i);
      const again = await post(body, headers);
      expect(again.status).toBe(401);
      expect(await again.json()).toEqual({ error: 'replayed request' });
    });

    it('every refusal is logged without the body', () => {
      const refused = logs.filter((l) => l.msg === 'interaction request refused');
      expect(refused.length).toBeGreaterThanOrEqual(4);
      expect(JSON.stringify(refused)).not.toContain('not json');
    });
  });

  describe('interactions from the Discord test bed, over HTTP', () => {
    afterEach(() => {
      expect(fake.rejectedRequests.map((r) => `${r.method} ${r.path} ${r.status} ${JSON.stringify(r.response)}`)).toEqual([]);
    });

    it('/check: deferred in the HTTP response, progress and final embed edited over REST', async () => {
      const handle = fake.sendChatInput('check', { target: `http://127.0.0.1:${target.port}/` }, { user: nextUser() });
      expect((await handle.waitForHttpResponse()).status).toBe(200);
      const callback = await handle.waitForCallback();
      expect(callback.type).toBe(5);
      const final = await untilFinal(handle);
      const embed = embedOf(final.body);
      expect(embed.title).toMatch(new RegExp(`^✅ Reachable — .*127\\.0\\.0\\.1:${target.port}`));
      expect(embed.footer!.text).toBe(CHECK_FOOTER);
      expect(target.requests.length).toBeGreaterThanOrEqual(1);
    });

    it('/check refused port, then the same user again: the cooldown answers at once, ephemerally', async () => {
      const user = nextUser();
      const port = await closedPort();
      const first = fake.sendChatInput('check', { target: `127.0.0.1:${port}` }, { user });
      expect((await first.waitForCallback()).type).toBe(5);
      expect(embedOf((await untilFinal(first)).body).title).toMatch(/^❌ Connection refused/);
      const second = fake.sendChatInput('check', { target: `127.0.0.1:${port}` }, { user });
      const cb = await second.waitForCallback();
      expect(cb.type).toBe(4);
      expect(isEphemeral(cb.data)).toBe(true);
      expect(String(cb.data.content)).toMatch(/one check every 30 s/);
    });

    it('/explain answers in the HTTP response; autocomplete answers with choices', async () => {
      const cb = await fake.sendChatInput('explain', { text: 'getaddrinfo ENOTFOUND panel.example' }, { user: nextUser() }).waitForCallback();
      expect(cb.type).toBe(4);
      expect(embedOf(cb.data).title).toMatch(/DNS|name/i);
      const auto = await fake.sendAutocomplete('explain', { text: 'ECONNREFUSED' }, 'text', { user: nextUser() }).waitForCallback();
      expect(auto.type).toBe(8);
      expect((auto.data.choices as unknown[]).length).toBeGreaterThan(0);
    });

    it('each slash command teaches its id: after an /explain, /about mentions it clickably', async () => {
      // With a bot token, the ids were also read at start (none were global here: the commands are the guild's).
      expect(logs.find((l) => l.msg === 'command ids read')).toMatchObject({ global: 0, guild: 0 });
      const id = fake.registeredCommands(fake.guildId).find((c) => c.name === 'explain')!.id;
      await fake.sendChatInput('explain', { text: ' ' }, { user: nextUser() }).waitForCallback();
      const about = await fake.sendChatInput('about', {}, { user: nextUser() }).waitForCallback();
      expect(embedOf(about.data).description).toContain(`(</explain:${id}>)`);
    });

    it('a button (Full article) is answered through the same router', async () => {
      const cb = await fake.sendButton('explain:article:connection-refused:1', { user: nextUser() }).waitForCallback();
      expect([4, 7]).toContain(cb.type);
      expect(JSON.stringify(cb.data)).toMatch(/refused/i);
    });

    it('the interaction’s locale reaches the reply: /explain in German, es-419 in Spanish', async () => {
      const de = await fake.sendChatInput('explain', { text: 'connect ECONNREFUSED 10.0.0.1:25565' }, { user: nextUser(), locale: 'de' }).waitForCallback();
      expect(embedOf(de.data).title).toBe('Verbindung abgelehnt');
      const es = await fake.sendChatInput('explain', { text: 'connect ECONNREFUSED 10.0.0.1:25565' }, { user: nextUser(), locale: 'es-419' }).waitForCallback();
      expect(embedOf(es.data).title).toBe('Conexión rechazada');
    });
  });

  describe('/healthz and /metrics', () => {
    it('healthz answers ok with the version', async () => {
      const res = await fetch(`http://127.0.0.1:${serve.port}/healthz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: 'ok', version: expect.any(String) });
    });

    it('metrics: Prometheus text with interactions by kind, checks by verdict, explain match rate and latency histograms', async () => {
      const res = await fetch(`http://127.0.0.1:${serve.port}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      const text = await res.text();
      expect(text).toMatch(/^netmedic_interactions_total\{kind="chatInput",command="check",outcome="ok"\} [1-9]/m);
      expect(text).toMatch(/^netmedic_interactions_total\{kind="autocomplete",command="explain",outcome="ok"\} [1-9]/m);
      expect(text).toMatch(/^netmedic_interactions_total\{kind="component",command="explain",outcome="ok"\} [1-9]/m);
      expect(text).toMatch(/^netmedic_checks_total\{verdict="ok"\} [1-9]/m);
      expect(text).toMatch(/^netmedic_checks_total\{verdict="refused"\} [1-9]/m);
      expect(text).toMatch(/^netmedic_explain_total\{result="match"\} [1-9]/m);
      const ratio = Number(/^netmedic_explain_match_ratio (\S+)$/m.exec(text)?.[1]);
      expect(ratio).toBeGreaterThan(0);
      expect(ratio).toBeLessThanOrEqual(1);
      expect(text).toMatch(/^netmedic_interaction_ack_seconds_bucket\{le="0\.5",kind="command"\} [1-9]/m);
      expect(text).toMatch(/^netmedic_check_duration_seconds_count [1-9]/m);
      expect(text).toMatch(/^netmedic_process_resident_memory_bytes /m);
    });

    it('unknown paths → 404', async () => {
      expect((await fetch(`http://127.0.0.1:${serve.port}/nope`)).status).toBe(404);
    });
  });
});
