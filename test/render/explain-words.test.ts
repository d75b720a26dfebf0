/**
 * The explain, teach, kb and about words in every UI locale: each reply rendered in each locale
 * stays inside Discord's limits before any fitting (embed parts, button labels, select menu
 * placeholders, autocomplete names, message content), no message id shows through untranslated,
 * numbers follow the reader's conventions, and plural forms follow the language's rules.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblem } from '../../src/render/knowledge-problems';
import type { APIEmbed } from 'discord-api-types/v10';
import { explainChoices } from '../../commands/explain';
import type { Reply } from '../../src/interaction/types';
import { localizedKnowledge } from '../../src/knowledge/i18n';
import { loadKnowledgeBaseSync } from '../../src/knowledge/load';
import type { KnowledgeBase } from '../../src/knowledge/types';
import type { KbStats, WeekStats } from '../../src/learn/stats';
import { match, type MatchResult } from '../../src/matcher/match';
import { knownServices, serviceForPort } from '../../src/matcher/ports';
import { formatDuration, renderAbout } from '../../src/render/about';
import { renderAutoExplain } from '../../src/render/auto-explain';
import {
  buildArticlePages,
  buildExplainEmbed,
  buildFaqEmbed,
  matchFooter,
  renderArticlePageReply,
  renderExplainReply,
  renderFaqList,
  renderNoMatchReply,
} from '../../src/render/explain';
import { renderGaps } from '../../src/render/gaps';
import { portHintText, serviceName } from '../../src/render/port-words';
import { evidenceText } from '../../src/render/evidence';
import { messagesFor, UI_LOCALES } from '../../src/render/i18n/messages';
import { decimal } from '../../src/render/i18n/numbers';
import { embedLength, LIMITS } from '../../src/render/limits';
import { renderStats } from '../../src/render/stats';
import { renderTaughtFaqReply } from '../../src/render/taught-faq';
import { CLI_VOICE } from '../../src/render/voice';
import { voteRow } from '../../src/render/votes';

function loadKb(): KnowledgeBase {
  const r = loadKnowledgeBaseSync();
  if (!('kb' in r)) throw new Error(r.problems.map((p) => formatProblem(p)).join('\n'));
  return r.kb;
}
const kb = loadKb();

/** Every way an embed can break Discord's limits, as readable lines (none: it fits). */
function embedProblems(where: string, embed: APIEmbed): string[] {
  const out: string[] = [];
  const over = (what: string, text: string | undefined, limit: number) => {
    if ((text?.length ?? 0) > limit) out.push(`${where}: ${what} is ${text!.length} characters (limit ${limit})`);
  };
  over('title', embed.title, LIMITS.title);
  over('description', embed.description, LIMITS.description);
  over('footer', embed.footer?.text, LIMITS.footer);
  if ((embed.fields?.length ?? 0) > LIMITS.fields) out.push(`${where}: ${embed.fields!.length} fields`);
  for (const f of embed.fields ?? []) {
    over(`field name "${f.name}"`, f.name, LIMITS.fieldName);
    over(`field "${f.name}"`, f.value, LIMITS.fieldValue);
    if (!f.name.trim() || !f.value.trim()) out.push(`${where}: empty field "${f.name}"`);
  }
  if (embedLength(embed) > LIMITS.totalPerMessage) out.push(`${where}: ${embedLength(embed)} characters in all`);
  return out;
}

/** Labels, placeholders and option labels of a reply's components against their limits. */
function componentProblems(where: string, reply: Reply): string[] {
  const out: string[] = [];
  for (const row of reply.components ?? []) {
    for (const c of row.components) {
      if ('label' in c && c.label !== undefined && (c.label.length > LIMITS.buttonLabel || !c.label.trim())) out.push(`${where}: button "${c.label}"`);
      if ('placeholder' in c && c.placeholder !== undefined && c.placeholder.length > LIMITS.selectPlaceholder) out.push(`${where}: placeholder "${c.placeholder}"`);
      for (const o of 'options' in c ? (c.options ?? []) : []) if (o.label.length > LIMITS.selectOptionLabel) out.push(`${where}: option "${o.label}"`);
    }
  }
  if ((reply.content?.length ?? 0) > LIMITS.content) out.push(`${where}: content is ${reply.content!.length} characters`);
  return out;
}

/** The strings a catalogue lookup would give back when a message is missing everywhere. */
const leakedIds = (text: string) => text.match(/\b(?:explain|kb|teach|about)-[a-z0-9-]+[a-z0-9]\b/g)?.filter((id) => messagesFor('en').has(id)) ?? [];

