/**
 * The FAQ, settings, Xtream line check, limits and multi-location words in every UI locale:
 * each form, button, select and embed rendered in every language fits Discord's limits, and the
 * replies read in German, Russian (one/few/many) and es-419 (falling back to es-ES) where the
 * handler or renderer builds them. English stays as the other suites assert it.
 */
import { ButtonStyle, ComponentType, type APIEmbed } from 'discord-api-types/v10';
import { deleteButtonRow } from '../../commands/faq';
import { listPage, modalFor } from '../../commands/faqs';
import { command as netmedic } from '../../commands/netmedic';
import type { Consensus, Vantage } from '../../src/agents/consensus';
import { consensusOf } from '../../src/agents/consensus';
import { filesOf, readImport } from '../../src/faq/archive';
import { lintFaqEntry } from '../../src/faq/markdown';
import type { GuildFaq } from '../../src/faq/view';
import type { CheckRefusal } from '../../src/interaction/services';
import type { ChatInputContext, ModalSpec, Reply } from '../../src/interaction/types';
import type { LineCheckResult } from '../../src/probe/line-check';
import { LINE_STATES } from '../../src/probe/xtream-line';
import { archiveProblemText, describeProblems } from '../../src/render/faq';
import { englishMessages, messagesFor, UI_LOCALES } from '../../src/render/i18n/messages';
import { refusalText } from '../../src/render/refusal';
import { consensusSentence, fromProblemText, vantageTable, withVantages } from '../../src/render/vantages';
import { parseFrom } from '../../src/agents/multi';
import { lineButton } from '../../src/render/xtream-ids';
import { lineModal, renderLineReply } from '../../src/render/xtream-line';

/** Discord's limits for what these replies hold. */
const MAX = { modalTitle: 45, inputLabel: 45, placeholder: 100, buttonLabel: 80, selectPlaceholder: 150, embedTitle: 256, fieldName: 256, fieldValue: 1024, footer: 2048 } as const;

function checkModal(m: ModalSpec, where: string): string[] {
  const out: string[] = [];
  if (m.title.length > MAX.modalTitle) out.push(`${where}: title ${m.title.length} > ${MAX.modalTitle}: ${m.title}`);
  for (const f of m.fields) {
    if (f.label.length > MAX.inputLabel) out.push(`${where}: label ${f.label.length} > ${MAX.inputLabel}: ${f.label}`);
    if ((f.placeholder?.length ?? 0) > MAX.placeholder) out.push(`${where}: placeholder too long: ${f.placeholder}`);
  }
  return out;
}

function checkReply(r: Reply, where: string): string[] {
  const out: string[] = [];
  for (const row of r.components ?? []) {
    for (const c of row.components) {
      if (c.type === ComponentType.Button && 'label' in c && (c.label?.length ?? 0) > MAX.buttonLabel) out.push(`${where}: button ${c.label}`);
      if (c.type === ComponentType.StringSelect && (c.placeholder?.length ?? 0) > MAX.selectPlaceholder) out.push(`${where}: select ${c.placeholder}`);
    }
  }
  for (const e of r.embeds ?? []) out.push(...checkEmbed(e, where));
  return out;
}

function checkEmbed(e: APIEmbed, where: string): string[] {
  const out: string[] = [];
  if ((e.title?.length ?? 0) > MAX.embedTitle) out.push(`${where}: embed title`);
  if ((e.footer?.text.length ?? 0) > MAX.footer) out.push(`${where}: footer`);
  for (const f of e.fields ?? []) {
    if (f.name.length > MAX.fieldName) out.push(`${where}: field name ${f.name}`);
    if (f.value.length > MAX.fieldValue) out.push(`${where}: field value of ${f.name}`);
  }
  return out;
}

const faq = (i: number): GuildFaq => ({ id: `entry-${i}`, title: `Entry ${i}`, aliases: [], body: 'b', file: '', source: i % 3 === 0 ? 'shipped' : i % 3 === 1 ? 'override' : 'server', version: 1, pinned: i === 0 });

