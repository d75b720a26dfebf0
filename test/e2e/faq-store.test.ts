/**
 * A server's own FAQ end to end, on both engines: the real bot in-process (real discord.js client)
 * against the local Discord-compatible server, with a real database. Modals, preview buttons,
 * confirmations, autocomplete, paging, export (a real zip upload) and import (an attachment the
 * bot downloads from the test bed on 127.0.0.1), version conflicts, and server scoping through
 * every command and component.
 */
import { unzipSync, zipSync } from 'fflate';
import { faqToMarkdown } from '../../src/faq/markdown';
import { localizedKnowledge } from '../../src/knowledge/i18n';
import { createFaqRepo, databaseTarget, openStore } from '../../src/store';
import { createTestDatabase, ENGINES, type TestDatabase } from '../support/databases';
import {
  DEFAULT_MEMBER_PERMISSIONS,
  Permission,
  startFakeDiscord,
  type CallbackRecord,
  type FakeDiscord,
  type InteractionHandle,
  type UserInput,
} from '../support/discord';
import { deployToFake, startTestBot, type TestBot } from '../support/netmedic-bot';
import { buttonsOf, embedsOf, isEphemeral } from '../support/replies';

jest.setTimeout(60_000);

const GUILD_A = '1210000000000000001';
const GUILD_B = '1210000000000000002';
const CHANNEL_A = '1310000000000000001';
const CHANNEL_B = '1310000000000000002';
const MOD: UserInput = { id: '1410000000000000003', username: 'moderator' };
const MOD2: UserInput = { id: '1410000000000000004', username: 'moderator2' };
const MEMBER: UserInput = { id: '1410000000000000005', username: 'member' };
const HELPER_ROLE = '1510000000000000001';
const MOD_PERMS = DEFAULT_MEMBER_PERMISSIONS | Permission.ManageMessages;
const inA = { user: MOD, memberPermissions: MOD_PERMS, guildId: GUILD_A, channelId: CHANNEL_A };
const inB = { user: MOD, memberPermissions: MOD_PERMS, guildId: GUILD_B, channelId: CHANNEL_B };

const modalInputs = (cb: CallbackRecord): Record<string, string | undefined> => {
  const rows = (cb.data.components as { components: { custom_id: string; value?: string }[] }[]) ?? [];
  return Object.fromEntries(rows.flatMap((r) => r.components).map((c) => [c.custom_id, c.value]));
};
const content = (cb: CallbackRecord): string => String(cb.data.content ?? '');
const messageIdOf = (h: InteractionHandle): string => String(h.original!.id);