const CONFIDENT = 'curl: (7) Failed to connect to very-long-subdomain.customer-12345.example-hosting-provider.com port 65535: Connection refused';
const UNSURE = 'ECONNRESET ETIMEDOUT';
const NOTHING = 'xyzzy frobnicate quux';
const week = (n: number): WeekStats => ({ week: n, from: Date.UTC(2026, 0, 1 + 7 * n), to: Date.UTC(2026, 0, 8 + 7 * n), answered: 1234, unanswered: 56, answerRate: 0.956, helpful: 21, notHelpful: 5, helpfulRate: 0.81, top: [{ target: 'connection-refused', count: 999 }, { target: 'faq/port-forwarding', count: 3 }] });
const STATS: KbStats = { guild: 'g', weeks: 25, learning: false, total: week(0), byWeek: Array.from({ length: 25 }, (_, i) => week(i)) };
const CLUSTERS = Array.from({ length: 10 }, (_, i) => ({ text: `quuxplayer says: ${'frobnication handshake vanished '.repeat(8)}${i}`, count: 1000 + i, lastAt: 0, guess: 'connection-refused' }));

describe.each(UI_LOCALES)('%s', (locale) => {
  const view = localizedKnowledge(kb, locale);
  const t = messagesFor(locale);

  it('every explain reply fits Discord’s limits before fitting, and shows no message id', () => {
    const problems: string[] = [];
    const texts: string[] = [];
    const check = (where: string, embeds: APIEmbed[], reply?: Reply) => {
      for (const e of embeds) problems.push(...embedProblems(where, e));
      if (reply) problems.push(...componentProblems(where, reply));
      texts.push(JSON.stringify({ embeds, components: reply?.components, content: reply?.content }));
    };
    for (const text of [CONFIDENT, UNSURE, NOTHING]) {
      const result = match(text, kb);
      const reply = renderExplainReply(result, view, undefined, locale);
      const article = result.match ? view.article(result.match.id) : undefined;
      const alternatives = result.alternatives.map((a) => ({ ...a, title: view.article(a.id)?.title ?? a.title }));
      if (article) check(`explain ${text}`, [buildExplainEmbed(article, result.context, result.match, false, alternatives, locale)], reply);
      else check(`explain ${text}`, reply.embeds ?? [], reply);
      const auto = renderAutoExplain(result, view, locale);
      if (auto) check(`auto-explain ${text}`, auto.embeds ?? [], auto);
    }
    // No match with suggestions and FAQ entries, in both voices.
    const noMatch: MatchResult = { ...match(NOTHING, kb), alternatives: kb.articles.slice(0, 3).map((a) => ({ id: a.id, title: a.title, confidence: 0.3, evidence: [] })), faq: kb.faqs.map((f) => f.id) };
    for (const voice of [undefined, CLI_VOICE]) {
      const reply = renderNoMatchReply(noMatch, view, voice, locale);
      check('no match', reply.embeds ?? [], reply);
    }
    for (const a of view.articles) {
      buildArticlePages(a, locale).forEach((page, i) => check(`${a.id} page ${i + 1}`, [page]));
      const pages = buildArticlePages(a, locale).length;
      const last = renderArticlePageReply(a, pages, view, locale);
      check(`${a.id} page buttons`, [], last);
      check(`${a.id} explain`, [buildExplainEmbed(a, {}, null, true, [], locale)]);
    }
    for (const f of view.faqs) {
      check(`faq ${f.id}`, [buildFaqEmbed(f, locale)]);
      const taught = renderTaughtFaqReply(f, locale);
      check(`taught faq ${f.id}`, taught.embeds ?? [], taught);
    }
    check('faq list', [renderFaqList(view, undefined, locale)]);
    check('votes', [], { components: [voteRow('connection-refused', locale)] });
    expect(problems).toEqual([]);
    expect(texts.flatMap(leakedIds)).toEqual([]);
  });

  it('kb gaps, kb stats and about fit, at their largest', () => {
    const embeds: [string, APIEmbed][] = [
      ['gaps', renderGaps(CLUSTERS, 123456, 365, true, locale)],
      ['gaps empty', renderGaps([], 0, 1, true, locale)],
      ['gaps learning off', renderGaps([], 0, 7, false, locale)],
      ['stats', renderStats(STATS, (x) => `\`${x}\``, locale)],
      ['about', renderAbout({ version: '10.20.30-beta.4', uptimeMs: 999 * 86_400_000, articles: 1000, faqs: 1000, gatewayPingMs: 12345 }, locale)],
      ['about (no ping)', renderAbout({ version: '1.0.0', uptimeMs: 5000, articles: 1, faqs: 0, gatewayPingMs: null }, locale)],
    ];
    expect(embeds.flatMap(([where, e]) => embedProblems(where, e))).toEqual([]);
    expect(embeds.flatMap(([, e]) => leakedIds(JSON.stringify(e)))).toEqual([]);
  });

  it('labels that commands use fit: buttons, menu placeholders, autocomplete names', () => {
    const buttons = ['explain-button-full-article', 'explain-button-previous', 'explain-button-next', 'explain-vote-helpful', 'explain-vote-not-helpful'].map((id) => t(id));
    buttons.push(t('kb-gaps-teach', { n: '10' }));
    for (const label of buttons) expect(label.length).toBeLessThanOrEqual(LIMITS.buttonLabel);
    for (const id of ['teach-pick-article', 'teach-pick-faq', 'faq-answer-placeholder']) expect(t(id).length).toBeLessThanOrEqual(LIMITS.selectPlaceholder);
    // Best-match names carry a title of up to 100 characters: the command cuts, never Discord.
    const choices = explainChoices('curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused', kb, view, locale);
    expect(choices[0]!.name.startsWith(t('explain-choice-best', { title: '', percent: '' }).slice(0, 4))).toBe(true);
    for (const c of choices) expect(c.name.length).toBeLessThanOrEqual(LIMITS.choiceLength);
  });
});

