/**
 * Replies in the asker's language, end to end: the real bot (discord.js) against the local
 * Discord-compatible server, whose interactions carry `locale` / `guild_locale`. /explain, the
 * Full article pages, "Explain this error", /faq, "Answer with FAQ" and /check answer with the
 * translated knowledge (knowledge/i18n); an unknown locale gets the English reply unchanged;
 * es-419 reads the es-ES translation; commands are registered with their localisations.
 * A second bot runs with PUBLIC_REPLY_LOCALE=server.
 */
import { localized, localizedFaq } from '../../src/knowledge/i18n';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { DEFAULT_MEMBER_PERMISSIONS, Permission, startFakeDiscord, type FakeDiscord, type InteractionHandle, type Json, type UserInput } from '../support/discord';
import { deployToFake, startTestBot, type TestBot } from '../support/netmedic-bot';
import { buttonsOf, embedOf, embedsOf, isEphemeral, type Embed } from '../support/replies';
import { closedPort } from '../support/servers';
import { scaled } from '../support/timing';

jest.setTimeout(scaled(30_000));

const CHANNEL = '1300000000000000091';
const GUILD = '1200000000000000091';
/** A German-speaking server whose channel has auto-explain on. */
const GUILD_DE = '1200000000000000092';
const CHANNEL_DE = '1300000000000000092';
const ASKER: UserInput = { id: '1400000000000000092', username: 'asker' };
const MOD: UserInput = { id: '1400000000000000093', username: 'moderator' };
const MOD_PERMS = DEFAULT_MEMBER_PERMISSIONS | Permission.ManageMessages;
const CURL_REFUSED = 'curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused';
const responseId = (handle: InteractionHandle): string => String(handle.original!.id);

/** The reply with its volatile parts (none today) as JSON, for byte comparisons. */
const bodyOf = (data: Json) => JSON.stringify({ embeds: data.embeds, components: data.components, flags: data.flags });

