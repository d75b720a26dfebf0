/**
 * `/check … from:` end to end: the real bot (in process, against the local Discord-compatible
 * server) with REDIS_URL, and two real probe agents (in process, loopback targets only) taking
 * jobs from the machine's Redis under this run's key prefix. Autocomplete lists `all` and the live
 * locations; the reply is deferred, progress edits show rows as they arrive, and the final embed
 * has the table and the combined conclusion. A stopped agent is shown as "no answer".
 */
import type { Redis } from 'ioredis';
import { startAgent, type RunningAgent } from '../../src/agents/agent';
import { createLogger } from '../../src/logger';
import { checkOptionsFromConfig } from '../../src/check-options';
import { loadConfig } from '../../src/config';
import { startFakeDiscord, type EditRecord, type FakeDiscord, type InteractionHandle, type UserInput } from '../support/discord';
import { deployToFake, startTestBot, type TestBot } from '../support/netmedic-bot';
import { adminClient, deleteKeys, REDIS_URL, testPrefix } from '../support/redis';
import { embedOf, field, isEphemeral } from '../support/replies';
import { closedPort, statusServer, type TestHttpServer } from '../support/servers';

jest.setTimeout(60_000);

let userSeq = 10;
const nextUser = (): UserInput => ({ id: `17000000000000000${userSeq++}`, username: `from${userSeq}` });

async function allEdits(handle: InteractionHandle): Promise<{ edits: EditRecord[]; final: EditRecord }> {
  const edits: EditRecord[] = [];
  for (;;) {
    const edit = await handle.waitForEdit(20_000);
    edits.push(edit);
    if (!(embedOf(edit.body).title ?? '').startsWith('⏳')) return { edits, final: edit };
  }
}

describe('/check from: probe agents', () => {
  let fake: FakeDiscord;
  let bot: TestBot;
  let admin: Redis;
  let target: TestHttpServer;
  const prefix = testPrefix('from');
  const agents: RunningAgent[] = [];

  beforeAll(async () => {
    admin = await adminClient();
    target = await statusServer(200, 'ok');
    fake = await startFakeDiscord();
    const env = { REDIS_URL, REDIS_KEY_PREFIX: prefix, PROBE_ALLOW_PRIVATE: 'true', PROBE_DEADLINE_MS: '4000', PROBE_USER_COOLDOWN_SECONDS: '0' };
    bot = await startTestBot(fake, { env });
    await deployToFake(fake, bot.runtime);
    const agentConfig = loadConfig({ PROBE_ALLOW_PRIVATE: 'true' });
    for (const location of ['loop-a', 'loop-b']) {
      agents.push(
        await startAgent({
          redisUrl: REDIS_URL,
          prefix,
          location,
          checkOptions: checkOptionsFromConfig(agentConfig),
          version: '9.9.9',
          log: createLogger({ level: 'silent' }),
        }),
      );
    }
  });

  afterAll(async () => {
    await Promise.all(agents.map((a) => a.stop().catch(() => undefined)));
    await bot?.stop();
    await bot?.runtime.close();
    await fake?.close();
    await target?.close();
    await deleteKeys(admin, prefix);
    await admin.quit();
  });

  it('autocomplete offers all and each live location with its load', async () => {
    const cb = await fake.sendAutocomplete('check', { target: 'x', from: '' }, 'from', { user: nextUser() }).waitForCallback();
    const choices = cb.data.choices as { name: string; value: string }[];
    expect(choices.map((c) => c.value)).toEqual(['all', 'loop-a', 'loop-b']);
    expect(choices[0]!.name).toBe('all (2 locations online)');
    expect(choices[1]!.name).toMatch(/^loop-a — 1 agent, load 0\/4$/);
    const partial = await fake.sendAutocomplete('check', { target: 'x', from: 'loop-a,lo' }, 'from', { user: nextUser() }).waitForCallback();
    expect((partial.data.choices as { value: string }[]).map((c) => c.value)).toEqual(['loop-a,loop-b']);
  });

  it('from:all — one table (location, verdict, connect time) and one conclusion', async () => {
    const handle = fake.sendChatInput('check', { target: `127.0.0.1:${target.port}`, protocol: 'tcp', from: 'all' }, { user: nextUser() });
    expect((await handle.waitForCallback()).type).toBe(5);
    const { final } = await allEdits(handle);
    const embed = embedOf(final.body);
    expect(embed.title).toMatch(/^✅ Port open/);
    const table = field(embed, 'From 3 networks')!.value;
    expect(table).toMatch(/^\*\*answers everywhere: if it fails for you, the block is on your side\*\*\n```\nlocation\s+verdict\s+connect\n/);
    expect(table).toMatch(/\nbot\s+ok\s+\d+ ms\n/);
    expect(table).toMatch(/\nloop-a\s+ok\s+\d+ ms\n/);
    expect(table).toMatch(/\nloop-b\s+ok\s+\d+ ms\n```$/);
  });

  it('a closed port: refused from every network', async () => {
    const port = await closedPort();
    const handle = fake.sendChatInput('check', { target: `127.0.0.1:${port}`, protocol: 'tcp', from: 'loop-a,loop-b' }, { user: nextUser() });
    const { final } = await allEdits(handle);
    expect(field(embedOf(final.body), 'From 3 networks')!.value).toMatch(/^\*\*refused from every network: the service is down or not listening\*\*/);
  });

  it('a bad from: is answered at once, ephemerally, and nothing runs', async () => {
    const cb = await fake.sendChatInput('check', { target: `127.0.0.1:${target.port}`, from: 'Not A Place!' }, { user: nextUser() }).waitForCallback();
    expect(cb.type).toBe(4);
    expect(isEphemeral(cb.data)).toBe(true);
    expect(String(cb.data.content)).toMatch(/^from: a location is 1–32 lowercase letters/);
  });

  it('an agent that stopped: its row says no answer at the deadline; the rows that arrived were shown before', async () => {
    await agents[1]!.stop(); // loop-b: gone (asked by name: a stopped agent leaves the live list)
    const live = await bot.runtime.services.agents!.liveLocations();
    expect(live.map((l) => l.location)).toEqual(['loop-a']);
    const handle = fake.sendChatInput('check', { target: `127.0.0.1:${target.port}`, protocol: 'tcp', from: 'loop-a,loop-b' }, { user: nextUser() });
    const { edits, final } = await allEdits(handle);
    // Before the final edit, a progress edit showed the rows that had arrived (bot, loop-a).
    const progress = edits.slice(0, -1).map((e) => field(embedOf(e.body), /^From \d networks?$/)?.value ?? '');
    expect(progress.some((v) => /\nbot\s+ok/.test(v) && /\nloop-a\s+ok/.test(v) && !/loop-b/.test(v))).toBe(true);
    const value = field(embedOf(final.body), 'From 3 networks')!.value;
    expect(value).toMatch(/^\*\*answers from every network that reported \(no answer from loop-b by the deadline\)/);
    expect(value).toMatch(/\nloop-b\s+no answer \(agent\)\s+—\n```$/);
  });
});
