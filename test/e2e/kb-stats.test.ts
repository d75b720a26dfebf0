/**
 * Issue 10 items 2–3 through the real discord.js client against the local Discord server, on both
 * engines: Helpful / Not helpful on explain replies (one vote per user per reply, changeable, kept
 * per server), /kb stats and `netmedic kb stats` showing the same numbers, the Teach button on
 * each /kb gaps cluster, FAQ entries as Teach targets answering the paste, and /netmedic settings'
 * one-click switch and per-server retention. Another server can neither read nor change any of it.
 */
import { createGapsRepo, databaseTarget, migrateToLatest, openStore } from '../../src/store';
import { runCli } from '../support/bot-process';
import { localized } from '../../src/knowledge/i18n';
import { ENGINES, type TestDatabase } from '../support/databases';
import { DEFAULT_MEMBER_PERMISSIONS, Permission, type CallbackRecord, type FakeDiscord, type InteractionHandle } from '../support/discord';
import type { TestBot } from '../support/netmedic-bot';
import { startTwoGuildBot, stopTwoGuildBot } from '../support/two-guild-bot';
import { buttonsOf, embedsOf, isEphemeral } from '../support/replies';

jest.setTimeout(90_000);

const GUILD_A = '1270000000000000001';
const GUILD_B = '1270000000000000002';
const MOD = { id: '1470000000000000003', username: 'moderator' };
const MEMBER = { id: '1470000000000000004', username: 'member-one' };
const OTHER = { id: '1470000000000000005', username: 'member-two' };
const MOD_PERMS = DEFAULT_MEMBER_PERMISSIONS | Permission.ManageMessages;
const inA = { user: MOD, memberPermissions: MOD_PERMS, guildId: GUILD_A };
const inB = { user: MOD, memberPermissions: MOD_PERMS, guildId: GUILD_B };
const memberIn = (guildId: string, user = MEMBER) => ({ user, memberPermissions: DEFAULT_MEMBER_PERMISSIONS, guildId });

const KNOWN = 'curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused';
const UNKNOWN = 'Blimflap player: gronkulation of the splorg index failed on tv.alpha-iptv.tv port 8080';
const PANEL = 'Quuxbox app says: portal address rejected, wizard aborted at step 3 for panel.alpha.example';
const PANEL_AGAIN = 'quuxbox app says portal address rejected — wizard aborted at step 9 (panel.beta.example)';

const content = (cb: CallbackRecord) => String(cb.data.content ?? '');
const idOf = (h: InteractionHandle) => String(h.original!.id);
const settle = () => new Promise((r) => setTimeout(r, 300));

