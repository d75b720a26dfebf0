/**
 * The real bot (real command registry, services and discord.js Client) against the local
 * Discord-compatible server: registration, every interaction kind, REST faults, gateway resume
 * and log correlation. One fake server and one bot serve most of the file.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CommandModule } from '../../src/interaction/types';
import { defaultKnowledgeDir } from '../../src/knowledge/load';
import { CallbackType, startFakeDiscord, type FakeDiscord, type InteractionHandle, type Json } from '../support/discord';
import { deployToFake, startTestBot, type TestBot } from '../support/netmedic-bot';
import { closedPort } from '../support/servers';
import { scaled } from '../support/timing';

type Log = Record<string, unknown>;
type Embed = { title?: string; description?: string; footer?: { text: string } };
type Button = { type: number; custom_id: string; label: string; disabled?: boolean };

const EPHEMERAL = 64;
const MODERATOR = String(1n << 13n); // Manage Messages
const OTHER_USER = { id: '1400000000000000777', username: 'asker', globalName: 'Asker' };

/** A command that always throws, to see what the user and the logs get. */
const boom: CommandModule = {
  definition: { name: 'boom', description: 'Always fails (test only)', type: 1 },
  async chatInput() {
    throw new Error('kaboom from the test command');
  },
};

function embedsOf(data: Json): Embed[] {
  return (data.embeds as Embed[] | undefined) ?? [];
}

function buttonsOf(data: Json): Button[] {
  const rows = (data.components as { components: Button[] }[] | undefined) ?? [];
  return rows.flatMap((r) => r.components);
}