function lineResult(state: LineCheckResult['state']): LineCheckResult {
  return {
    target: { host: 'line.example.net', displayHost: 'line.example.net', port: 8080, portAssumed: false, protocol: 'xtream', path: '/', isIp: false, hadCredentials: true, display: 'http://line.example.net:8080' },
    verdict: 'ok',
    state,
    article: null,
    account: { auth: true, status: 'Active', expiresAt: '2030-01-01T00:00:00.000Z', unlimited: false, daysLeft: 21, activeConnections: 3, maxConnections: 3, trial: true, formats: ['m3u8', 'ts'], message: 'Welcome' },
    server: { url: 'other.example.net', port: 80, httpsPort: 443, protocol: 'http', timezone: 'Europe/Berlin', time: '2026-11-30 09:00:00' },
    serverDifferences: [{ field: 'url', typed: 'line.example.net', panel: 'other.example.net' }, { field: 'port', typed: '8080', panel: '80' }],
    categories: [
      { kind: 'live', ok: true, count: 3, atLeast: false, problem: null },
      { kind: 'vod', ok: true, count: 0, atLeast: false, problem: null },
      { kind: 'series', ok: false, count: null, atLeast: false, problem: 'http-404' },
    ],
    stages: [],
    notes: [{ kind: 'credentials-in-url' }, { kind: 'internal-error', error: 'boom' }],
    ms: 10,
  };
}

const vantage = (location: string, verdict: Vantage['verdict'], status: Vantage['status'] = 'answered'): Vantage => ({ location, status, verdict, article: null, stages: [], ms: verdict ? 10 : null, connectMs: verdict === 'ok' ? 12 : null });

describe('Discord limits hold in every locale', () => {
  it.each(UI_LOCALES)('%s: forms, buttons, selects and embeds', (locale) => {
    const t = messagesFor(locale);
    const problems: string[] = [
      ...checkModal(modalFor(t, { kind: 'add' }, t('faq-modal-new'), {}, true), 'faqs add'),
      ...checkModal(modalFor(t, { kind: 'edit', entryId: 'x'.repeat(64), version: 1 }, t('faq-modal-edit', { id: 'x'.repeat(64) }), {}, false), 'faqs edit'),
      ...checkModal(lineModal('http://line.example.net:8080', locale), 'xtream'),
      ...checkReply({ components: [deleteButtonRow('1', t)] }, 'faq delete'),
      ...checkReply(listPage(Array.from({ length: 40 }, (_, i) => faq(i)), 3, 2, t), 'faqs list'),
      ...checkReply({ components: [{ type: ComponentType.ActionRow, components: [lineButton('http://x', locale)] }] }, 'xtream button'),
      ...checkReply(withVantages({ embeds: [{ title: 't' }] }, [vantage('bot', 'ok'), vantage('gp:de-berlin/http', 'refused'), vantage('eu-1', null, 'busy')], consensusOf([vantage('bot', 'ok'), vantage('gp:de-berlin/http', 'refused')]), locale), 'vantages'),
    ];
    for (const state of LINE_STATES) problems.push(...checkReply(renderLineReply(lineResult(state), null, locale), `xtream ${state}`));
    // Buttons and selects the handlers build from single messages.
    for (const id of ['faq-remove-button', 'faq-keep-button', 'faq-save-button', 'faq-cancel-button', 'faq-previous', 'faq-next', 'settings-turn-on', 'settings-turn-off', 'xtream-full-article']) {
      const label = t(id);
      if (label.length > MAX.buttonLabel || label === id) problems.push(`${id}: ${label}`);
      problems.push(...checkReply({ components: [{ type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: 'x' }] }] }, id));
    }
    if (t('faq-answer-placeholder').length > MAX.selectPlaceholder) problems.push('faq-answer-placeholder');
    expect(problems).toEqual([]);
  });
});