describe.each(ENGINES)('server FAQ in Discord on %s', (engine) => {
  let tdb: TestDatabase;
  let fake: FakeDiscord;
  let bot: TestBot;

  beforeAll(async () => {
    tdb = await createTestDatabase(engine);
    fake = await startFakeDiscord({ guilds: [{ id: GUILD_A, channelIds: [CHANNEL_A] }, { id: GUILD_B, channelIds: [CHANNEL_B] }] });
    bot = await startTestBot(fake, { env: { DATABASE_URL: tdb.url, FAQ_REPEAT_SECONDS: '0' } });
    await deployToFake(fake, bot.runtime);
    const { deployCommands } = await import('../../src/discord/deploy.js');
    await deployCommands(bot.runtime.services.config, bot.runtime.registry.definitions(), GUILD_B, fake.applicationId);
  });
  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    await tdb?.drop();
  });

  /** /faqs add → modal → submit → preview → Save. Returns the Save button's callback. */
  async function addEntry(fields: { id: string; title: string; aliases?: string; body: string }, opts = inA): Promise<CallbackRecord> {
    const open = await fake.sendChatInput('faqs', {}, { ...opts, subcommand: 'add' }).waitForCallback();
    expect(open.type).toBe(9);
    const submit = fake.sendModalSubmit('faqs:add', { id: fields.id, title: fields.title, aliases: fields.aliases ?? '', body: fields.body }, opts);
    const preview = await submit.waitForCallback();
    const save = buttonsOf(preview.data).find((b) => b.label === 'Save');
    if (!save) return preview;
    return fake.sendButton(save.custom_id!, { ...opts, messageId: messageIdOf(submit) }).waitForCallback();
  }

  test('add: a modal (id, title, aliases, body), a preview with Save/Cancel; Save stores it and /faq posts it', async () => {
    const open = await fake.sendChatInput('faqs', {}, { ...inA, subcommand: 'add' }).waitForCallback();
    expect(open.type).toBe(9);
    expect(Object.keys(modalInputs(open))).toEqual(['id', 'title', 'aliases', 'body']);

    const submit = fake.sendModalSubmit('faqs:add', { id: 'tivimate-panel', title: 'How to enter our panel URL in TiviMate', aliases: 'tivimate, panel url', body: 'Open **Settings → Playlists**, then paste the URL. Ping @everyone? No.' }, inA);
    const preview = await submit.waitForCallback();
    expect(isEphemeral(preview.data)).toBe(true);
    expect(content(preview)).toMatch(/Preview/);
    expect(embedsOf(preview.data)[0]!.title).toBe('How to enter our panel URL in TiviMate');
    expect(buttonsOf(preview.data).map((b) => b.label)).toEqual(['Save', 'Cancel']);
    // Nothing stored before Save.
    const miss = await fake.sendChatInput('faq', { entry: 'tivimate-panel' }, inA).waitForCallback();
    expect(content(miss)).toMatch(/There is no FAQ entry/);

    const saveId = buttonsOf(preview.data)[0]!.custom_id!;
    const saved = await fake.sendButton(saveId, { ...inA, messageId: messageIdOf(submit) }).waitForCallback();
    expect(saved.type).toBe(7);
    expect(content(saved)).toMatch(/^Saved “How to enter our panel URL in TiviMate”/);
    // A second press finds the draft used.
    const again = await fake.sendButton(saveId, { ...inA, messageId: messageIdOf(submit) }).waitForCallback();
    expect(content(again)).toMatch(/expired or was already used/);

    const post = await fake.sendChatInput('faq', { entry: 'panel url' }, inA).waitForCallback();
    expect(post.type).toBe(4);
    expect(isEphemeral(post.data)).toBe(false);
    expect(embedsOf(post.data)[0]!.description).toContain('@everyone');
    expect(post.data.allowed_mentions).toMatchObject({ parse: [], users: [] });
  });

  test('Cancel stores nothing; invalid input gets the problems and nothing is saved', async () => {
    const submit = fake.sendModalSubmit('faqs:add', { id: 'never-saved', title: 'Never saved', aliases: '', body: 'Text' }, inA);
    const preview = await submit.waitForCallback();
    const cancel = buttonsOf(preview.data).find((b) => b.label === 'Cancel')!;
    expect(content(await fake.sendButton(cancel.custom_id!, { ...inA, messageId: messageIdOf(submit) }).waitForCallback())).toMatch(/Cancelled/);

    const bad = [
      [{ id: 'Bad Id', title: 'T', body: 'B' }, /id: "Bad Id" is not kebab-case/],
      [{ id: 'no-body', title: 'T', body: '   ' }, /body: /],
      [{ id: 'too-long', title: 'T', body: 'x'.repeat(4097) }, /body: is 4097 characters \(at most 4096\)/],
      [{ id: 'no-title', title: '', body: 'B' }, /title: /],
    ] as const;
    for (const [fields, problem] of bad) {
      const cb = await fake.sendModalSubmit('faqs:add', { ...fields, aliases: '' }, inA).waitForCallback();
      expect(isEphemeral(cb.data)).toBe(true);
      expect(content(cb)).toMatch(/^Nothing was saved/);
      expect(content(cb)).toMatch(problem);
      expect(buttonsOf(cb.data)).toEqual([]);
    }
    const ids = (await bot.runtime.services.faqs!.view(GUILD_A)).entries.map((e) => e.id);
    expect(ids).not.toEqual(expect.arrayContaining(['never-saved']));
    for (const [fields] of bad) expect(ids).not.toContain(fields.id);
  });

  test('edit: the modal is pre-filled; a stale form is refused with the current text', async () => {
    await addEntry({ id: 'reboot-box', title: 'Reboot the box', body: 'Version one.' });
    const open = await fake.sendChatInput('faqs', { entry: 'reboot-box' }, { ...inA, subcommand: 'edit' }).waitForCallback();
    expect(open.type).toBe(9);
    expect(open.data.custom_id).toBe('faqs:edit:reboot-box:1');
    expect(modalInputs(open)).toMatchObject({ title: 'Reboot the box', body: 'Version one.' });

    // Two moderators opened the same form; the first save wins.
    const first = await fake.sendModalSubmit('faqs:edit:reboot-box:1', { title: 'Reboot the box', aliases: 'restart', body: 'Version two.' }, inA).waitForCallback();
    expect(content(first)).toMatch(/^Saved .*version 2/);
    const second = await fake.sendModalSubmit('faqs:edit:reboot-box:1', { title: 'Reboot', aliases: '', body: 'Version two, by someone else.' }, { ...inA, user: MOD2 }).waitForCallback();
    expect(content(second)).toMatch(/edited by someone else meanwhile. Here is the current text/);
    expect(embedsOf(second.data)[0]!.description).toBe('Version two.');

    // A shipped entry can be overridden (same id) and restored.
    const shippedOpen = await fake.sendChatInput('faqs', { entry: 'flush-dns' }, { ...inA, subcommand: 'edit' }).waitForCallback();
    expect(shippedOpen.data.custom_id).toBe('faqs:edit:flush-dns:0');
    await fake.sendModalSubmit('faqs:edit:flush-dns:0', { title: 'Flush DNS, our way', aliases: '', body: 'Our own steps.' }, inA).waitForCallback();
    const posted = await fake.sendChatInput('faq', { entry: 'flush-dns' }, inA).waitForCallback();
    expect(embedsOf(posted.data)[0]!.title).toBe('Flush DNS, our way');
    expect(content(await fake.sendChatInput('faqs', { entry: 'flush-dns' }, { ...inA, subcommand: 'restore' }).waitForCallback())).toMatch(/back to the shipped text/);
    const back = await fake.sendChatInput('faq', { entry: 'flush-dns' }, inA).waitForCallback();
    expect(embedsOf(back.data)[0]!.title).not.toBe('Flush DNS, our way');

    const hist = await fake.sendChatInput('faqs', { entry: 'reboot-box' }, { ...inA, subcommand: 'history' }).waitForCallback();
    const lines = embedsOf(hist.data)[0]!.description!.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^v2 · \\*\\*edit\\*\\* by <@${MOD.id}>`));
    expect(lines[1]).toMatch(/^v1 · \*\*add\*\*/);
    expect(hist.data.allowed_mentions).toMatchObject({ parse: [] });
  });

  test('remove asks first; a shipped entry is hidden (and restorable), a server entry deleted', async () => {
    const ask = fake.sendChatInput('faqs', { entry: 'hosts-file' }, { ...inA, subcommand: 'remove' });
    const cb = await ask.waitForCallback();
    expect(content(cb)).toMatch(/hidden in this server/);
    const [confirm, keep] = buttonsOf(cb.data);
    expect(keep!.label).toBe('Keep it');
    const done = await fake.sendButton(confirm!.custom_id!, { ...inA, messageId: messageIdOf(ask) }).waitForCallback();
    expect(content(done)).toMatch(/Removed/);
    const miss = await fake.sendChatInput('faq', { entry: 'hosts-file' }, inA).waitForCallback();
    expect(content(miss)).toMatch(/There is no FAQ entry called .*Did you mean/);
    // Pressing the same confirmation again is a stale version: nothing more happens.
    const again = await fake.sendButton(confirm!.custom_id!, { ...inA, messageId: messageIdOf(ask) }).waitForCallback();
    expect(content(again)).toMatch(/Nothing was saved/);
    await fake.sendChatInput('faqs', { entry: 'hosts-file' }, { ...inA, subcommand: 'restore' }).waitForCallback();
    expect(embedsOf((await fake.sendChatInput('faq', { entry: 'hosts-file' }, inA).waitForCallback()).data)[0]!.footer!.text).toMatch(/FAQ hosts-file/);
  });

  test('autocomplete ranks exact id/alias, prefix, word, body; pinned first when empty; usage is counted; stats', async () => {
    await addEntry({ id: 'zz-body-only', title: 'Unrelated heading', body: 'Mentions the word quasar and nebulium in the text.' });
    await addEntry({ id: 'quasar', title: 'Zeta entry', body: 'x' });
    await addEntry({ id: 'quasar-setup', title: 'Alpha setup', body: 'x' });
    await addEntry({ id: 'setup-guide', title: 'The quasar guide', body: 'x' });
    const ac = await fake.sendAutocomplete('faq', { entry: 'quasar' }, 'entry', inA).waitForCallback();
    const values = (ac.data.choices as { value: string }[]).map((c) => c.value);
    expect(values).toEqual(['quasar', 'quasar-setup', 'setup-guide']);
    // The body is the last tier: used when no entry's names match.
    const body = await fake.sendAutocomplete('faq', { entry: 'nebulium' }, 'entry', inA).waitForCallback();
    expect((body.data.choices as { value: string }[]).map((c) => c.value)).toEqual(['zz-body-only']);

    expect(content(await fake.sendChatInput('faqs', { entry: 'zz-body-only' }, { ...inA, subcommand: 'pin' }).waitForCallback())).toMatch(/Pinned/);
    const empty = await fake.sendAutocomplete('faq', { entry: '' }, 'entry', inA).waitForCallback();
    expect((empty.data.choices as { value: string }[])[0]!.value).toBe('zz-body-only');

    for (let i = 0; i < 3; i++) await fake.sendChatInput('faq', { entry: 'quasar' }, inA).waitForCallback();
    await fake.sendChatInput('faq', { entry: 'quasar-setup' }, inA).waitForCallback();
    await new Promise((r) => setTimeout(r, 200));
    const stats = await fake.sendChatInput('faqs', {}, { ...inA, subcommand: 'stats' }).waitForCallback();
    const fields = embedsOf(stats.data)[0]!.fields!;
    expect(fields[0]!.value).toMatch(/^`quasar` 3×, /);
    expect(fields[0]!.value).toContain('`quasar-setup` 1×');
    expect(fields[2]!.name).toMatch(/Unused for 90 days/);
    expect(fields[2]!.value).toContain('`setup-guide`');
    expect(fields[2]!.value).not.toContain('`quasar`,');
  });

  test('alias adds and removes search words; list is paged', async () => {
    const cb = await fake.sendChatInput('faqs', { entry: 'reboot-box', add: 'power cycle, turn it off', remove: 'restart' }, { ...inA, subcommand: 'alias' }).waitForCallback();
    expect(content(cb)).toMatch(/`power cycle`, `turn it off`/);
    const post = await fake.sendChatInput('faq', { entry: 'power cycle' }, inA).waitForCallback();
    expect(embedsOf(post.data)[0]!.title).toBe('Reboot the box');

    const list = fake.sendChatInput('faqs', {}, { ...inA, subcommand: 'list' });
    const page1 = await list.waitForCallback();
    expect(embedsOf(page1.data)[0]!.footer!.text).toMatch(/^Page 1 of \d+/);
    const next = buttonsOf(page1.data).find((b) => b.label === 'Next')!;
    const page2 = await fake.sendButton(next.custom_id!, { ...inA, messageId: messageIdOf(list) }).waitForCallback();
    expect(page2.type).toBe(7);
    expect(embedsOf(page2.data)[0]!.footer!.text).toMatch(/^Page 2 of/);
    expect(embedsOf(page2.data)[0]!.description).not.toBe(embedsOf(page1.data)[0]!.description);
  });

  test('export attaches a zip of markdown files; import (from an attachment) is validated and all-or-nothing', async () => {
    const exp = await fake.sendChatInput('faqs', {}, { ...inA, subcommand: 'export' }).waitForCallback();
    expect(exp.files).toHaveLength(1);
    const files = unzipSync(new Uint8Array(exp.files[0]!.data));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['tivimate-panel.md', 'reboot-box.md']));
    const text = Buffer.from(files['tivimate-panel.md']!).toString('utf8');
    expect(text).toMatch(/^---\nid: tivimate-panel\ntitle: How to enter our panel URL in TiviMate\naliases: \[tivimate, panel url\]\n---\n/);

    // A bad archive: one good file, one broken: nothing is imported, problems name file and field.
    const bad = zipSync({
      'good.md': Buffer.from(faqToMarkdown({ id: 'good', title: 'Good', aliases: [], body: 'fine' })),
      'broken.md': Buffer.from('---\nid: other-name\ntitle: Broken\n---\n\n'),
    });
    const badAtt = fake.hostAttachment('bad.zip', Buffer.from(bad), 'application/zip');
    const badImport = fake.sendChatInput('faqs', { file: badAtt.id }, { ...inB, subcommand: 'import', resolved: { attachments: { [badAtt.id]: badAtt } } });
    const badEdit = await badImport.waitForEdit();
    expect(String(badEdit.body.content)).toMatch(/^Nothing was imported \(2 problems\)/);
    expect(String(badEdit.body.content)).toMatch(/broken\.md:\d+ id: id "other-name" does not match the file name/);
    expect(String(badEdit.body.content)).toMatch(/broken\.md:\d+ body: is empty/);
    expect((await bot.runtime.services.faqs!.view(GUILD_B)).entries.some((e) => e.id === 'good')).toBe(false);

    // The export of A imported into B.
    const att = fake.hostAttachment('faq.zip', exp.files[0]!.data, 'application/zip');
    const imp = fake.sendChatInput('faqs', { file: att.id }, { ...inB, subcommand: 'import', resolved: { attachments: { [att.id]: att } } });
    expect(String((await imp.waitForEdit()).body.content)).toMatch(/^Imported \d+ entries/);
    const posted = await fake.sendChatInput('faq', { entry: 'tivimate-panel' }, inB).waitForCallback();
    expect(embedsOf(posted.data)[0]!.title).toBe('How to enter our panel URL in TiviMate');

    // An attachment elsewhere than Discord's CDN / the configured API origin is never fetched.
    const foreign = { id: '1', filename: 'x.zip', size: 10, url: 'http://127.0.0.2:9/x.zip', proxy_url: 'http://127.0.0.2:9/x.zip' };
    const refused = fake.sendChatInput('faqs', { file: '1' }, { ...inB, subcommand: 'import', resolved: { attachments: { '1': foreign } } });
    expect(String((await refused.waitForEdit()).body.content)).toMatch(/not on Discord’s CDN/);
  });

  test('members without Manage Messages are refused, unless they have the server’s moderator role', async () => {
    const member = { ...inA, user: MEMBER, memberPermissions: DEFAULT_MEMBER_PERMISSIONS, memberRoles: [HELPER_ROLE] };
    expect(content(await fake.sendChatInput('faqs', {}, { ...member, subcommand: 'add' }).waitForCallback())).toMatch(/Only moderators/);
    expect(content(await fake.sendModalSubmit('faqs:edit:reboot-box:2', { title: 'x', aliases: '', body: 'hijack' }, member).waitForCallback())).toMatch(/Only moderators/);
    expect(content(await fake.sendChatInput('faqs', { role: HELPER_ROLE }, { ...member, subcommand: 'moderators' }).waitForCallback())).toMatch(/Only members with Manage Messages/);
    await fake.sendChatInput('faqs', { role: HELPER_ROLE }, { ...inA, subcommand: 'moderators' }).waitForCallback();
    expect((await fake.sendChatInput('faqs', {}, { ...member, subcommand: 'add' }).waitForCallback()).type).toBe(9);
    // The role is per server: in B it means nothing.
    const inBMember = { ...member, guildId: GUILD_B, channelId: CHANNEL_B };
    expect(content(await fake.sendChatInput('faqs', {}, { ...inBMember, subcommand: 'add' }).waitForCallback())).toMatch(/Only moderators/);
  });

  test('server B cannot read or change server A’s entries through any command or component', async () => {
    const store = openStore(databaseTarget(tdb.url));
    const repo = createFaqRepo(store);
    await repo.save(GUILD_A, 'a-secret', 0, { title: 'A secret', aliases: ['asecret'], body: 'only in A' }, {}, 'add', MOD.id);
    await repo.saveDraft(GUILD_A, 'draftofa', MOD.id, { id: 'a-draft', title: 'Draft', aliases: [], body: 'draft' });
    const before = await repo.get(GUILD_A, 'a-secret');
    const b = (h: InteractionHandle) => h.waitForCallback().then(content);

    expect(await b(fake.sendChatInput('faq', { entry: 'a-secret' }, inB))).toMatch(/There is no FAQ entry/);
    const ac = await fake.sendAutocomplete('faq', { entry: 'a-secret' }, 'entry', inB).waitForCallback();
    expect((ac.data.choices as { value: string }[]).map((c) => c.value)).not.toContain('a-secret');
    const acFaqs = await fake.sendAutocomplete('faqs', { entry: 'secret' }, 'entry', { ...inB, subcommand: 'edit' }).waitForCallback();
    expect((acFaqs.data.choices as { value: string }[]).map((c) => c.value)).not.toContain('a-secret');
    for (const sub of ['edit', 'remove', 'pin', 'history', 'alias']) {
      expect(await b(fake.sendChatInput('faqs', { entry: 'a-secret', add: 'x' }, { ...inB, subcommand: sub }))).toMatch(/There is no FAQ entry|No history/);
    }
    expect(await b(fake.sendChatInput('faqs', { entry: 'a-secret' }, { ...inB, subcommand: 'restore' }))).toMatch(/not a shipped entry/);
    expect(await b(fake.sendModalSubmit('faqs:edit:a-secret:1', { title: 'Hijacked', aliases: '', body: 'hijacked' }, inB))).toMatch(/Nothing was saved: .* no longer exists/);
    expect(await b(fake.sendModalSubmit('faqs:edit:a-secret:0', { title: 'Hijacked', aliases: '', body: 'hijacked' }, inB))).toMatch(/Nothing was saved/);
    expect(await b(fake.sendButton('faqs:rm:a-secret:1', inB))).toMatch(/Nothing was saved/);
    expect(await b(fake.sendButton('faqs:save:draftofa', inB))).toMatch(/expired or was already used/);
    expect(await b(fake.sendButton('faqs:cancel:draftofa', inB))).toMatch(/Cancelled/);
    const sel = await fake.sendSelect(`answer-faq:pick:${CHANNEL_B}:1:${MEMBER.id}`, ['a-secret'], inB).waitForCallback();
    expect(content(sel)).toMatch(/no longer in the knowledge base/);
    const list = await fake.sendChatInput('faqs', {}, { ...inB, subcommand: 'list' }).waitForCallback();
    expect(embedsOf(list.data)[0]!.description).not.toContain('a-secret');
    const listPage = await fake.sendButton('faqs:list:2', inB).waitForCallback();
    expect(JSON.stringify(listPage.data)).not.toContain('a-secret');
    const exp = await fake.sendChatInput('faqs', {}, { ...inB, subcommand: 'export' }).waitForCallback();
    for (const f of exp.files) expect(Object.keys(unzipSync(new Uint8Array(f.data)))).not.toContain('a-secret.md');
    const stats = await fake.sendChatInput('faqs', {}, { ...inB, subcommand: 'stats' }).waitForCallback();
    expect(JSON.stringify(stats.data)).not.toContain('a-secret');

    // A's entry and draft are untouched; B has no such row.
    expect(await repo.get(GUILD_A, 'a-secret')).toEqual(before);
    expect(await repo.takeDraft(GUILD_A, 'draftofa', MOD.id)).toMatchObject({ id: 'a-draft' });
    expect(await repo.get(GUILD_B, 'a-secret')).toBeNull();
    await store.close();
  });
  test('the same replies in the reader’s language: German, Russian (plurals), es-419 (falling back to es-ES)', async () => {
    const de = { ...inA, locale: 'de' };
    const ru = { ...inA, locale: 'ru' };
    const es419 = { ...inA, locale: 'es-419' };
    const labels = (cb: CallbackRecord) => ((cb.data.components as { components: { label: string }[] }[]) ?? []).flatMap((r) => r.components).map((c) => c.label);

    // German: the form, a refusal of bad input, the preview and its buttons, Save.
    const open = await fake.sendChatInput('faqs', {}, { ...de, subcommand: 'add' }).waitForCallback();
    expect(open.data.title).toBe('Neuer FAQ-Eintrag');
    expect(labels(open)).toEqual(['ID (kebab-case, z. B. panel-url)', 'Titel', 'Aliasse (Suchwörter, durch Kommas getrennt)', 'Text (Markdown)']);
    const bad = await fake.sendModalSubmit('faqs:add', { id: 'bad-id', title: '', aliases: '', body: 'B' }, de).waitForCallback();
    expect(content(bad)).toMatch(/^Nichts gespeichert:\n• title: /);
    const submit = fake.sendModalSubmit('faqs:add', { id: 'router-neustart', title: 'Router neu starten', aliases: '', body: 'Stecker ziehen, 30 s warten.' }, de);
    const preview = await submit.waitForCallback();
    expect(content(preview)).toBe('Vorschau — nichts wird gespeichert, bevor du auf Speichern drückst:');
    expect(buttonsOf(preview.data).map((b) => b.label)).toEqual(['Speichern', 'Abbrechen']);
    const saved = await fake.sendButton(buttonsOf(preview.data)[0]!.custom_id!, { ...de, messageId: messageIdOf(submit) }).waitForCallback();
    expect(content(saved)).toBe('„Router neu starten“ (`router-neustart`) gespeichert. Poste ihn mit `/faq eintrag:router-neustart`.');
    const miss = await fake.sendChatInput('faq', { entry: 'router neustart bitte' }, de).waitForCallback();
    expect(content(miss)).toMatch(/^Es gibt keinen FAQ-Eintrag namens „router neustart bitte“\. (Meintest du `[a-z0-9-]+`.*\?|Tippe los, um einen aus der Liste zu wählen\.)$/);
    const deList = await fake.sendChatInput('faqs', {}, { ...de, subcommand: 'list' }).waitForCallback();
    expect(embedsOf(deList.data)[0]!.title).toBe('FAQ-Einträge auf diesem Server');
    expect(embedsOf(deList.data)[0]!.footer!.text).toMatch(/^Seite 1 von \d+ · \d+ Einträge/);
    expect(buttonsOf(deList.data).map((b) => b.label)).toEqual(['Zurück', 'Weiter']);
    // Shipped entries are offered under their German titles (same ids).
    const deTitle = localizedKnowledge(bot.runtime.services.knowledge.current(), 'de').faq('bound-to-localhost')!.title;
    const acDe = await fake.sendAutocomplete('faqs', { entry: 'bound-to-localhost' }, 'entry', { ...de, subcommand: 'edit' }).waitForCallback();
    expect((acDe.data.choices as { name: string; value: string }[])[0]).toEqual({ name: `${deTitle} (bound-to-localhost)`, value: 'bound-to-localhost' });
    expect(deTitle).not.toBe(bot.runtime.services.knowledge.current().faq('bound-to-localhost')!.title);
    const refused = await fake.sendChatInput('faqs', {}, { ...de, user: MEMBER, memberPermissions: DEFAULT_MEMBER_PERMISSIONS, subcommand: 'add' }).waitForCallback();
    expect(content(refused)).toBe('Nur Moderatoren („Nachrichten verwalten“ oder die mit `/faqs moderatoren` festgelegte Rolle) können die FAQ ändern.');

    // Russian: the list footer follows the one/few/many rule for the real count.
    const count = (await bot.runtime.services.faqs!.view(GUILD_A)).entries.length;
    const word = { one: 'запись', few: 'записи', many: 'записей', other: 'записей', two: 'записей', zero: 'записей' }[new Intl.PluralRules('ru').select(count)];
    const ruList = await fake.sendChatInput('faqs', {}, { ...ru, subcommand: 'list' }).waitForCallback();
    expect(embedsOf(ruList.data)[0]!.footer!.text).toMatch(new RegExp(`^Страница 1 из \\d+ · ${count} ${word}`));
    const ask = await fake.sendChatInput('faqs', { entry: 'router-neustart' }, { ...ru, subcommand: 'remove' }).waitForCallback();
    expect(content(ask)).toBe('Удалить «Router neu starten» (`router-neustart`)? Она будет удалена (история сохранится).');
    expect(buttonsOf(ask.data).map((b) => b.label)).toEqual(['Удалить', 'Оставить']);
    const hist = await fake.sendChatInput('faqs', { entry: 'router-neustart' }, { ...ru, subcommand: 'history' }).waitForCallback();
    expect(embedsOf(hist.data)[0]!.title).toBe('История router-neustart');
    expect(embedsOf(hist.data)[0]!.description).toMatch(new RegExp(`^v1 · \\*\\*добавлена\\*\\* — <@${MOD.id}> <t:\\d+:R> — Router neu starten$`));

    // es-419: its own words where Latin American usage differs, es-ES for the rest.
    const esOpen = await fake.sendChatInput('faqs', {}, { ...es419, subcommand: 'add' }).waitForCallback();
    expect(esOpen.data.title).toBe('Nueva entrada de FAQ');
    const esPreview = await fake.sendModalSubmit('faqs:add', { id: 'es-prueba', title: 'Prueba', aliases: '', body: 'Texto.' }, es419).waitForCallback();
    expect(content(esPreview)).toBe('Vista previa: no se guarda nada hasta que presiones Guardar:');
    expect(buttonsOf(esPreview.data).map((b) => b.label)).toEqual(['Guardar', 'Cancelar']);
    const esGone = await fake.sendButton('faqs:save:0000000000000000', es419).waitForCallback();
    expect(content(esGone)).toBe('Esta vista previa venció o ya se usó; vuelve a ejecutar `/faqs agregar`.');
    // English is unchanged for everyone else.
    const en = await fake.sendChatInput('faqs', {}, { ...inA, locale: 'en-US', subcommand: 'list' }).waitForCallback();
    expect(embedsOf(en.data)[0]!.footer!.text).toMatch(/^Page 1 of \d+ · \d+ entries/);
  });
});