async function until(predicate: () => boolean, what: string, unscaledMs = 5000): Promise<void> {
  const timeoutMs = scaled(unscaledMs);
  const started = Date.now();
  while (!predicate()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The log lines of the interaction whose 'interaction' line comes first at or after `from`. */
function interactionLogs(logs: Log[], from: number): { req: string; lines: Log[] } {
  const first = logs.slice(from).find((l) => l.msg === 'interaction');
  if (!first) throw new Error(`no 'interaction' log line after index ${from}`);
  const req = String(first.req);
  return { req, lines: logs.filter((l) => l.req === req) };
}

describe('runtime: the real bot against the local Discord-compatible server', () => {
  let fake: FakeDiscord;
  let bot: TestBot;
  let listener: Server;
  let openPort: number;

  beforeAll(async () => {
    listener = createServer((socket) => socket.end());
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    openPort = (listener.address() as AddressInfo).port;
    fake = await startFakeDiscord();
    bot = await startTestBot(fake, {
      env: {
        PROBE_ALLOW_PRIVATE: 'true',
        PROBE_TCP_TIMEOUT_MS: '800',
        PROBE_HTTP_TIMEOUT_MS: '800',
        PROBE_DEADLINE_MS: '4000',
        PROBE_USER_COOLDOWN_SECONDS: '0',
      },
      extraCommands: [boom],
    });
    await deployToFake(fake, bot.runtime);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    await new Promise<void>((resolve) => (listener ? listener.close(() => resolve()) : resolve()));
  });

  /** /about answered (type 4, ephemeral): proof the bot is alive and responsive. */
  async function expectAboutAnswered(): Promise<InteractionHandle> {
    const handle = fake.sendChatInput('about');
    const cb = await handle.waitForCallback();
    expect(cb.type).toBe(CallbackType.ChannelMessageWithSource);
    expect(embedsOf(cb.data)[0]?.title).toBe('netmedic');
    return handle;
  }

  it('logs in and is ready', () => {
    expect(bot.bot.client.isReady()).toBe(true);
    expect(fake.identifyCount).toBe(1);
    expect(fake.gatewayConnected).toBe(true);
    expect(bot.logs.some((l) => l.msg === 'logged in')).toBe(true);
    // Guilds only: auto-explain is off, so no privileged intents are asked for.
    expect(fake.identifies[0]!.intents).toBe(1);
  });

  it('registers all eleven commands with their types and moderator permissions', () => {
    const registered = fake.registeredCommands(fake.guildId);
    const byName = new Map(registered.map((c) => [c.name, c]));
    const expected: [string, number][] = [
      ['about', 1],
      ['check', 1],
      ['explain', 1],
      ['faq', 1],
      ['faqs', 1],
      ['kb', 1],
      ['xtream', 1],
      ['netmedic', 1],
      ['Explain this error', 3],
      ['Answer with FAQ', 3],
      ['Teach netmedic', 3],
    ];
    // The eleven real commands and the test-only `boom`, nothing else.
    expect([...byName.keys()].sort()).toEqual([...expected.map(([n]) => n), 'boom'].sort());
    for (const [name, type] of expected) expect({ name, type: byName.get(name)!.type }).toEqual({ name, type });
    for (const name of ['faq', 'kb', 'netmedic', 'Answer with FAQ', 'Teach netmedic']) expect({ name, perms: byName.get(name)!.default_member_permissions }).toEqual({ name, perms: MODERATOR });
    // /faqs checks Manage Messages or the server's moderator role itself.
    for (const name of ['about', 'check', 'explain', 'faqs', 'xtream', 'Explain this error']) expect({ name, perms: byName.get(name)!.default_member_permissions ?? null }).toEqual({ name, perms: null });
    const puts = fake.requestsMatching('PUT /applications/:app/guilds/:guild/commands');
    expect(puts.map((r) => r.status)).toEqual([200]); // one bulk overwrite
  });

  it('answers a chat input command directly: /about is type 4, ephemeral, pings nobody', async () => {
    const handle = await expectAboutAnswered();
    const cb = handle.callback!;
    expect(cb.data.flags).toBe(EPHEMERAL);
    expect(cb.data.allowed_mentions).toEqual({ parse: [], users: [], replied_user: false });
    expect(handle.original?.flags).toBe(EPHEMERAL);
  });

  it('defers /check and edits in the verdict: a closed port is refused', async () => {
    const port = await closedPort();
    const handle = fake.sendChatInput('check', { target: `127.0.0.1:${port}` });
    const cb = await handle.waitForCallback();
    expect(cb.type).toBe(CallbackType.DeferredChannelMessageWithSource);
    expect(cb.data.flags ?? 0).toBe(0); // public by default
    await fake.waitFor(() => handle.edits.some((e) => !String(embedsOf(e.body)[0]?.title ?? '').startsWith('⏳')), 10_000, 'final /check edit');
    const final = handle.edits[handle.edits.length - 1]!;
    expect(final.messageId).toBe('@original');
    const title = embedsOf(final.body)[0]!.title!;
    expect(title).toContain('Connection refused');
    expect(title).toContain(`127.0.0.1:${port}`);
    expect(buttonsOf(final.body).map((b) => b.custom_id)).toContain('explain:article:connection-refused:1');
    expect(handle.original?.flags ?? 0).toBe(0); // the loading state is gone
  });

  it('defers /check and edits in the verdict: a port that accepts and closes at once is not called reachable (issue 7)', async () => {
    // The listener ends every connection at once: auto mode must say so, not "Reachable".
    const handle = fake.sendChatInput('check', { target: `127.0.0.1:${openPort}` });
    expect((await handle.waitForCallback()).type).toBe(CallbackType.DeferredChannelMessageWithSource);
    await fake.waitFor(() => handle.edits.some((e) => !String(embedsOf(e.body)[0]?.title ?? '').startsWith('⏳')), 10_000, 'final /check edit');
    const final = handle.edits[handle.edits.length - 1]!;
    const title = embedsOf(final.body)[0]!.title!;
    expect(title).toContain('Closed at once by the server');
    expect(title).not.toContain('Reachable');
    expect(title).toContain(`127.0.0.1:${openPort}`);
    expect(buttonsOf(final.body).map((b) => b.custom_id)).toContain('explain:article:connection-closed-on-accept:1');
  });

  it('answers autocomplete for /explain: typed text and empty text, within Discord limits', async () => {
    const typed = fake.sendAutocomplete('explain', { text: 'ECONNREF' }, 'text');
    const cb = await typed.waitForCallback();
    expect(cb.type).toBe(CallbackType.ApplicationCommandAutocompleteResult);
    const choices = cb.data.choices as { name: string; value: string }[];
    expect(choices.some((c) => c.value === 'connection-refused' || /connection refused/i.test(c.name))).toBe(true);

    const empty = fake.sendAutocomplete('explain', { text: '' }, 'text');
    const ecb = await empty.waitForCallback();
    expect(ecb.type).toBe(CallbackType.ApplicationCommandAutocompleteResult);
    const hoisted = ecb.data.choices as { name: string; value: string }[];
    expect(hoisted.slice(0, 3).map((c) => c.value)).toEqual(['connection-refused', 'connection-timeout', 'connection-reset']);

    for (const list of [choices, hoisted]) {
      expect(list.length).toBeGreaterThan(0);
      expect(list.length).toBeLessThanOrEqual(25);
      for (const c of list) {
        expect(c.name.length).toBeLessThanOrEqual(100);
        expect(c.value.length).toBeLessThanOrEqual(100);
      }
    }
  });

  it('"Explain this error" replies to the message in the channel, pinging its author only', async () => {
    const before = fake.channelMessages().length;
    const handle = fake.sendMessageContextMenu('Explain this error', { content: 'connect ECONNREFUSED 127.0.0.1:5432', author: OTHER_USER });
    const cb = await handle.waitForCallback();
    expect(cb.data.flags).toBe(EPHEMERAL);
    const targetId = String(handle.payload.data && (handle.payload.data as Json).target_id);
    await fake.waitFor(() => fake.channelMessages().some((m) => m.source === 'rest' && m.messageReference?.message_id === targetId), 5000, 'channel reply');
    const post = fake.channelMessages().find((m) => m.source === 'rest' && m.messageReference?.message_id === targetId)!;
    expect(fake.channelMessages().length).toBe(before + 2); // the target and the reply
    expect(post.allowedMentions).toMatchObject({ parse: [], users: [OTHER_USER.id] });
    expect(post.content).toContain(`<@${OTHER_USER.id}>`);
    expect(embedsOf(post.body!)[0]!.title).toBe('Connection refused');
    // The invoker gets an ephemeral confirmation pointing at the reply.
    const edit = await handle.waitForEdit();
    expect(String(edit.body.content)).toContain(post.id);
    expect(handle.original?.flags).toBe(EPHEMERAL);
  });

  it('"Explain this error" on a message without an error answers ephemerally', async () => {
    const before = fake.channelMessages().filter((m) => m.source === 'rest').length;
    const handle = fake.sendMessageContextMenu('Explain this error', { content: 'hello there', author: OTHER_USER });
    const cb = await handle.waitForCallback();
    expect(cb.type).toBe(CallbackType.ChannelMessageWithSource);
    expect(cb.data.flags).toBe(EPHEMERAL);
    expect(String(cb.data.content)).toContain('No known error found');
    expect(fake.channelMessages().filter((m) => m.source === 'rest').length).toBe(before);
  });

  it('the "Full article" button opens the article ephemerally', async () => {
    const from = fake.requests.length;
    const explain = fake.sendChatInput('explain', { text: 'connect ECONNREFUSED 10.0.0.5:5432' });
    const cb = await explain.waitForCallback();
    expect(cb.type).toBe(CallbackType.ChannelMessageWithSource);
    // The answer goes out as JSON bytes the bot serialised itself: labelled as JSON, as Discord needs.
    const sent = fake.requests.slice(from).find((r) => r.path.endsWith('/callback'))!;
    expect(sent.contentType).toBe('application/json');
    expect(sent.body).toMatchObject({ type: CallbackType.ChannelMessageWithSource, data: { allowed_mentions: { parse: [] } } });
    const full = buttonsOf(cb.data).find((b) => b.label === 'Full article')!;
    expect(full.custom_id).toBe('explain:article:connection-refused:1');

    const press = fake.sendButton(full.custom_id, { messageId: String(explain.original!.id) });
    const pcb = await press.waitForCallback();
    expect(pcb.type).toBe(CallbackType.ChannelMessageWithSource);
    expect(pcb.data.flags).toBe(EPHEMERAL);
    const page = embedsOf(pcb.data)[0]!;
    expect(page.title).toContain('Connection refused');
    expect(page.description).toContain('What it means');
    expect(page.footer?.text).toContain('Article connection-refused');
  });

  it('turns a handler error into an ephemeral "Something went wrong (ref X)" with the same ref logged, and keeps answering', async () => {
    const mark = bot.logs.length;
    const handle = fake.sendChatInput('boom');
    const cb = await handle.waitForCallback();
    expect(cb.type).toBe(CallbackType.ChannelMessageWithSource);
    expect(cb.data.flags).toBe(EPHEMERAL);
    const ref = /Something went wrong \(ref ([0-9A-F]{8})\)/.exec(String(cb.data.content))?.[1];
    expect(ref).toBeDefined();
    const { req, lines } = interactionLogs(bot.logs, mark);
    const error = lines.find((l) => l.level === 50 && l.ref === ref);
    expect(error).toBeDefined();
    expect(error!.msg).toBe('interaction handler failed');
    expect(JSON.stringify(error!.err)).toContain('kaboom from the test command');
    expect(error!.req).toBe(req);
    await expectAboutAnswered();
  });

  describe('REST faults', () => {
    it('a 429 with Retry-After on the callback: waits, retries, answers', async () => {
      fake.failNextCallbackWith429(0.4);
      const handle = fake.sendChatInput('about');
      const cb = await handle.waitForCallback();
      expect(cb.type).toBe(CallbackType.ChannelMessageWithSource);
      const tries = fake.requestsMatching(`POST /interactions/${handle.id}/*/callback`);
      expect(tries.map((r) => r.status)).toEqual([429, 204]);
      expect(tries[1]!.receivedAt - tries[0]!.respondedAt!).toBeGreaterThanOrEqual(350);
    });

    it('one 500 on the callback is retried away', async () => {
      fake.failNextRequestWith500('POST /interactions/:id/:token/callback', 1);
      const handle = fake.sendChatInput('about');
      expect((await handle.waitForCallback()).type).toBe(CallbackType.ChannelMessageWithSource);
      expect(fake.requestsMatching(`POST /interactions/${handle.id}/*/callback`).map((r) => r.status)).toEqual([500, 204]);
    });

    it('a lasting 500 is logged, does not crash the bot, and the next interaction is answered', async () => {
      const mark = bot.logs.length;
      // Four attempts for the answer and four for the error reply all fail.
      fake.failNextRequestWith500('POST /interactions/:id/:token/callback', 8);
      const handle = fake.sendChatInput('about');
      await fake.waitFor(() => fake.requestsMatching(`POST /interactions/${handle.id}/*/callback`).filter((r) => r.status === 500).length === 8, 10_000, '8 failed callbacks');
      const { lines } = interactionLogs(bot.logs, mark);
      await until(() => lines.length > 0 && bot.logs.some((l) => l.req === lines[0]!.req && l.msg === 'could not send the error reply'), 'error-reply failure log');
      const failures = bot.logs.filter((l) => l.req === lines[0]!.req && l.level === 50);
      expect(failures.map((l) => l.msg)).toEqual(['interaction handler failed', 'could not send the error reply']);
      expect(handle.callback).toBeNull();
      await expectAboutAnswered();
    });

    it('an interaction acknowledged too late (10062) is logged as expired, not crashing; the next is answered', async () => {
      const mark = bot.logs.length;
      const handle = fake.sendChatInput('about', {}, { expired: true });
      await fake.waitFor(() => fake.requestsMatching(`POST /interactions/${handle.id}/*/callback`).some((r) => r.response?.code === 10062), 5000, '10062');
      const { req } = interactionLogs(bot.logs, mark);
      await until(() => bot.logs.some((l) => l.req === req && l.code === 10062), 'expired log line');
      const line = bot.logs.find((l) => l.req === req && l.code === 10062)!;
      expect(line.level).toBe(40);
      expect(line.msg).toBe('interaction expired or already acknowledged');
      expect(bot.logs.some((l) => l.req === req && l.level === 50)).toBe(false);
      // No error reply was attempted for an interaction that is gone.
      expect(fake.requestsMatching(`POST /webhooks/*/${handle.token}`)).toHaveLength(0);
      await expectAboutAnswered();
    });

    it('an interaction answered twice (the same INTERACTION_CREATE delivered again → 40060) is logged, not re-thrown', async () => {
      const first = await expectAboutAnswered();
      const mark = bot.logs.length;
      fake.dispatch('INTERACTION_CREATE', first.payload);
      await fake.waitFor(() => fake.requestsMatching(`POST /interactions/${first.id}/*/callback`).some((r) => r.response?.code === 40060), 5000, '40060');
      const { req } = interactionLogs(bot.logs, mark);
      await until(() => bot.logs.some((l) => l.req === req && l.code === 40060), '40060 log line');
      expect(bot.logs.find((l) => l.req === req && l.code === 40060)!.level).toBe(40);
      expect(bot.logs.some((l) => l.req === req && l.level === 50)).toBe(false);
      expect(fake.requestsMatching(`POST /webhooks/*/${first.token}`)).toHaveLength(0);
      await expectAboutAnswered();
    });
  });

  it('resumes after a gateway RECONNECT (op 7) without identifying again, and keeps answering', async () => {
    const identifies = fake.identifyCount;
    const resumes = fake.resumeCount;
    await fake.requestReconnect();
    // At least one more (a late heartbeat ack on a loaded machine can add a resume of its own).
    expect(fake.resumeCount).toBeGreaterThan(resumes);
    expect(fake.identifyCount).toBe(identifies);
    await expectAboutAnswered();
    expect(fake.identifyCount).toBe(identifies);
  });

  it('tags every log line of one interaction with the same req id, and different interactions with different ones', async () => {
    const mark = bot.logs.length;
    const handle = fake.sendChatInput('explain', { text: 'connect ECONNREFUSED 10.0.0.5:5432' });
    await handle.waitForCallback();
    const { req, lines } = interactionLogs(bot.logs, mark);
    await until(() => bot.logs.some((l) => l.req === req && l.msg === 'interaction handled'), "'interaction handled' line");
    const mine = bot.logs.slice(mark).filter((l) => l.req === req).map((l) => l.msg);
    expect(mine).toEqual(expect.arrayContaining(['interaction', 'explain', 'interaction handled']));
    expect(lines[0]!.user).toBe(fake.defaultUser.id);
    // Every line this interaction produced carries the req (none escaped without it).
    const unlabelled = bot.logs.slice(mark).filter((l) => l.req === undefined && ['explain', 'interaction handled'].includes(String(l.msg)));
    expect(unlabelled).toEqual([]);

    const mark2 = bot.logs.length;
    await expectAboutAnswered();
    expect(interactionLogs(bot.logs, mark2).req).not.toBe(req);
  });
});

describe('runtime: paging a long full article', () => {
  let fake: FakeDiscord;
  let bot: TestBot;
  let dir: string;

  beforeAll(async () => {
    // A copy of the knowledge base where one article is long enough to need several pages.
    dir = mkdtempSync(join(tmpdir(), 'netmedic-kb-'));
    cpSync(defaultKnowledgeDir(), dir, { recursive: true });
    const file = join(dir, 'connection-refused.md');
    const filler = ' This line is padded so the full article runs over more than one page of an embed';
    const padded = readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => (line.startsWith('- ') ? (line + filler.repeat(4)).slice(0, 295).trimEnd() : line))
      .join('\n');
    writeFileSync(file, padded);
    fake = await startFakeDiscord();
    bot = await startTestBot(fake, { env: { KNOWLEDGE_DIR: dir } });
    await deployToFake(fake, bot.runtime);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('page buttons update the article message in place (type 7), not post a new one', async () => {
    const open = fake.sendButton('explain:article:connection-refused:1');
    const ocb = await open.waitForCallback();
    expect(ocb.type).toBe(CallbackType.ChannelMessageWithSource);
    expect(ocb.data.flags).toBe(EPHEMERAL);
    const first = embedsOf(ocb.data)[0]!;
    const total = Number(/\(1\/(\d+)\)/.exec(first.title ?? '')?.[1]);
    expect(total).toBeGreaterThan(1);
    const next = buttonsOf(ocb.data).find((b) => b.label.startsWith('Next'))!;
    expect(next.disabled).not.toBe(true);

    const press = fake.sendButton(next.custom_id, { messageId: String(open.original!.id) });
    const pcb = await press.waitForCallback();
    expect(pcb.type).toBe(CallbackType.UpdateMessage);
    expect(embedsOf(pcb.data)[0]!.title).toContain(`(2/${total})`);
    expect(press.original?.id).toBe(open.original!.id);
    const prev = buttonsOf(pcb.data).find((b) => b.label.includes('Previous'))!;
    expect(prev.disabled).not.toBe(true);

    const back = fake.sendButton(prev.custom_id, { messageId: String(open.original!.id) });
    const bcb = await back.waitForCallback();
    expect(bcb.type).toBe(CallbackType.UpdateMessage);
    expect(embedsOf(bcb.data)[0]!.title).toContain(`(1/${total})`);
  });
});