describe.each(ENGINES)('votes, /kb stats, Teach from gaps, settings on %s', (engine) => {
  let tdb: TestDatabase;
  let fake: FakeDiscord;
  let bot: TestBot;
  beforeAll(async () => {
    ({ tdb, fake, bot } = await startTwoGuildBot(engine, GUILD_A, GUILD_B));
  });
  afterAll(() => stopTwoGuildBot({ tdb, fake, bot }));

  const statsIn = async (opts: object) => embedsOf((await fake.sendChatInput('kb', { weeks: 2 }, { ...opts, subcommand: 'stats' }).waitForCallback()).data)[0]!;

  test('Helpful / Not helpful: one vote per user per reply, changeable; /kb stats and the CLI show the same numbers; another server changes nothing', async () => {
    const explain = fake.sendChatInput('explain', { text: KNOWN }, inA);
    const answer = await explain.waitForCallback();
    const ids = buttonsOf(answer.data).map((b) => b.custom_id);
    expect(ids).toEqual(['explain:article:connection-refused:1', 'explain:vote:yes:connection-refused', 'explain:vote:no:connection-refused']);
    const messageId = idOf(explain);
    const press = async (yes: boolean, opts: object) =>
      content(await fake.sendButton(`explain:vote:${yes ? 'yes' : 'no'}:connection-refused`, { ...opts, messageId }).waitForCallback());

    expect(await press(true, memberIn(GUILD_A))).toMatch(/counted as helpful/);
    expect(await press(true, memberIn(GUILD_A))).toMatch(/already marked this helpful/);
    expect(await press(false, memberIn(GUILD_A))).toMatch(/Changed: your vote is now not helpful/);
    expect(await press(true, memberIn(GUILD_A, OTHER))).toMatch(/counted as helpful/);
    expect(await press(true, { ...memberIn(GUILD_A, OTHER), locale: 'it' })).toBe('Hai già segnato questa risposta come utile.');

    const miss = await fake.sendChatInput('explain', { text: UNKNOWN }, inA).waitForCallback();
    expect(buttonsOf(miss.data).map((b) => b.label).slice(-2)).toEqual(['Helpful', 'Not helpful']);
    await settle();
    // "Explain this error" on a message without a known error: the notice has the row too (counted as a gap below).
    const notice = await fake.sendMessageContextMenu('Explain this error', { content: UNKNOWN, author: OTHER }, inA).waitForCallback();
    expect(buttonsOf(notice.data).map((b) => b.custom_id)).toEqual(['explain:vote:yes:-', 'explain:vote:no:-']);
    await settle();

    const a = await statsIn(inA);
    expect(a.description).toContain('Answer rate **33%** (1 answered, 2 not)');
    expect(a.description).toContain('Helpful rate **50%** (1 helpful, 1 not helpful)');
    expect(a.description).toContain('Top: Connection refused ×1');

    const cli = runCli(['kb', 'stats', '--guild', GUILD_A, '--weeks', '2', '--json'], { DATABASE_URL: tdb.url });
    expect(await cli.exited).toBe(0);
    const json = JSON.parse(cli.stdout()) as { weeks: number; learning: boolean; total: Record<string, unknown>; byWeek: { week: number; answered: number }[] };
    expect(json).toMatchObject({ weeks: 2, learning: true, total: { answered: 1, unanswered: 2, answerRate: 0.333, helpful: 1, notHelpful: 1, helpfulRate: 0.5, top: [{ target: 'connection-refused', count: 1 }] } });
    expect(json.byWeek.map((w) => [w.week, w.answered])).toEqual([[0, 1], [1, 0]]);
    const text = runCli(['kb', 'stats', '--guild', GUILD_A], { DATABASE_URL: tdb.url });
    expect(await text.exited).toBe(0);
    expect(text.stdout()).toMatch(/Answer rate 33% \(1 answered, 2 not\)/);
    expect(text.stdout()).toMatch(/Helpful rate 50% \(1 helpful, 1 not helpful\)/);
    // The same numbers in the reader's language: /kb stats (Russian, article titles translated) and --locale fr.
    const ru = await statsIn({ ...inA, locale: 'ru' });
    expect(ru.title).toBe('Статистика базы знаний за последние 2 недели');
    expect(ru.description).toContain('Доля ответов **33\u00a0%** (с ответом: 1, без ответа: 2)');
    expect(ru.description).toContain('Доля полезных **50\u00a0%** (полезно: 1, не помогло: 1)');
    expect(ru.description).toContain(`Чаще всего: ${localized(bot.runtime.services.knowledge.current(), 'connection-refused', 'ru')!.title} ×1`);
    const fr = runCli(['kb', 'stats', '--guild', GUILD_A, '--locale', 'fr'], { DATABASE_URL: tdb.url });
    expect(await fr.exited).toBe(0);
    expect(fr.stdout()).toContain('Taux de réponse 33\u00a0% (1 avec réponse, 2 sans)');

    // Pressing A's buttons from server B: counted there (the server is the interaction's), A unchanged.
    expect(await press(false, memberIn(GUILD_B))).toMatch(/counted as not helpful/);
    expect((await statsIn(inA)).description).toContain('Helpful rate **50%** (1 helpful, 1 not helpful)');
    const b = await statsIn(inB);
    expect(b.description).toContain('Answer rate **—** (0 answered, 0 not)');
    expect(b.description).toContain('Helpful rate **0%** (0 helpful, 1 not helpful)');

    // Who voted is not stored: only a hash per reply and voter.
    const store = openStore(databaseTarget(tdb.url));
    try {
      const rows = await store.db.selectFrom('kb_votes').selectAll().execute();
      expect(rows).toHaveLength(3);
      const dump = JSON.stringify(rows);
      for (const who of [MEMBER, OTHER]) for (const v of Object.values(who)) expect(dump).not.toContain(v);
    } finally {
      await store.close();
    }
  });

  test('/kb gaps: a Teach button per cluster opens the article-or-FAQ menus; a taught FAQ entry answers the paste, in that server only', async () => {
    const own = await bot.runtime.services.faqs!.add(GUILD_A, 'quux-portal', { title: 'Quuxbox: entering the portal address', aliases: [], body: 'Settings → Portal, paste the address **with** the port.' }, MOD.id);
    expect(own.ok).toBe(true);
    await fake.sendChatInput('explain', { text: PANEL }, inA).waitForCallback();
    await settle();

    const gaps = await fake.sendChatInput('kb', { days: 7 }, { ...inA, subcommand: 'gaps' }).waitForCallback();
    const clusters = embedsOf(gaps.data)[0]!.description!.split('\n');
    const index = clusters.findIndex((l) => l.includes('quuxbox app says'));
    expect(index).toBeGreaterThanOrEqual(0);
    const teachButtons = buttonsOf(gaps.data);
    expect(teachButtons.map((b) => b.label)).toEqual(clusters.map((_, i) => `Teach ${i + 1}`));
    const teachId = teachButtons[index]!.custom_id!;

    // Not from another server, not by a member.
    expect(content(await fake.sendButton(teachId, inB).waitForCallback())).toMatch(/expired .* or belong to someone else/);
    expect(content(await fake.sendButton(teachId, memberIn(GUILD_A)).waitForCallback())).toMatch(/Only moderators/);

    const open = fake.sendButton(teachId, inA);
    const menus = await open.waitForCallback();
    expect(isEphemeral(menus.data)).toBe(true);
    expect(content(menus)).toContain('quuxbox app says: portal address rejected');
    const [articleMenu, faqMenu] = buttonsOf(menus.data);
    expect(articleMenu!.custom_id).toMatch(/^teach:pick:/);
    expect(faqMenu!.custom_id).toMatch(/^teach:faq:/);
    expect(faqMenu!.options![0]!.value).toBe('quux-portal');
    expect(faqMenu!.options!.map((o) => o.value)).toContain('flush-dns');

    // Another server cannot use the menu.
    expect(content(await fake.sendSelect(faqMenu!.custom_id!, ['quux-portal'], { ...inB, messageId: idOf(open) }).waitForCallback())).toMatch(/expired or was already used/);
    const learnt = await fake.sendSelect(faqMenu!.custom_id!, ['quux-portal'], { ...inA, messageId: idOf(open) }).waitForCallback();
    expect(content(learnt)).toMatch(/^Learnt: `quuxbox app says: portal address rejected.*` → \*\*FAQ: Quuxbox: entering the portal address\*\*/);

    const answered = await fake.sendChatInput('explain', { text: PANEL_AGAIN }, inA).waitForCallback();
    expect(isEphemeral(answered.data)).toBe(false);
    const embed = embedsOf(answered.data)[0]!;
    expect(embed.title).toBe('Quuxbox: entering the portal address');
    expect(embed.footer!.text).toMatch(/taught in this server/);
    expect(buttonsOf(answered.data).map((b) => b.custom_id)).toEqual(['explain:vote:yes:faq/quux-portal', 'explain:vote:no:faq/quux-portal']);

    const elsewhere = await fake.sendChatInput('explain', { text: PANEL_AGAIN }, inB).waitForCallback();
    expect(isEphemeral(elsewhere.data)).toBe(true);
    expect(JSON.stringify(elsewhere.data)).not.toContain('Quuxbox: entering');

    const phrases = await fake.sendChatInput('kb', {}, { ...inA, subcommand: 'phrases' }).waitForCallback();
    expect(content(phrases)).toMatch(/→ FAQ: Quuxbox: entering the portal address/);
    await settle();
    expect((await statsIn(inA)).description).toContain('FAQ Quuxbox: entering the portal address ×1');
  });

  test('Teach netmedic offers the server\'s FAQ view (shipped entries too); the taught shipped entry answers as this server has it', async () => {
    await bot.runtime.services.faqs!.add(GUILD_A, 'zintel-notes', { title: 'Zintel router notes', aliases: [], body: 'Firmware 2 or later.' }, MOD.id);
    const menu = fake.sendMessageContextMenu('Teach netmedic', { content: 'Zintel router: name lookup stuck in the wobbly cache again on host.example.org', author: OTHER }, inA);
    const cb = await menu.waitForCallback();
    const faqMenu = buttonsOf(cb.data).find((c) => c.custom_id?.startsWith('teach:faq:'))!;
    expect(faqMenu.options!.map((o) => o.value)).toEqual(expect.arrayContaining(['flush-dns', 'zintel-notes']));
    await fake.sendSelect(faqMenu.custom_id!, ['flush-dns'], { ...inA, messageId: idOf(menu) }).waitForCallback();
    const shipped = bot.runtime.services.knowledge.current().faq('flush-dns')!;
    const paste = 'zintel router -- name lookup stuck in the wobbly cache again (other.example.net)';
    expect(embedsOf((await fake.sendChatInput('explain', { text: paste }, inA).waitForCallback()).data)[0]!.title).toBe(shipped.title);
    // The server overrides the shipped entry: the taught phrase now answers with its text.
    const edited = await bot.runtime.services.faqs!.edit(GUILD_A, 'flush-dns', 0, { title: 'Zintel: clear the router cache', aliases: [], body: 'Hold reset for 5 seconds.' }, MOD.id);
    expect(edited.ok).toBe(true);
    const answer = await fake.sendChatInput('explain', { text: paste }, inA).waitForCallback();
    expect(embedsOf(answer.data)[0]).toMatchObject({ title: 'Zintel: clear the router cache', description: 'Hold reset for 5 seconds.' });
  });

  test('/netmedic settings: one click turns learning off and on; retention per server; moderators only', async () => {
    const shown = fake.sendChatInput('netmedic', {}, { ...inA, subcommand: 'settings' });
    const first = await shown.waitForCallback();
    expect(content(first)).toMatch(/Learning: on.*kept 30 days \(the default\)/);
    expect(buttonsOf(first.data).map((b) => [b.custom_id, b.label])).toEqual([['netmedic:learning:off', 'Turn learning off']]);

    expect(content(await fake.sendButton('netmedic:learning:off', { ...memberIn(GUILD_A), messageId: idOf(shown) }).waitForCallback())).toMatch(/Only moderators/);
    expect(await bot.runtime.services.learning!.learning(GUILD_A)).toBe(true);

    const off = await fake.sendButton('netmedic:learning:off', { ...inA, messageId: idOf(shown) }).waitForCallback();
    expect(content(off)).toMatch(/Learning: off/);
    expect(buttonsOf(off.data).map((b) => b.custom_id)).toEqual(['netmedic:learning:on']);
    await fake.sendChatInput('explain', { text: 'vorpal dingus exploded in the snark relay' }, inA).waitForCallback();
    await settle();
    expect(embedsOf((await fake.sendChatInput('kb', {}, { ...inA, subcommand: 'gaps' }).waitForCallback()).data)[0]!.description).not.toContain('vorpal');
    // B is untouched.
    expect(await bot.runtime.services.learning!.learning(GUILD_B)).toBe(true);
    const on = await fake.sendButton('netmedic:learning:on', { ...inA, messageId: idOf(shown) }).waitForCallback();
    expect(content(on)).toMatch(/Learning: on/);

    const kept = await fake.sendChatInput('netmedic', { retention_days: 10 }, { ...inA, subcommand: 'settings' }).waitForCallback();
    expect(content(kept)).toMatch(/kept 10 days \(normalised/);
    expect(content(await fake.sendChatInput('netmedic', {}, { ...inB, subcommand: 'settings' }).waitForCallback())).toMatch(/kept 30 days \(the default\)/);
    expect(content(await fake.sendChatInput('netmedic', { retention_days: 5 }, { ...memberIn(GUILD_A), subcommand: 'settings' }).waitForCallback())).toMatch(/Only moderators|permission/i);

    // A 12-day-old gap is gone in A (10 days) and kept in B (30, the default).
    const store = openStore(databaseTarget(tdb.url));
    try {
      await migrateToLatest(store);
      const past = createGapsRepo(store, () => Date.now() - 12 * 86_400_000);
      await past.record(GUILD_A, 'twelve days old', null, 0, 'explain');
      await past.record(GUILD_B, 'twelve days old', null, 0, 'explain');
    } finally {
      await store.close();
    }
    const gapsA = embedsOf((await fake.sendChatInput('kb', { days: 30 }, { ...inA, subcommand: 'gaps' }).waitForCallback()).data)[0]!;
    const gapsB = embedsOf((await fake.sendChatInput('kb', { days: 30 }, { ...inB, subcommand: 'gaps' }).waitForCallback()).data)[0]!;
    expect(gapsA.description).not.toContain('twelve days old');
    expect(gapsB.description).toContain('twelve days old');
    const reset = await fake.sendChatInput('netmedic', { retention_days: 0 }, { ...inA, subcommand: 'settings' }).waitForCallback();
    expect(content(reset)).toMatch(/kept 30 days \(the default\)/);
  });

  test('CLI: kb stats needs a server and a sane --weeks', async () => {
    const noGuild = runCli(['kb', 'stats'], { DATABASE_URL: tdb.url });
    expect(await noGuild.exited).toBe(2);
    expect(noGuild.stderr()).toMatch(/kb stats needs --guild ID/);
    const badWeeks = runCli(['kb', 'stats', '--guild', GUILD_A, '--weeks', '0'], { DATABASE_URL: tdb.url });
    expect(await badWeeks.exited).toBe(2);
    expect(badWeeks.stderr()).toMatch(/--weeks must be a whole number 1–25/);
    const other = runCli(['kb', 'stats', '--guild', GUILD_B, '--json'], { DATABASE_URL: tdb.url });
    expect(await other.exited).toBe(0);
    expect(JSON.parse(other.stdout())).toMatchObject({ guild: GUILD_B, weeks: 4, total: { answered: 0, helpful: 0 } });
  });
});
