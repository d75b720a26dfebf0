/**
 * /xtream end to end: the real bot (discord.js) against the local Discord-compatible server, a
 * fake Xtream panel on 127.0.0.1. The command and the "Check my line" button on an Xtream /check
 * reply open a form (modal); its submission is answered ephemerally with the line's state. The
 * password reaches the panel and nothing else: not Discord, not a custom id, not the logs at
 * trace level.
 */
import { startDnsServer, type TestDnsServer } from '../support/dns-server';
import { startFakeDiscord, type FakeDiscord, type UserInput } from '../support/discord';
import { fakePanel, lineAnswer, type FakePanel } from '../support/fake-panel';
import { deployToFake, startTestBot, type TestBot } from '../support/netmedic-bot';
import { buttonsOf, embedOf, field, isEphemeral } from '../support/replies';
import { xtreamServer, type TestHttpServer } from '../support/servers';

jest.setTimeout(30_000);

const USER = 'bob.line';
const PASSWORD = 'Sup3r$ecret-Line#42';
let userSeq = 10;
const nextUser = (): UserInput => ({ id: `15000000000000000${userSeq++}`, username: `viewer${userSeq}` });

describe('/xtream: the private line check in Discord', () => {
  let fake: FakeDiscord;
  let bot: TestBot;
  let dns: TestDnsServer;
  let panel: FakePanel;
  let plainPanel: TestHttpServer;

  beforeAll(async () => {
    dns = await startDnsServer({});
    panel = await fakePanel((port) => ({
      username: USER,
      password: PASSWORD,
      answer: lineAnswer({ auth: 1, status: 'Active', exp_date: String(Math.floor(Date.now() / 1000) + 10 * 86400 + 3600), active_cons: '1', max_connections: '1', allowed_output_formats: ['m3u8'], username: USER, password: PASSWORD }, {}, port),
      categories: { get_live_categories: [{ category_id: '1' }, { category_id: '2' }] },
    }));
    plainPanel = await xtreamServer(0);
    fake = await startFakeDiscord();
    bot = await startTestBot(fake, {
      logLevel: 'trace',
      env: { PROBE_ALLOW_PRIVATE: 'true', PROBE_DNS_SERVERS: dns.servers[0]!, PROBE_TCP_TIMEOUT_MS: '2000', PROBE_HTTP_TIMEOUT_MS: '4000', PROBE_DEADLINE_MS: '10000' },
    });
    await deployToFake(fake, bot.runtime);
  });

  afterAll(async () => {
    await bot?.stop();
    await fake?.close();
    await panel?.close();
    await plainPanel?.close();
    await dns?.close();
  });

  afterEach(() => {
    expect(fake.rejectedRequests.map((r) => `${r.method} ${r.path} ${r.status} ${JSON.stringify(r.response)}`)).toEqual([]);
  });

  function expectNoSecretOutsideThePanel(fromRequest: number, fromLog: number): void {
    const sent = fake.requests.slice(fromRequest);
    expect(sent.length).toBeGreaterThan(0);
    for (const r of sent) expect(JSON.stringify([r.path, r.query, r.body])).not.toContain(PASSWORD);
    const logs = JSON.stringify(bot.logs.slice(fromLog));
    expect(logs).not.toContain(PASSWORD);
    expect(logs).not.toContain(encodeURIComponent(PASSWORD));
    expect(logs).not.toContain(USER);
    expect(bot.logs.some((l) => Number(l.level) === 10 || Number(l.level) === 20)).toBe(true);
  }

  it('/xtream opens the form: server URL, username, password', async () => {
    const cb = await fake.sendChatInput('xtream', {}, { user: nextUser() }).waitForCallback();
    expect(cb.type).toBe(9);
    expect(cb.data.custom_id).toBe('xtream:line');
    expect(String(cb.data.title)).toContain('private');
    const inputs = (cb.data.components as { components: { custom_id: string; value?: string }[] }[]).map((row) => row.components[0]!);
    expect(inputs.map((i) => i.custom_id)).toEqual(['url', 'username', 'password']);
    expect(inputs[0]!.value).toBeUndefined();
  });

  it('submitting the form: deferred ephemerally, then the line (limit reached, days left, lists) — password only at the panel', async () => {
    const fromRequest = fake.requests.length;
    const fromLog = bot.logs.length;
    const panelBefore = panel.urls.length;
    const handle = fake.sendModalSubmit('xtream:line', { url: `http://127.0.0.1:${panel.port}`, username: USER, password: PASSWORD }, { user: nextUser() });
    const cb = await handle.waitForCallback();
    expect(cb.type).toBe(5);
    expect(isEphemeral(cb.data)).toBe(true);
    const edit = await handle.waitForEdit(15_000);
    const embed = embedOf(edit.body);
    expect(embed.title).toMatch(/^📺 Connection limit reached — http:\/\/127\.0\.0\.1:\d+/);
    const line = field(embed, 'Your line')!.value;
    expect(line).toContain('Expires: ');
    expect(line).toMatch(/\(10 days left\)/);
    expect(line).toContain('Connections: 1 of 1 in use — ⚠️ limit reached: close the app on another device');
    expect(field(embed, 'Channel lists')!.value).toContain('Live TV: 2 categories');
    // The state links its article: first steps in the reply, the whole article one click away.
    expect(field(embed, /^What to do/)).toBeDefined();
    expect(buttonsOf(edit.body)).toEqual([expect.objectContaining({ label: 'Full article', custom_id: 'explain:article:iptv-account:1' })]);
    expect(handle.original && isEphemeral(handle.original)).toBe(true);
    expect(panel.urls.length - panelBefore).toBe(4);
    expect(panel.urls.slice(panelBefore).every((u) => u.includes(encodeURIComponent(PASSWORD)))).toBe(true);
    expectNoSecretOutsideThePanel(fromRequest, fromLog);
  });

  it('the "Check my line" button on an Xtream /check reply opens the form with the panel URL filled in', async () => {
    const user = nextUser();
    const check = fake.sendChatInput('check', { target: `http://127.0.0.1:${plainPanel.port}/player_api.php` }, { user });
    await check.waitForCallback();
    let final = await check.waitForEdit(15_000);
    while ((embedOf(final.body).title ?? '').startsWith('⏳')) final = await check.waitForEdit(15_000);
    const button = buttonsOf(final.body).find((b) => b.label === 'Check my line')!;
    expect(button.custom_id).toBe(`xtream:open:http://127.0.0.1:${plainPanel.port}/player_api.php`);
    const cb = await fake.sendButton(button.custom_id!, { messageId: String(check.original!.id), user }).waitForCallback();
    expect(cb.type).toBe(9);
    const inputs = (cb.data.components as { components: { custom_id: string; value?: string }[] }[]).map((row) => row.components[0]!);
    expect(inputs[0]!.value).toBe(`http://127.0.0.1:${plainPanel.port}/player_api.php`);
  });

  it('wrong password: an ephemeral "Wrong username or password" that repeats neither', async () => {
    const fromRequest = fake.requests.length;
    const fromLog = bot.logs.length;
    const handle = fake.sendModalSubmit('xtream:line', { url: `http://127.0.0.1:${panel.port}`, username: USER, password: 'Wr0ng-Guess-77' }, { user: nextUser() });
    await handle.waitForCallback();
    const edit = await handle.waitForEdit(15_000);
    expect(embedOf(edit.body).title).toMatch(/^🔒 Wrong username or password/);
    expect(JSON.stringify(edit.body)).not.toContain('Wr0ng-Guess-77');
    expectNoSecretOutsideThePanel(fromRequest, fromLog);
  });

  it('the per-user cooldown applies: a second form right away is refused ephemerally, unprobed', async () => {
    const user = nextUser();
    const first = fake.sendModalSubmit('xtream:line', { url: `http://127.0.0.1:${panel.port}`, username: USER, password: PASSWORD }, { user });
    await first.waitForCallback();
    await first.waitForEdit(15_000);
    const before = panel.urls.length;
    const second = await fake.sendModalSubmit('xtream:line', { url: `http://127.0.0.1:${panel.port}`, username: USER, password: PASSWORD }, { user }).waitForCallback();
    expect(second.type).toBe(4);
    expect(isEphemeral(second.data)).toBe(true);
    expect(second.data.content).toMatch(/^You can run one check every \d+ s, try again in \d+ s\.$/);
    expect(panel.urls.length).toBe(before);
  });
  it('in the asker’s language: the form and the answer in German, the line state and the cooldown in Russian', async () => {
    const form = await fake.sendChatInput('xtream', {}, { user: nextUser(), locale: 'de' }).waitForCallback();
    expect(form.data.title).toBe('Meine IPTV-Leitung prüfen (privat)');
    const labels = (form.data.components as { components: { label: string }[] }[]).map((row) => row.components[0]!.label);
    expect(labels).toEqual(['Server-URL (vom Anbieter)', 'Benutzername', 'Passwort (geht nur an dein Panel)']);

    const de = fake.sendModalSubmit('xtream:line', { url: `http://127.0.0.1:${panel.port}`, username: USER, password: PASSWORD }, { user: nextUser(), locale: 'de' });
    await de.waitForCallback();
    const deEmbed = embedOf((await de.waitForEdit(15_000)).body);
    expect(deEmbed.title).toMatch(/^📺 Verbindungslimit erreicht — http:\/\/127\.0\.0\.1:\d+/);
    const line = field(deEmbed, 'Deine Leitung')!.value;
    expect(line).toMatch(/\(noch 10 Tage\)/);
    expect(line).toContain('Verbindungen: 1 von 1 belegt — ⚠️ Limit erreicht');
    expect(field(deEmbed, 'Senderlisten')!.value).toContain('Live-TV: 2 Kategorien');
    expect(deEmbed.footer!.text).toBe('Nur du siehst das. Dein Passwort ging nur an dein Panel und wird weder gespeichert noch protokolliert.');

    const user = nextUser();
    const ru = fake.sendModalSubmit('xtream:line', { url: `http://127.0.0.1:${panel.port}`, username: USER, password: PASSWORD }, { user, locale: 'ru' });
    await ru.waitForCallback();
    const ruEmbed = embedOf((await ru.waitForEdit(15_000)).body);
    expect(field(ruEmbed, 'Ваша линия')!.value).toMatch(/\(осталось 10 дней\)/);
    expect(field(ruEmbed, 'Списки каналов')!.value).toContain('ТВ-каналы: 2 категории');
    const again = await fake.sendModalSubmit('xtream:line', { url: `http://127.0.0.1:${panel.port}`, username: USER, password: PASSWORD }, { user, locale: 'ru' }).waitForCallback();
    expect(again.data.content).toMatch(/^Запускать проверку можно раз в \d+ с, попробуйте снова через \d+ с\.$/);

    const es = await fake.sendChatInput('xtream', {}, { user: nextUser(), locale: 'es-419' }).waitForCallback();
    expect(es.data.title).toBe('Revisar mi línea IPTV (privado)');
  });
});
