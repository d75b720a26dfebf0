/**
 * "Teach netmedic" and /kb phrases end to end, on both engines: a taught phrase answers the same
 * error reworded, with another host and port, in that server only; it never changes a confident
 * built-in answer; moderators only; /kb phrases lists and removes.
 */
import { localized, localizedFaq } from '../../src/knowledge/i18n';
import { ENGINES, type TestDatabase } from '../support/databases';
import { DEFAULT_MEMBER_PERMISSIONS, Permission, type CallbackRecord, type FakeDiscord, type InteractionHandle } from '../support/discord';
import type { TestBot } from '../support/netmedic-bot';
import { startTwoGuildBot, stopTwoGuildBot } from '../support/two-guild-bot';
import { buttonsOf, embedsOf, isEphemeral } from '../support/replies';

jest.setTimeout(60_000);

const GUILD_A = '1260000000000000001';
const GUILD_B = '1260000000000000002';
const MOD = { id: '1460000000000000003', username: 'moderator' };
const MEMBER = { id: '1460000000000000004', username: 'member' };
const AUTHOR = { id: '1460000000000000005', username: 'asker' };
const MOD_PERMS = DEFAULT_MEMBER_PERMISSIONS | Permission.ManageMessages;
const inA = { user: MOD, memberPermissions: MOD_PERMS, guildId: GUILD_A };
const inB = { user: MOD, memberPermissions: MOD_PERMS, guildId: GUILD_B };

const TAUGHT = 'QuuxPlayer: frobnication handshake vanished while tuning stream.alpha-iptv.tv:8080 (attempt 3)';
const REWORDED = 'quuxplayer -- Frobnication handshake vanished, tuning panel.other.example:25461 attempt 12';
const content = (cb: CallbackRecord) => String(cb.data.content ?? '');
const messageIdOf = (h: InteractionHandle) => String(h.original!.id);
const placeholderOf = (c: object | undefined) => (c as { placeholder?: string } | undefined)?.placeholder;

