/**
 * Replies in the asker's language, the pure parts: LANG parsing, the localized knowledge view,
 * translated headings in explain / full-article embeds, the public-reply locale rule, and the
 * command localisations against Discord's rules.
 */
import { localizeDefinition, COMMAND_LOCALES, COMMAND_TRANSLATIONS, definitionPaths } from '../../src/interaction/command-locales';
import { replyLocale } from '../../src/interaction/locale';
import { loadRegistry } from '../../src/interaction/registry';
import type { BaseContext } from '../../src/interaction/types';
import { localized, localizedKnowledge } from '../../src/knowledge/i18n';
import { loadKnowledgeBaseSync } from '../../src/knowledge/load';
import { cliLocale, discordLocaleFor, localeFromEnv } from '../../src/cli/locale';
import type { KnowledgeBase } from '../../src/knowledge/types';
import { match } from '../../src/matcher/match';
import { buildArticlePages, renderArticleExplain, renderArticlePageReply, renderExplainReply, renderFaqList } from '../../src/render/explain';
import { formatProblem } from '../../src/render/knowledge-problems';
import { checkCommandDefinitions } from '../support/discord/validate';

function loadKb(): KnowledgeBase {
  const r = loadKnowledgeBaseSync();
  if (!('kb' in r)) throw new Error(r.problems.map(formatProblem).join('\n'));
  return r.kb;
}
const kb = loadKb();

describe('LANG / --locale parsing', () => {
  it.each([
    ['pt_BR.UTF-8', 'pt-BR'],
    ['es_MX', 'es-419'],
    ['es_AR.UTF-8', 'es-419'],
    ['es_ES.UTF-8', 'es-ES'],
    ['es', 'es-ES'],
    ['de_DE', 'de'],
    ['de_AT.UTF-8@euro', 'de'],
    ['fr_CA.UTF-8', 'fr'],
    ['it_IT', 'it'],
    ['tr_TR.UTF-8', 'tr'],
    ['ru_RU.KOI8-R', 'ru'],
    ['en_GB.UTF-8', 'en-GB'],
    ['en_US', 'en-US'],
    ['pt-BR', 'pt-BR'],
    ['es-419', 'es-419'],
    ['ES-es', 'es-ES'],
    ['zh_TW', 'zh-TW'],
  ])('%s → %s', (tag, locale) => {
    expect(discordLocaleFor(tag)).toBe(locale);
  });

  it.each(['C', 'POSIX', 'C.UTF-8', '', 'xx_YY', 'klingon'])('%j → none (English)', (tag) => {
    expect(discordLocaleFor(tag)).toBeUndefined();
  });

  it('LC_ALL wins over LC_MESSAGES over LANG; nothing set is English', () => {
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8' })).toBe('de');
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8' })).toBe('fr');
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8', LC_MESSAGES: 'fr_FR.UTF-8', LC_ALL: 'ru_RU.UTF-8' })).toBe('ru');
    expect(localeFromEnv({ LANG: 'de_DE.UTF-8', LC_ALL: '' })).toBe('de');
    expect(localeFromEnv({})).toBeUndefined();
  });

  it('--locale beats the environment; a bad value is a clear error', () => {
    expect(cliLocale('tr', { LANG: 'de_DE.UTF-8' })).toEqual({ locale: 'tr' });
    expect(cliLocale(undefined, { LANG: 'pt_BR.UTF-8' })).toEqual({ locale: 'pt-BR' });
    const bad = cliLocale('nonsense', {});
    expect('error' in bad && bad.error).toMatch(/unknown locale "nonsense"/);
  });
});

