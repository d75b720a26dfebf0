/**
 * The learning loop's gaps, on both engines: unanswered /explain and "Explain this error" pastes
 * are recorded per server (normalised, never the author), clustered by /kb gaps and by
 * `netmedic kb gaps --json`; a confident answer is not recorded; /netmedic settings turns it off;
 * old rows expire.
 */
import { createGapsRepo, databaseTarget, migrateToLatest, openStore } from '../../src/store';
import { runCli } from '../support/bot-process';
import { ENGINES, type TestDatabase } from '../support/databases';
import { DEFAULT_MEMBER_PERMISSIONS, Permission, type CallbackRecord, type FakeDiscord } from '../support/discord';
import type { TestBot } from '../support/netmedic-bot';
import { startTwoGuildBot, stopTwoGuildBot } from '../support/two-guild-bot';
import { embedsOf } from '../support/replies';

jest.setTimeout(60_000);

const GUILD_A = '1250000000000000001';
const GUILD_B = '1250000000000000002';
const AUTHOR = { id: '1450000000000000009', username: 'secretive-author' };
const MOD = { id: '1450000000000000003', username: 'moderator' };
const MOD_PERMS = DEFAULT_MEMBER_PERMISSIONS | Permission.ManageMessages;
const inA = { user: MOD, memberPermissions: MOD_PERMS, guildId: GUILD_A };
const inB = { user: MOD, memberPermissions: MOD_PERMS, guildId: GUILD_B };

const UNKNOWN_1 = 'Quuxplayer says: frobnication handshake vanished on stream.alpha-iptv.tv port 8080 (code 4471)';
const UNKNOWN_2 = 'quuxplayer says:   Frobnication handshake vanished on panel.beta.example port 25461 (code 9)';
const KNOWN = 'curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused';

describe.each(ENGINES)('kb gaps on %s', (engine) => {
  let tdb: TestDatabase;
  let fake: FakeDiscord;
  let bot: TestBot;
  beforeAll(async () => {
    ({ tdb, fake, bot } = await startTwoGuildBot(engine, GUILD_A, GUILD_B));
  });
  afterAll(() => stopTwoGuildBot({ tdb, fake, bot }));

  const gapsIn = async (opts: typeof inA): Promise<CallbackRecord> => fake.sendChatInput('kb', { days: 7 }, { ...opts, subcommand: 'gaps' }).waitForCallback();
  const settle = () => new Promise((r) => setTimeout(r, 300));

  test('unanswered pastes cluster by normalised text; confident answers and other servers stay out', async () => {
    await fake.sendChatInput('explain', { text: UNKNOWN_1 }, inA).waitForCallback();
    await fake.sendChatInput('explain', { text: UNKNOWN_2 }, inA).waitForCallback();
    await fake.sendMessageContextMenu('Explain this error', { content: UNKNOWN_1, author: AUTHOR }, inA).waitForCallback();
    await fake.sendChatInput('explain', { text: KNOWN }, inA).waitForCallback();
    await settle();

    const a = embedsOf((await gapsIn(inA)).data)[0]!;
    expect(a.description).toMatch(/^1\. \*\*3×\*\* `quuxplayer says: frobnication handshake vanished on <host> port <n> \(code <n>\)`/);
    expect(a.description).not.toMatch(/curl|refused/i);
    expect(a.footer!.text).toMatch(/^3 unanswered pastes/);
    const everything = JSON.stringify(a);
    for (const secret of ['alpha-iptv', 'beta.example', '4471', '25461', AUTHOR.username, AUTHOR.id]) expect(everything).not.toContain(secret);

    const b = embedsOf((await gapsIn(inB)).data)[0]!;
    expect(b.description).toMatch(/No unanswered errors/);

    // The same reply in the moderator's language: Russian plural forms (3: few, 7: many).
    const ru = embedsOf((await fake.sendChatInput('kb', { days: 7 }, { ...inA, subcommand: 'gaps', locale: 'ru' }).waitForCallback()).data)[0]!;
    expect(ru.title).toBe('Ошибки без ответа за последние 7 дней');
    expect(ru.footer!.text).toMatch(/^Записано 3 текста без ответа · /);
    expect(ru.description).toMatch(/^1\. \*\*3×\*\* `quuxplayer says: frobnication handshake vanished/);
    const de = embedsOf((await fake.sendChatInput('kb', { days: 1 }, { ...inB, subcommand: 'gaps', locale: 'de' }).waitForCallback()).data)[0]!;
    expect(de.title).toBe('Unbeantwortete Fehler, letzter Tag');
    expect(de.description).toBe('Keine unbeantworteten Fehler am letzten Tag.');
    expect(de.footer!.text).toMatch(/^0 unbeantwortete Fehlertexte erfasst · /);

    // The CLI shows the same.
    const cli = runCli(['kb', 'gaps', '--guild', GUILD_A, '--json'], { DATABASE_URL: tdb.url });
    expect(await cli.exited).toBe(0);
    const json = JSON.parse(cli.stdout()) as { total: number; learning: boolean; clusters: { text: string; count: number }[] };
    expect(json).toMatchObject({ total: 3, learning: true });
    expect(json.clusters[0]).toMatchObject({ count: 3, text: expect.stringContaining('frobnication handshake') });
    // Text output follows --locale (and LANG); JSON stays English data whatever the locale.
    const text = runCli(['kb', 'gaps', '--guild', GUILD_A, '--locale', 'de'], { DATABASE_URL: tdb.url });
    expect(await text.exited).toBe(0);
    expect(text.stdout()).toMatch(/^Unbeantwortete Fehler, letzte 7 Tage\n1\. 3× `quuxplayer says/);
    expect(text.stdout()).toContain('3 unbeantwortete Fehlertexte erfasst');
    const fromLang = runCli(['kb', 'gaps', '--guild', GUILD_A, '--json'], { DATABASE_URL: tdb.url, LANG: 'ru_RU.UTF-8' });
    expect(await fromLang.exited).toBe(0);
    expect(JSON.parse(fromLang.stdout())).toEqual(json);
  });

  test('/netmedic settings learning:false stops recording; true starts again', async () => {
    const off = await fake.sendChatInput('netmedic', { learning: false }, { ...inA, subcommand: 'settings' }).waitForCallback();
    expect(String(off.data.content)).toMatch(/Learning: off/);
    await fake.sendChatInput('explain', { text: 'zorblat widget imploded unexpectedly' }, inA).waitForCallback();
    await settle();
    expect(embedsOf((await gapsIn(inA)).data)[0]!.description).not.toContain('zorblat');
    const on = await fake.sendChatInput('netmedic', { learning: true }, { ...inA, subcommand: 'settings' }).waitForCallback();
    expect(String(on.data.content)).toMatch(/Learning: on.*kept 30 days/);
    await fake.sendChatInput('explain', { text: 'zorblat widget imploded unexpectedly' }, inA).waitForCallback();
    await settle();
    expect(embedsOf((await gapsIn(inA)).data)[0]!.description).toContain('zorblat');
  });

  test('rows older than the retention period expire', async () => {
    const store = openStore(databaseTarget(tdb.url));
    try {
      await migrateToLatest(store);
      const day = 86_400_000;
      const past = createGapsRepo(store, () => Date.now() - 31 * day);
      await past.record(GUILD_B, 'an old gap', null, 0, 'explain');
      const today = createGapsRepo(store);
      expect(await today.total(GUILD_B, 60)).toBe(1);
      expect(await today.expire(30)).toBeGreaterThanOrEqual(1);
      expect(await today.total(GUILD_B, 60)).toBe(0);
    } finally {
      await store.close();
    }
  });
});