describe.each(ENGINES)('Teach netmedic on %s', (engine) => {
  let tdb: TestDatabase;
  let fake: FakeDiscord;
  let bot: TestBot;
  beforeAll(async () => {
    ({ tdb, fake, bot } = await startTwoGuildBot(engine, GUILD_A, GUILD_B));
  });
  afterAll(() => stopTwoGuildBot({ tdb, fake, bot }));

  async function teach(text: string, articleId: string, opts = inA): Promise<CallbackRecord> {
    const menu = fake.sendMessageContextMenu('Teach netmedic', { content: text, author: AUTHOR }, opts);
    const cb = await menu.waitForCallback();
    const select = buttonsOf(cb.data)[0];
    if (!select) return cb;
    expect(select.options!.map((o) => o.value)).toContain(articleId);
    return fake.sendSelect(select.custom_id!, [articleId], { ...opts, messageId: messageIdOf(menu) }).waitForCallback();
  }

  test('before teaching there is no confident answer; after, the reworded error gets the article, in this server only', async () => {
    const kb = bot.runtime.services.knowledge.current();
    const before = await fake.sendChatInput('explain', { text: REWORDED }, inA).waitForCallback();
    expect(isEphemeral(before.data)).toBe(true);

    const learnt = await teach(TAUGHT, 'connection-timeout');
    expect(content(learnt)).toMatch(/^Learnt: `quuxplayer: frobnication handshake vanished while tuning <host> \(attempt <n>\)` → \*\*/);
    expect(content(learnt)).not.toMatch(/alpha-iptv|8080/);

    const after = await fake.sendChatInput('explain', { text: REWORDED }, inA).waitForCallback();
    expect(isEphemeral(after.data)).toBe(false);
    expect(JSON.stringify(embedsOf(after.data)[0])).toContain(kb.article('connection-timeout')!.title);

    const elsewhere = await fake.sendChatInput('explain', { text: REWORDED }, inB).waitForCallback();
    expect(isEphemeral(elsewhere.data)).toBe(true);
    expect(JSON.stringify(elsewhere.data)).not.toContain(kb.article('connection-timeout')!.title);
  });

  test('a taught phrase never outranks a confident built-in (error code) answer', async () => {
    const kb = bot.runtime.services.knowledge.current();
    await teach('connect ECONNREFUSED 10.1.2.3:5432 from the database pool', 'dns-failure');
    const cb = await fake.sendChatInput('explain', { text: 'connect ECONNREFUSED 10.9.9.9:6543 from the database pool' }, inA).waitForCallback();
    const shown = JSON.stringify(embedsOf(cb.data)[0]);
    expect(shown).toContain(kb.article('connection-refused')!.title);
    expect(shown).not.toContain(kb.article('dns-failure')!.title);
  });

  test('moderators only; another server cannot use a menu opened here', async () => {
    const member = { ...inA, user: MEMBER, memberPermissions: DEFAULT_MEMBER_PERMISSIONS };
    expect(content(await fake.sendMessageContextMenu('Teach netmedic', { content: TAUGHT, author: AUTHOR }, member).waitForCallback())).toMatch(/Only moderators/);
    const menu = fake.sendMessageContextMenu('Teach netmedic', { content: 'zorp blaster overheated badly again', author: AUTHOR }, inA);
    const select = buttonsOf((await menu.waitForCallback()).data)[0]!;
    const fromB = await fake.sendSelect(select.custom_id!, ['connection-reset'], inB).waitForCallback();
    expect(content(fromB)).toMatch(/expired or was already used/);
  });

  test('/kb phrases lists what was taught here and removes one by number', async () => {
    const list = await fake.sendChatInput('kb', {}, { ...inA, subcommand: 'phrases' }).waitForCallback();
    const lines = content(list).trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^1\. `quuxplayer: frobnication/);
    expect(content(await fake.sendChatInput('kb', {}, { ...inB, subcommand: 'phrases' }).waitForCallback())).toMatch(/No phrases taught/);
    const removed = await fake.sendChatInput('kb', { remove: 1 }, { ...inA, subcommand: 'phrases' }).waitForCallback();
    expect(content(removed)).toMatch(/^Removed: `quuxplayer/);
    const after = await fake.sendChatInput('explain', { text: REWORDED }, inA).waitForCallback();
    expect(isEphemeral(after.data)).toBe(true);
  });

  test('in the moderator’s language: menus, confirmation, refusals and /kb phrases (German, Russian)', async () => {
    const kb = bot.runtime.services.knowledge.current();
    const deA = { ...inA, locale: 'de' };
    await fake.sendChatInput('kb', {}, { ...deA, subcommand: 'phrases' }).waitForCallback();
    const menu = fake.sendMessageContextMenu('Teach netmedic', { content: 'blorptastic relay dropped the gizmo handshake twice', author: AUTHOR }, deA);
    const cb = await menu.waitForCallback();
    expect(content(cb)).toMatch(/^Welcher Artikel oder FAQ-Eintrag beantwortet das\? netmedic lernt:\n`blorptastic relay/);
    const [articles, faqs] = buttonsOf(cb.data);
    expect(placeholderOf(articles)).toBe('Artikel auswählen');
    expect(articles!.options!.map((o) => o.label)).toContain('Verbindung abgelehnt');
    expect(placeholderOf(faqs)).toBe('…oder den FAQ-Eintrag');
    const learnt = await fake.sendSelect(articles!.custom_id!, ['connection-refused'], { ...deA, messageId: messageIdOf(menu) }).waitForCallback();
    // /kb was used in this server just above: the bot knows its id and mentions it.
    const kbId = (fake.registeredCommands(GUILD_A).find((c) => c.name === 'kb') ?? fake.registeredCommands().find((c) => c.name === 'kb'))!.id;
    expect(content(learnt)).toMatch(/^Gelernt: `blorptastic relay dropped the gizmo handshake twice` → \*\*Verbindung abgelehnt\*\*, nur auf diesem Server\. /);
    expect(content(learnt)).toContain(` </kb phrases:${kbId}> listet`);

    const ru = await fake.sendChatInput('kb', {}, { ...inA, subcommand: 'phrases', locale: 'ru' }).waitForCallback();
    expect(content(ru)).toContain(`→ ${localized(kb, 'connection-refused', 'ru')!.title}`);
    const none = await fake.sendChatInput('kb', {}, { ...inB, subcommand: 'phrases', locale: 'de' }).waitForCallback();
    expect(content(none)).toBe('Auf diesem Server wurden noch keine Phrasen beigebracht (Rechtsklick auf eine Nachricht → Apps → netmedic beibringen).');
    const member = { ...deA, user: MEMBER, memberPermissions: DEFAULT_MEMBER_PERMISSIONS };
    expect(content(await fake.sendMessageContextMenu('Teach netmedic', { content: TAUGHT, author: AUTHOR }, member).waitForCallback())).toBe('Nur Moderatoren können netmedic etwas beibringen.');
    // A phrase taught to a shipped FAQ entry: the answer is that entry in the asker's language, with its chrome.
    const PASTE = 'zibbly gateway refuses the wobble tunnel every morning';
    const faqMenu = fake.sendMessageContextMenu('Teach netmedic', { content: PASTE, author: AUTHOR }, deA);
    const faqSelect = buttonsOf((await faqMenu.waitForCallback()).data)[1]!;
    const taught = await fake.sendSelect(faqSelect.custom_id!, ['port-forwarding'], { ...deA, messageId: messageIdOf(faqMenu) }).waitForCallback();
    expect(faqSelect.options!.map((o) => o.label)).toContain(localizedFaq(kb, 'port-forwarding', 'de')!.title.slice(0, 100));
    expect(content(taught)).toContain(`→ **FAQ: ${localizedFaq(kb, 'port-forwarding', 'de')!.title}**`);
    const answered = await fake.sendChatInput('explain', { text: PASTE }, { ...inA, locale: 'de' }).waitForCallback();
    const embed = embedsOf(answered.data)[0]!;
    expect(embed.title).toBe(localizedFaq(kb, 'port-forwarding', 'de')!.title);
    expect(embed.footer!.text).toMatch(/^FAQ port-forwarding · (auch: .* · )?auf diesem Server beigebracht$/);
    expect(buttonsOf(answered.data).map((b) => b.label)).toEqual(['Hilfreich', 'Nicht hilfreich']);

    const missing = await fake.sendChatInput('kb', { remove: 99 }, { ...inA, subcommand: 'phrases', locale: 'ru' }).waitForCallback();
    expect(content(missing)).toBe(`Фразы с номером 99 нет; </kb phrases:${kbId}> показывает список.`);
  });
});