describe('localizedKnowledge', () => {
  it('English and unknown locales are the knowledge base itself', () => {
    expect(localizedKnowledge(kb, undefined)).toBe(kb);
    expect(localizedKnowledge(kb, 'en-US')).toBe(kb);
    expect(localizedKnowledge(kb, 'ja')).toBe(kb);
  });

  it('a translated locale gives translated articles and FAQ entries; es-419 reads es-ES', () => {
    const de = localizedKnowledge(kb, 'de');
    expect(de.article('connection-refused')!.title).toBe('Verbindung abgelehnt');
    expect(de.articles.find((a) => a.id === 'connection-refused')!.title).toBe('Verbindung abgelehnt');
    expect(de.faqs.length).toBe(kb.faqs.length);
    expect(de.faq('bound-to-localhost')!.title).not.toBe(kb.faq('bound-to-localhost')!.title);
    const es = localized(kb, 'connection-refused', 'es-ES')!;
    expect(localizedKnowledge(kb, 'es-419').article('connection-refused')!.title).toBe(es.title);
    expect(es.title).not.toBe('Connection refused');
    // The same view object per locale: cheap to ask for on every interaction.
    expect(localizedKnowledge(kb, 'de')).toBe(de);
  });
});

describe('rendering from a localized view', () => {
  const PASTE = 'curl: (7) Failed to connect to 127.0.0.1 port 8080: Connection refused';

  it('English replies are unchanged byte for byte', () => {
    const result = match(PASTE, kb);
    expect(JSON.stringify(renderExplainReply(result, localizedKnowledge(kb, 'ja')))).toBe(JSON.stringify(renderExplainReply(result, kb)));
    const a = kb.article('connection-refused')!;
    expect(JSON.stringify(renderArticlePageReply(localizedKnowledge(kb, 'en-GB').article(a.id)!, 1, kb))).toBe(JSON.stringify(renderArticlePageReply(a, 1, kb)));
  });

  it('explain: title, summary, causes, steps and the section headings come from the translation; commands keep the user’s host and port', () => {
    const result = match(PASTE, kb);
    const reply = renderExplainReply(result, localizedKnowledge(kb, 'de'));
    const embed = reply.embeds![0]!;
    const t = localized(kb, 'connection-refused', 'de')!;
    expect(embed.title).toBe(t.title);
    expect(embed.description!.startsWith(t.summary)).toBe(true);
    const names = embed.fields!.map((f) => f.name);
    expect(names).toEqual(expect.arrayContaining(['Häufige Ursachen', 'So beheben Sie es', 'Testen']));
    const causes = embed.fields!.find((f) => f.name === 'Häufige Ursachen')!.value;
    expect(causes).toContain('**Serverseitig**');
    expect(causes).toContain(t.sections.causes.server[0]!.slice(0, 30));
    const test = embed.fields!.find((f) => f.name === 'Testen')!.value;
    expect(test).toContain('127.0.0.1');
    expect(test).toContain('8080');
  });

  it('alternative buttons carry translated titles', () => {
    const result = match('ECONNRESET ETIMEDOUT', kb);
    const fr = localizedKnowledge(kb, 'fr');
    const reply = renderExplainReply(result, fr);
    const labels = reply.components!.flatMap((r) => r.components).map((c) => ('label' in c ? c.label : ''));
    const alts = result.alternatives.filter((a) => a.id !== result.match!.id).slice(0, 3);
    expect(alts.length).toBeGreaterThan(0);
    for (const alt of alts) expect(labels).toContain(fr.article(alt.id)!.title.slice(0, 80));
  });

  it('full article: translated headings and related buttons with translated titles', () => {
    const ru = localizedKnowledge(kb, 'ru');
    const a = ru.article('connection-refused')!;
    const pages = buildArticlePages(a);
    const text = pages.map((p) => p.description).join('\n');
    const headings = (a as typeof a & { headings: string[] }).headings;
    expect(text).toContain(`**${headings[0]}**`);
    expect(text).not.toContain('**What it means**');
    const reply = renderArticlePageReply(a, 1, ru);
    const labels = reply.components!.flatMap((r) => r.components).map((c) => ('label' in c ? c.label : ''));
    expect(labels).toContain(ru.article('connection-timeout')!.title);
    expect(renderArticleExplain(a).embeds![0]!.title).toBe(a.title);
  });

  it('the FAQ list shows translated titles', () => {
    const it_ = localizedKnowledge(kb, 'it');
    expect(renderFaqList(it_).description).toContain(it_.faq('bound-to-localhost')!.title);
  });
});