describe('words per language', () => {
  const refused = match('curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused', kb);

  it('English is the source: ids never show, labels read as before', () => {
    const reply = renderExplainReply(refused, kb);
    expect(reply.embeds![0]!.footer!.text).toMatch(/^Matched phrase "connection refused" and curl exit 7 · confidence 0\.\d\d$/);
    expect(reply.components!.flatMap((r) => r.components).map((c) => ('label' in c ? c.label : ''))).toEqual(['Full article', 'Helpful', 'Not helpful']);
  });

  it('German: labels, evidence kinds and the decimal comma', () => {
    const reply = renderExplainReply(refused, localizedKnowledge(kb, 'de'), undefined, 'de');
    const footer = reply.embeds![0]!.footer!.text;
    expect(footer).toMatch(/^Erkannt an Phrase "connection refused" und curl-Exit-Code 7 · Sicherheit 0,\d\d$/);
    expect(reply.components!.flatMap((r) => r.components).map((c) => ('label' in c ? c.label : ''))).toEqual(['Ganzer Artikel', 'Hilfreich', 'Nicht hilfreich']);
    expect(matchFooter(refused.match!, false, 2, 'de')).toContain('unsicher: mit „Könnte auch sein“ oben vergleichen');
    expect(decimal(0.5, 2, 'de')).toBe('0,50');
    expect(decimal(0.5, 2, 'en-GB')).toBe('0.50');
    expect(evidenceText({ kind: 'topic', words: ['xtream', 'm3u'] }, messagesFor('de'))).toBe('Thema xtream, Thema m3u');
    expect(evidenceText({ kind: 'taught', phrase: 'abc' }, messagesFor('fr'))).toBe('appris sur ce serveur\u00a0: "abc"');
    expect(evidenceText({ kind: 'frame', frame: 'upstream', of: { kind: 'typed', key: 'winsock:10061' } }, messagesFor('de'))).toBe(`upstream: ${messagesFor('de')('explain-evidence-winsock', { code: '10061' })}`);
  });

  it('Russian plural forms: one, few, many', () => {
    const about = (articles: number, faqs: number) => renderAbout({ version: '1', uptimeMs: 0, articles, faqs, gatewayPingMs: 1 }, 'ru').fields!.find((f) => f.name === 'База знаний')!.value;
    expect(about(1, 1)).toBe('1 статья, 1 запись FAQ');
    expect(about(23, 3)).toBe('23 статьи, 3 записи FAQ');
    expect(about(25, 11)).toBe('25 статей, 11 записей FAQ');
    expect(renderGaps([], 21, 21, true, 'ru').title).toBe('Ошибки без ответа за последний 21 день');
    expect(renderGaps([], 5, 5, true, 'ru').footer!.text).toMatch(/^Записано 5 текстов без ответа/);
    expect(renderGaps([], 2, 2, true, 'ru').footer!.text).toMatch(/^Записано 2 текста без ответа/);
    expect(renderStats({ ...STATS, weeks: 4 }, undefined, 'ru').title).toBe('Статистика базы знаний за последние 4 недели');
  });

  it('counts show without digit grouping in every language; percent signs sit where the language puts them', () => {
    expect(renderGaps([], 12345, 7, true, 'en').footer!.text).toMatch(/^12345 unanswered pastes recorded/);
    expect(renderGaps([], 1, 1, true, 'en').title).toBe('Unanswered errors, last 1 day');
    expect(renderGaps([], 12345, 7, true, 'de').footer!.text).toMatch(/^12345 unbeantwortete/);
    const rate = (locale: string) => renderStats({ ...STATS, weeks: 1 }, undefined, locale).description!.split('\n')[0];
    expect(rate('en')).toBe('Answer rate **96%** (1234 answered, 56 not)');
    expect(rate('tr')).toBe('Yanıt oranı **%96** (1234 yanıtlandı, 56 yanıtlanmadı)');
    expect(rate('fr')).toBe('Taux de réponse **96\u00a0%** (1234 avec réponse, 56 sans)');
  });

  it('es-419 has its own words where they differ and es-ES’s elsewhere', () => {
    const es = messagesFor('es-ES');
    const latam = messagesFor('es-MX');
    expect(latam.locale).toBe('es-419');
    expect(latam('explain-no-match-intro')).toBe('No pude determinar qué error de red es este.');
    expect(es('explain-no-match-intro')).toBe('No he podido determinar qué error de red es este.');
    expect(latam('explain-no-match-title')).toBe(es('explain-no-match-title'));
    expect(latam('explain-no-match-title')).not.toBe(messagesFor('en')('explain-no-match-title'));
  });

  it('port words: every port of the matcher’s table has its words in every language; hints and service names translated', () => {
    const en = messagesFor('en');
    // Every port hint in the catalogue is for a port the matcher knows (none orphaned by a table change).
    const hinted = [...readFileSync(join(__dirname, '../../src/render/locales/en/explain.ftl'), 'utf8').matchAll(/^explain-port-hint-(\d+) =/gm)].map((m) => Number(m[1]));
    expect(hinted.length).toBeGreaterThan(10);
    for (const port of hinted) expect(serviceForPort(port)).toBeDefined();
    for (const locale of UI_LOCALES) {
      const t = messagesFor(locale);
      for (const service of knownServices()) {
        const hint = portHintText(service.port, t);
        const name = serviceName(service, t);
        // A missing message would show its id.
        expect(hint).not.toMatch(/explain-/);
        expect(name).not.toMatch(/explain-/);
        if (locale === 'en') expect(name).toBe(service.name);
        // A port's own hint is a sentence: translated, never the English one.
        else if (hinted.includes(service.port)) expect(hint).not.toBe(portHintText(service.port, en));
      }
    }
    expect(portHintText(5432, en)).toBe("port 5432 is PostgreSQL's default; is the database running and listening on that address (listen_addresses, pg_hba.conf)?");
    expect(portHintText(7777, en)).toBe('port 7777 is usually game server; is that service running and listening on that address?');
    expect(portHintText(4242, en)).toBe('is the service that should answer on port 4242 running and listening on that address?');
    const de = messagesFor('de');
    expect(portHintText(5432, de)).toBe('Port 5432 ist der Standard von PostgreSQL; läuft die Datenbank und lauscht sie auf dieser Adresse (listen_addresses, pg_hba.conf)?');
    expect(portHintText(5000, de)).toBe('Port 5000 ist meist ein Entwicklungsserver; läuft dieser Dienst und lauscht er auf dieser Adresse?');
    expect(portHintText(4242, messagesFor('ru'))).toBe('запущен ли сервис, который должен отвечать на порту 4242, и слушает ли он этот адрес?');
    expect(serviceName({ name: 'PostgreSQL' }, de)).toBe('PostgreSQL');
    // In a reply: the first likely cause and the "Seen" line.
    const reply = renderExplainReply(match('curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused', kb), localizedKnowledge(kb, 'de'), undefined, 'de');
    const embed = reply.embeds![0]!;
    expect(embed.fields![0]!.value.split('\n')[0]).toBe('• Port 8080 ist ein gängiger alternativer HTTP-Port (Proxys, Entwicklungsserver, IPTV-Panels); läuft dieser Dienst darauf?');
    expect(embed.description).toMatch(/\n\nErkannt: Quelle \*\*curl\*\* · Host `127\.0\.0\.1` · Port 8080 \(alternativer HTTP-Port\)/);
  });

  it('uptime units follow the language', () => {
    expect(formatDuration(90_061_000)).toBe('1d 1h 1m');
    expect(formatDuration(90_061_000, messagesFor('de'))).toBe('1 T. 1 Std. 1 Min.');
    expect(formatDuration(61_000, messagesFor('ru'))).toBe('1 мин 1 с');
  });
});