describe('replies in German, Russian and es-419', () => {
  it('the line check answer: headline, details and plurals', () => {
    const de = renderLineReply(lineResult('limit-reached'), null, 'de').embeds![0]!;
    expect(de.title).toBe('📺 Verbindungslimit erreicht — http://line.example.net:8080');
    const line = de.fields!.find((f) => f.name === 'Deine Leitung')!.value;
    expect(line).toContain('Status: Active (Test)');
    expect(line).toContain('Läuft ab: 2030-01-01 (noch 21 Tage)');
    expect(line).toContain('Verbindungen: 3 von 3 belegt — ⚠️ Limit erreicht');
    expect(de.fields!.find((f) => f.name === 'Panel umgezogen?')!.value).toContain('⚠️ Du hast den Host line.example.net eingegeben, das Panel meldet other.example.net');
    expect(de.fields!.find((f) => f.name === 'Senderlisten')!.value.split('\n')).toEqual([
      '✅ Live-TV: 3 Kategorien',
      '✅ Filme (VOD): 0 Kategorien (leer: das Paket enthält keine)',
      '❌ Serien: nicht geladen (http-404)',
    ]);
    expect(de.fields!.find((f) => f.name === 'Hinweise')!.value).toContain('• Die Server-URL enthielt Zugangsdaten');

    const ru = renderLineReply(lineResult('trial'), null, 'ru').embeds![0]!;
    expect(ru.title).toBe('🧪 Пробная линия — http://line.example.net:8080');
    // 21 is "one" in Russian: «остался 21 день».
    expect(ru.fields!.find((f) => f.name === 'Ваша линия')!.value).toContain('Истекает: 2030-01-01 (остался 21 день)');
    const es = renderLineReply(lineResult('expired'), null, 'es-419').embeds![0]!;
    expect(es.title).toBe('⌛ Línea vencida — http://line.example.net:8080');
    expect(es.fields!.find((f) => f.name === 'Tu línea')!.value).toContain('Vence: 2030-01-01');
    expect(es.footer!.text).toBe(messagesFor('es-ES')('xtream-footer'));
  });

  it('a refused username or password: the fact is kept, the words follow the reader', () => {
    const failed: LineCheckResult = { ...lineResult(null), verdict: 'invalid', state: null, account: null, server: null, serverDifferences: [], categories: [], notes: [], credential: { field: 'password', kind: 'empty' } };
    expect(renderLineReply(failed, null).embeds![0]!.description).toBe('The password is empty.');
    expect(renderLineReply(failed, null, 'de').embeds![0]!.description).toBe('Das Passwort ist leer.');
    const long: LineCheckResult = { ...failed, credential: { field: 'username', kind: 'too-long', max: 200 } };
    expect(renderLineReply(long, null, 'ru').embeds![0]!.description).toBe('Имя пользователя длиннее 200 символов.');
    expect(renderLineReply(long, null, 'es-419').embeds![0]!.title).toBe('❌ Línea no comprobada — http://line.example.net:8080');
  });

  it('check refusals: the numbers are data, the words follow each language’s plural rule', () => {
    const rate = (perMinute: number): CheckRefusal => ({ refused: true, reason: 'guild-rate', retryAfterSeconds: 7, perMinute });
    expect(refusalText(rate(1), 'ru')).toBe('Этот сервер израсходовал 1 проверку на эту минуту, попробуйте снова через 7 с.');
    expect(refusalText(rate(3), 'ru')).toBe('Этот сервер израсходовал 3 проверки на эту минуту, попробуйте снова через 7 с.');
    expect(refusalText(rate(5), 'ru')).toBe('Этот сервер израсходовал 5 проверок на эту минуту, попробуйте снова через 7 с.');
    expect(refusalText(rate(1), 'de')).toBe('Dieser Server hat seine 1 Prüfung für diese Minute aufgebraucht, versuche es in 7 s erneut.');
    expect(refusalText(rate(1))).toBe('This server has used its 1 check for this minute, try again in 7 s.');
    const busy: CheckRefusal = { refused: true, reason: 'busy', retryAfterSeconds: 4, running: 2, waiting: 1 };
    expect(refusalText(busy, 'es-419')).toBe(refusalText(busy, 'es-ES'));
    expect(refusalText(busy, 'es-ES')).toBe('El comprobador está ocupado (2 en curso, 1 en espera); vuelve a intentarlo dentro de 4 s.');
  });

  it('the multi-location conclusion and table; the English sentence (the CLI JSON) is unchanged', () => {
    const rows = [vantage('bot', 'ok'), vantage('eu-1', 'ok'), vantage('us-1', 'ok'), vantage('gp:br-sao-paulo', 'timeout')];
    const c: Consensus = consensusOf(rows);
    expect(consensusSentence(c)).toBe('open from 3 of 4 networks, no answer from gp:br-sao-paulo: a firewall, geo-block or ISP route affects some networks');
    expect(consensusSentence(c, 'ru')).toBe('доступен из 3 из 4 сетей, нет ответа из gp:br-sao-paulo: файрвол, геоблокировка или маршрут провайдера затрагивает часть сетей');
    expect(consensusSentence(c, 'de')).toBe('offen aus 3 von 4 Netzwerken, keine Antwort von gp:br-sao-paulo: Eine Firewall, Geo-Sperre oder ISP-Route betrifft manche Netzwerke');
    expect(consensusSentence(consensusOf([vantage('bot', 'refused'), vantage('a', 'timeout'), vantage('b', 'refused')]), 'de')).toBe(
      'scheitert aus jedem Netzwerk, das sich gemeldet hat (abgelehnt von bot, keine Antwort von a und abgelehnt von b): Das Problem liegt auf der Serverseite',
    );
    expect(vantageTable([vantage('bot', 'ok'), vantage('eu-1', null, 'busy')], true, 1024, 'de').split('\n').slice(1, 4)).toEqual([
      'Standort  Ergebnis             Verbindung',
      'bot       ok                   12 ms',
      'eu-1      Agenten ausgelastet  —',
    ]);
    const reply = withVantages({ embeds: [{ title: 't', fields: [] }] }, rows, c, 'ru');
    expect(reply.embeds![0]!.fields!.map((f) => f.name)).toEqual(['Из 4 сетей', 'О строках gp:']);
    expect(withVantages({ embeds: [{ title: 't' }] }, rows.slice(0, 1), consensusOf(rows.slice(0, 1)), 'ru').embeds![0]!.fields![0]!.name).toBe('Из 1 сети');
  });

  it('a refused from: is data; English reads as the CLI prints it, other languages name the option as their client does', () => {
    for (const text of [',', 'bot', 'EU 1!', Array.from({ length: 11 }, (_, i) => `l${i}`).join(',')]) {
      const parsed = parseFrom(text);
      if (parsed.ok) throw new Error(`expected ${text} to be refused`);
      expect(fromProblemText(parsed.problem)).toBe(parsed.error);
    }
    const bad = parseFrom('EU 1!');
    expect(!bad.ok && fromProblemText(bad.problem, 'de')).toBe('von: ein Standort besteht aus 1–32 Kleinbuchstaben, Ziffern und Bindestrichen (erhalten: „eu 1!“)');
    const many = parseFrom(Array.from({ length: 12 }, (_, i) => `l${i}`).join(','));
    expect(!many.ok && fromProblemText(many.problem, 'ru')).toBe('откуда: не больше 10 мест (получено 12)');
  });

  it('FAQ form and import problems are translated, down to the word for a whole file', () => {
    const t = messagesFor('de');
    const checked = lintFaqEntry({ id: '', title: 'T', aliases: [], body: 'B' });
    expect(describeProblems(t, checked.problems)).toBe('• id: ist erforderlich');
    const read = readImport([{ name: 'notes.txt', text: 'x' }]);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(describeProblems(messagesFor('ru'), read.problems)).toBe('• файл: не файл .md');
    const files = filesOf('upload.bin', Buffer.from('not a zip'));
    expect('problem' in files && archiveProblemText(messagesFor('es-419'), files.problem)).toBe('se esperaba un .zip de archivos .md (como el que crea /faqs exportar) o un solo archivo .md');
    expect('problem' in files && archiveProblemText(englishMessages(), files.problem)).toBe('expected a .zip of .md files (as /faqs export makes) or one .md file');
  });
});