describe('replies in the asker’s language', () => {
  let fake: FakeDiscord;
  let bot: TestBot;
  let kb: KnowledgeBase;

  beforeAll(async () => {
    fake = await startFakeDiscord({ guilds: [{ id: GUILD, channelIds: [CHANNEL] }, { id: GUILD_DE, channelIds: [CHANNEL_DE], locale: 'de' }] });
    bot = await startTestBot(fake, { env: { AUTO_EXPLAIN_CHANNELS: CHANNEL_DE, PROBE_ALLOW_PRIVATE: 'true', PROBE_TCP_TIMEOUT_MS: '2000', PROBE_DEADLINE_MS: '10000' } });
    await deployToFake(fake, bot.runtime);
    kb = bot.runtime.services.knowledge.current();
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  afterEach(() => {
    expect(fake.rejectedRequests.map((r) => `${r.method} ${r.path} ${r.status} ${JSON.stringify(r.response)}`)).toEqual([]);
  });

  it('commands are registered with name and description localisations (and the test bed accepted them)', () => {
    const explain = fake.registeredCommands(GUILD).find((c) => c.name === 'explain') ?? fake.registeredCommands().find((c) => c.name === 'explain');
    expect(explain).toBeDefined();
    expect(explain!.name_localizations).toMatchObject({ de: 'erklären', 'pt-BR': 'explicar', ru: 'объяснить' });
    expect(Object.keys(explain!.description_localizations as Json).sort()).toEqual(['de', 'es-419', 'es-ES', 'fr', 'it', 'pt-BR', 'ru', 'tr']);
    const text = (explain!.options as Json[]).find((o) => o.name === 'text')!;
    expect((text.name_localizations as Json).fr).toBe('texte');
  });

  it('/explain in German: title, summary, causes, steps and headings from the translation, host and port kept', async () => {
    const cb = await fake.sendChatInput('explain', { text: CURL_REFUSED }, { locale: 'de' }).waitForCallback();
    expect(cb.type).toBe(4);
    expect(isEphemeral(cb.data)).toBe(false);
    const embed = embedsOf(cb.data)[0]!;
    const de = localized(kb, 'connection-refused', 'de')!;
    expect(embed.title).toBe('Verbindung abgelehnt');
    expect(embed.description!.startsWith(de.summary)).toBe(true);
    const fields = Object.fromEntries((embed.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields['Häufige Ursachen']).toContain('**Serverseitig**');
    expect(fields['So beheben Sie es']).toContain(de.sections.fix[0]!.slice(0, 40));
    expect(fields['Testen']).toContain('127.0.0.1');
    expect(fields['Testen']).toContain('8080');
  });

  it('an unknown locale gets exactly the English reply', async () => {
    const en = await fake.sendChatInput('explain', { text: CURL_REFUSED }, { locale: 'en-US' }).waitForCallback();
    const ja = await fake.sendChatInput('explain', { text: CURL_REFUSED }, { locale: 'ja' }).waitForCallback();
    expect(embedsOf(en.data)[0]!.title).toBe('Connection refused');
    expect(bodyOf(ja.data)).toBe(bodyOf(en.data));
  });

  it('/explain autocomplete shows the article titles in the asker’s language', async () => {
    const de = await fake.sendAutocomplete('explain', { text: '' }, 'text', { locale: 'de' }).waitForCallback();
    const choices = de.data.choices as { name: string; value: string }[];
    expect(choices.find((c) => c.value === 'connection-refused')!.name).toBe('Verbindung abgelehnt');
    const best = await fake.sendAutocomplete('explain', { text: CURL_REFUSED }, 'text', { locale: 'de' }).waitForCallback();
    expect((best.data.choices as { name: string }[])[0]!.name).toMatch(/^Bester Treffer: Verbindung abgelehnt \(\d+\u00a0%\)$/);
    const en = await fake.sendAutocomplete('explain', { text: '' }, 'text', { locale: 'en-US' }).waitForCallback();
    expect((en.data.choices as { name: string; value: string }[]).find((c) => c.value === 'connection-refused')!.name).toBe('Connection refused');
  });

  it('es-419 reads the es-ES translation', async () => {
    const cb = await fake.sendChatInput('explain', { text: CURL_REFUSED }, { locale: 'es-419' }).waitForCallback();
    const es = localized(kb, 'connection-refused', 'es-ES')!;
    expect(es.title).not.toBe('Connection refused');
    expect(embedsOf(cb.data)[0]!.title).toBe(es.title);
  });

  it('Full article in Russian: translated headings, related buttons with translated titles', async () => {
    const explain = fake.sendChatInput('explain', { text: CURL_REFUSED }, { locale: 'ru' });
    const first = await explain.waitForCallback();
    const full = buttonsOf(first.data).find((b) => b.custom_id === 'explain:article:connection-refused:1')!;
    const cb = await fake.sendButton(full.custom_id!, { messageId: responseId(explain), locale: 'ru' }).waitForCallback();
    expect(isEphemeral(cb.data)).toBe(true);
    const ru = localized(kb, 'connection-refused', 'ru')!;
    const page = embedsOf(cb.data)[0]!;
    expect(page.title!.startsWith(ru.title)).toBe(true);
    expect(page.description).toContain(`**${ru.headings![0]}**`);
    expect(page.description).not.toContain('What it means');
    const labels = buttonsOf(cb.data).map((b) => b.label);
    expect(labels).toContain(localized(kb, 'connection-timeout', 'ru')!.title);
    expect(labels).not.toContain('Connection timed out');
    expect(page.footer!.text).toMatch(/^Статья connection-refused · страница 1 из \d+$/);
    if (page.footer!.text.endsWith(' 1 из 1')) return;
    expect(labels.slice(0, 2)).toEqual(['◀ Назад', 'Далее ▶']);
  });

  it('the words around the article follow the asker too: German field names, footer, buttons and vote replies', async () => {
    const handle = fake.sendChatInput('explain', { text: CURL_REFUSED }, { locale: 'de' });
    const cb = await handle.waitForCallback();
    const embed = embedsOf(cb.data)[0]!;
    expect(embed.footer!.text).toMatch(/^Erkannt an Phrase "connection refused" und curl-Exit-Code 7 · Sicherheit 0,\d\d$/);
    expect(buttonsOf(cb.data).map((b) => b.label)).toEqual(['Ganzer Artikel', 'Hilfreich', 'Nicht hilfreich']);
    // A vote is answered in the presser's language.
    const [, helpful, notHelpful] = buttonsOf(cb.data);
    const ru = await fake.sendButton(helpful!.custom_id!, { messageId: responseId(handle), locale: 'ru' }).waitForCallback();
    expect(String(ru.data.content)).toBe('Спасибо — учтено как «полезно». Нажмите другую кнопку, чтобы изменить голос.');
    const de = await fake.sendButton(notHelpful!.custom_id!, { messageId: responseId(handle), locale: 'de' }).waitForCallback();
    expect(String(de.data.content)).toBe('Geändert: Ihre Stimme lautet jetzt nicht hilfreich.');
  });

  it('no confident match, in German and in Latin-American Spanish (its own words, else es-ES’s)', async () => {
    const de = await fake.sendChatInput('explain', { text: 'xyzzy frobnicate quux' }, { locale: 'de' }).waitForCallback();
    expect(isEphemeral(de.data)).toBe(true);
    const embed = embedsOf(de.data)[0]!;
    expect(embed.title).toBe('Kein sicherer Treffer');
    expect(embed.description).toMatch(/^Ich konnte nicht erkennen, um welchen Netzwerkfehler es sich handelt\./);
    expect(embed.footer!.text).toBe('Kein bekannter Code und keine bekannte Phrase im Text gefunden');
    expect(buttonsOf(de.data).map((b) => b.label)).toEqual(['Hilfreich', 'Nicht hilfreich']);

    const latam = await fake.sendChatInput('explain', { text: 'xyzzy frobnicate quux' }, { locale: 'es-419' }).waitForCallback();
    const es = embedsOf(latam.data)[0]!;
    expect(es.title).toBe('Sin coincidencia segura');
    expect(es.description).toMatch(/^No pude determinar qué error de red es este\./);
    expect(es.description).toContain('Pegue el error completo');
    expect(buttonsOf(latam.data).map((b) => b.label)).toEqual(['Útil', 'No útil']);
    const spain = await fake.sendChatInput('explain', { text: 'xyzzy frobnicate quux' }, { locale: 'es-ES' }).waitForCallback();
    expect(embedsOf(spain.data)[0]!.description).toMatch(/^No he podido determinar/);
  });

  it('/about in Russian: plural forms of the counts', async () => {
    const cb = await fake.sendChatInput('about', {}, { locale: 'ru' }).waitForCallback();
    const fields = Object.fromEntries((embedsOf(cb.data)[0]!.fields ?? []).map((f) => [f.name, f.value]));
    expect(Object.keys(fields)).toEqual(['Версия', 'Время работы', 'Задержка', 'База знаний']);
    // 25 articles and 23 FAQ entries ship today; the forms follow whatever the counts are.
    const form = (n: number, one: string, few: string, many: string) => (n % 10 === 1 && n % 100 !== 11 ? one : n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14) ? few : many);
    expect(fields['База знаний']).toBe(`${kb.articles.length} ${form(kb.articles.length, 'статья', 'статьи', 'статей')}, ${kb.faqs.length} ${form(kb.faqs.length, 'запись', 'записи', 'записей')} FAQ`);
    const en = await fake.sendChatInput('about', {}, { locale: 'en-US' }).waitForCallback();
    expect((embedsOf(en.data)[0]!.fields ?? []).find((f) => f.name === 'Knowledge base')!.value).toBe(`${kb.articles.length} articles, ${kb.faqs.length} FAQ entries`);
  });

  it('"Explain this error" in Brazilian Portuguese', async () => {
    const target = { content: 'Error: connect ECONNREFUSED 10.0.0.5:5432', author: ASKER };
    const handle = fake.sendMessageContextMenu('Explain this error', target, { locale: 'pt-BR', channelId: CHANNEL });
    await handle.waitForCallback();
    const targetId = String((handle.payload.data as Json).target_id);
    await fake.waitFor(() => fake.channelMessages(CHANNEL).some((m) => m.messageReference?.message_id === targetId), 5000);
    const reply = fake.channelMessages(CHANNEL).find((m) => m.messageReference?.message_id === targetId)!;
    expect((reply.message.embeds as Embed[])[0]!.title).toBe(localized(kb, 'connection-refused', 'pt-BR')!.title);
  });

  it('/faq posts the shipped entry in French; "Answer with FAQ" offers and posts Italian titles', async () => {
    const fr = localizedFaq(kb, 'port-forwarding', 'fr')!;
    expect(fr.title).not.toBe(kb.faq('port-forwarding')!.title);
    const cb = await fake.sendChatInput('faq', { entry: 'port-forwarding' }, { user: MOD, memberPermissions: MOD_PERMS, locale: 'fr', channelId: CHANNEL }).waitForCallback();
    expect(cb.type).toBe(4);
    expect(embedsOf(cb.data)[0]!.title).toBe(fr.title);
    expect(embedsOf(cb.data)[0]!.description).toBe(fr.body);

    const it_ = localizedFaq(kb, 'bound-to-localhost', 'it')!;
    const menu = fake.sendMessageContextMenu('Answer with FAQ', { content: 'my server only listens on localhost 127.0.0.1', author: ASKER }, { user: MOD, memberPermissions: MOD_PERMS, locale: 'it', channelId: CHANNEL });
    const m = await menu.waitForCallback();
    const select = buttonsOf(m.data).find((c) => c.type === 3)!;
    expect(select.options!.map((o) => o.label)).toContain(it_.title.slice(0, 100));
    const targetId = String((menu.payload.data as Json).target_id);
    await fake.sendSelect(select.custom_id!, ['bound-to-localhost'], { messageId: responseId(menu), user: MOD, memberPermissions: MOD_PERMS, locale: 'it', channelId: CHANNEL }).waitForCallback();
    const reply = fake.channelMessages(CHANNEL).find((x) => x.messageReference?.message_id === targetId)!;
    expect((reply.message.embeds as Embed[])[0]!.title).toBe(it_.title);
  });

  it('auto-explain (no asker) answers in the server’s language', async () => {
    const sent = fake.sendUserMessage('mein Server sagt: Error: connect ECONNREFUSED 10.0.0.5:5432', { channelId: CHANNEL_DE, guildId: GUILD_DE });
    const id = String(sent.message.id);
    await fake.waitFor(() => fake.channelMessages(CHANNEL_DE).some((m) => m.source === 'rest' && m.messageReference?.message_id === id), 5000);
    const reply = fake.channelMessages(CHANNEL_DE).find((m) => m.source === 'rest' && m.messageReference?.message_id === id)!;
    expect((reply.message.embeds as Embed[])[0]!.title).toBe('Verbindung abgelehnt');
  });

  it('/check: the article part (causes, steps) in Turkish', async () => {
    const port = await closedPort();
    const handle = fake.sendChatInput('check', { target: `127.0.0.1:${port}` }, { locale: 'tr', user: { id: '1400000000000000099', username: 'checker' } });
    await handle.waitForCallback();
    let final: Embed | undefined;
    while (!final) {
      const e = embedOf((await handle.waitForEdit(15_000)).body);
      if (!(e.title ?? '').startsWith('⏳')) final = e;
    }
    const tr = localized(kb, 'connection-refused', 'tr')!;
    const text = (final.fields ?? []).map((f) => f.value).join('\n');
    expect(text).toContain(tr.sections.fix[0]!.replace(/\s+/g, ' ').trim().slice(0, 40));
    expect(text).not.toContain(kb.article('connection-refused')!.sections.fix[0]!.slice(0, 40));
  });
});

describe('PUBLIC_REPLY_LOCALE=server', () => {
  let fake: FakeDiscord;
  let bot: TestBot;
  let kb: KnowledgeBase;

  beforeAll(async () => {
    fake = await startFakeDiscord();
    bot = await startTestBot(fake, { env: { PUBLIC_REPLY_LOCALE: 'server' } });
    await deployToFake(fake, bot.runtime);
    kb = bot.runtime.services.knowledge.current();
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
  });

  it('public replies follow guild_locale; private ones stay in the asker’s language', async () => {
    const pub = await fake.sendChatInput('explain', { text: CURL_REFUSED }, { locale: 'de', guildLocale: 'fr' }).waitForCallback();
    expect(isEphemeral(pub.data)).toBe(false);
    expect(embedsOf(pub.data)[0]!.title).toBe(localized(kb, 'connection-refused', 'fr')!.title);
    const priv = await fake.sendChatInput('explain', { text: CURL_REFUSED, public: false }, { locale: 'de', guildLocale: 'fr' }).waitForCallback();
    expect(isEphemeral(priv.data)).toBe(true);
    expect(embedsOf(priv.data)[0]!.title).toBe('Verbindung abgelehnt');
    expect(fake.rejectedRequests).toEqual([]);
  });
});