describe('replyLocale', () => {
  const ctx = (mode: 'user' | 'server', guildLocale?: string) =>
    ({ locale: 'de', guildLocale, services: { config: { PUBLIC_REPLY_LOCALE: mode } } }) as unknown as Pick<BaseContext, 'locale' | 'guildLocale' | 'services'>;
  it('user mode: always the asker’s language', () => {
    expect(replyLocale(ctx('user', 'fr'), true)).toBe('de');
    expect(replyLocale(ctx('user', 'fr'), false)).toBe('de');
  });
  it('server mode: public replies in the server’s language, private ones in the asker’s', () => {
    expect(replyLocale(ctx('server', 'fr'), true)).toBe('fr');
    expect(replyLocale(ctx('server', 'fr'), false)).toBe('de');
    expect(replyLocale(ctx('server'), true)).toBe('de');
  });
});

describe('command localisations', () => {
  const registry = loadRegistry();
  const defs = registry.definitions();
  const NAME = /^[-_\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

  it('every command and option has a name and (slash commands) a description in all eight locales', () => {
    const missing: string[] = [];
    for (const def of registry.modules.map((m) => m.definition)) {
      for (const path of definitionPaths(def)) {
        for (const locale of COMMAND_LOCALES) {
          const entry = COMMAND_TRANSLATIONS[locale][path];
          if (!entry) missing.push(`${locale} ${path}`);
          else if (def.type !== 2 && def.type !== 3 && entry[1] === undefined) missing.push(`${locale} ${path} (description)`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('no table entry is left over from a command or option that no longer exists', () => {
    const paths = new Set(registry.modules.flatMap((m) => definitionPaths(m.definition)));
    for (const locale of COMMAND_LOCALES) expect(Object.keys(COMMAND_TRANSLATIONS[locale]).filter((p) => !paths.has(p))).toEqual([]);
  });

  it('every localisation follows Discord’s rules: names lowercase and matching the name pattern, descriptions 1–100', () => {
    const bad: string[] = [];
    const visit = (node: Record<string, unknown>, path: string, slash: boolean) => {
      const names = (node.name_localizations ?? {}) as Record<string, string>;
      const descriptions = (node.description_localizations ?? {}) as Record<string, string>;
      for (const [locale, name] of Object.entries(names)) {
        if (slash ? !NAME.test(name) || name !== name.toLocaleLowerCase(locale) : name.length < 1 || name.length > 32) bad.push(`${locale} ${path} name "${name}"`);
      }
      for (const [locale, d] of Object.entries(descriptions)) if (d.length < 1 || d.length > 100) bad.push(`${locale} ${path} description (${d.length})`);
      const options = (node.options ?? []) as Record<string, unknown>[];
      // Sibling names stay unique in every language.
      for (const locale of COMMAND_LOCALES) {
        const seen = options.map((o) => ((o.name_localizations ?? {}) as Record<string, string>)[locale] ?? o.name);
        if (new Set(seen).size !== seen.length) bad.push(`${locale} ${path}: duplicate option names ${seen.join(',')}`);
      }
      for (const o of options) visit(o, `${path}.${String(o.name)}`, true);
    };
    for (const def of defs) visit(def as unknown as Record<string, unknown>, def.name, (def.type ?? 1) === 1);
    for (const locale of COMMAND_LOCALES) {
      const top = defs.filter((d) => (d.type ?? 1) === 1).map((d) => (d.name_localizations as Record<string, string>)[locale]);
      if (new Set(top).size !== top.length) bad.push(`${locale}: duplicate command names`);
    }
    expect(bad).toEqual([]);
    // The test bed's copy of Discord's validation agrees.
    expect(checkCommandDefinitions(defs)).toBeNull();
  });

  it('the test bed rejects a localisation Discord would reject', () => {
    const def = localizeDefinition(registry.byName('explain')!.definition) as unknown as Record<string, unknown>;
    expect(checkCommandDefinitions([{ ...def, name_localizations: { de: 'Erklären' } }])).not.toBeNull();
    expect(checkCommandDefinitions([{ ...def, name_localizations: { xx: 'erklären' } }])).not.toBeNull();
    expect(checkCommandDefinitions([{ ...def, description_localizations: { de: 'x'.repeat(101) } }])).not.toBeNull();
  });

  it('interactions still use the English names: the definitions keep them', () => {
    expect(defs.map((d) => d.name)).toEqual(registry.modules.map((m) => m.definition.name));
  });
});