describe('/netmedic settings through its handler', () => {
  function context(locale: string | undefined, retention: { days: number; custom: boolean }, on = true) {
    const replies: Reply[] = [];
    const ctx = {
      kind: 'chatInput',
      commandName: 'netmedic',
      subcommand: 'settings',
      options: {},
      requestId: 'r',
      user: { id: '1', username: 'mod' },
      guildId: '100',
      channelId: '200',
      memberPermissions: 1n << 13n,
      locale,
      services: { learning: { learning: async () => on, retention: async () => retention } },
      log: { info() {}, warn() {}, debug() {} },
      reply: async (r: Reply) => void replies.push(r),
    } as unknown as ChatInputContext;
    return { ctx, replies };
  }

  it.each([
    ['de', { days: 30, custom: false }, /^\*\*Lernen: an\.\*\* .* werden 30 Tage \(Standard\) aufbewahrt/, 'Lernen ausschalten'],
    ['ru', { days: 21, custom: true }, /^\*\*Обучение: вкл\.\*\* .* хранятся 21 день \(/, 'Выключить обучение'],
    ['ru', { days: 3, custom: false }, /хранятся 3 дня \(по умолчанию\) \(/, 'Выключить обучение'],
    ['ru', { days: 30, custom: true }, /хранятся 30 дней \(в нормализованном/, 'Выключить обучение'],
    ['es-419', { days: 3650, custom: true }, /^\*\*Aprendizaje: activado\.\*\* .* se guardan 3650 días \(normalizados/, 'Desactivar aprendizaje'],
    [undefined, { days: 3650, custom: true }, /^\*\*Learning: on\.\*\* .* are kept 3650 days \(normalised/, 'Turn learning off'],
  ] as const)('%s: %j', async (locale, retention, text, button) => {
    const { ctx, replies } = context(locale, retention);
    await netmedic.chatInput!(ctx);
    expect(replies[0]!.content).toMatch(text);
    const b = replies[0]!.components![0]!.components[0]!;
    expect('label' in b && b.label).toBe(button);
  });
});
