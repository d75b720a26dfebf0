/**
 * Commands named inside replies as the reader's Discord shows them: the localized command and
 * subcommand names from the same tables as `name_localizations`, English where there are none.
 */
import { commandMention, commandReference, COMMAND_LOCALES, COMMAND_TRANSLATIONS, optionName } from '../../src/render/command-names';
import { renderAbout, type AboutFacts } from '../../src/render/about';
import { messagesFor } from '../../src/render/i18n/messages';

describe('commandMention', () => {
  it('uses the localized command and subcommand names', () => {
    expect(commandMention('explain', 'de')).toBe('/erklären');
    expect(commandMention('kb.phrases', 'de')).toBe('/kb phrasen');
    expect(commandMention('kb.gaps', 'ru')).toBe('/kb пробелы');
    expect(commandMention('faq', 'tr')).toBe('/sss');
  });

  it('is the English name without a locale, for English and for languages the commands have no words for', () => {
    for (const locale of [undefined, null, 'en-US', 'en-GB', 'ja', '']) {
      expect(commandMention('explain', locale)).toBe('/explain');
      expect(commandMention('kb.phrases', locale)).toBe('/kb phrases');
    }
  });

  it('agrees with the name_localizations tables in every command locale', () => {
    for (const locale of COMMAND_LOCALES) {
      for (const path of ['explain', 'check', 'faq', 'kb.phrases', 'kb.gaps']) {
        const [command, sub] = path.split('.');
        const names = [COMMAND_TRANSLATIONS[locale][command!]![0], ...(sub ? [COMMAND_TRANSLATIONS[locale][path]![0]] : [])];
        expect(commandMention(path, locale)).toBe(`/${names.join(' ')}`);
      }
    }
  });
});

describe('commandReference', () => {
  const ids = new Map([
    ['kb', '1100000000000000001'],
    ['explain', '1100000000000000002'],
  ]);

  it('is Discord’s clickable mention, with the English path, when the command’s id is known', () => {
    // Discord shows a mention in the reader's own language: the English names are what it needs.
    expect(commandReference('kb.phrases', 'de', ids)).toBe('</kb phrases:1100000000000000001>');
    expect(commandReference('explain', 'ru', ids)).toBe('</explain:1100000000000000002>');
  });

  it('is the localized name as code when the id is not known', () => {
    expect(commandReference('check', 'de', ids)).toBe('`/prüfen`');
    expect(commandReference('kb.gaps', 'ru')).toBe('`/kb пробелы`');
    expect(commandReference('explain', undefined, new Map())).toBe('`/explain`');
  });
});

describe('optionName', () => {
  it('is the option name of the reader’s Discord, from the same tables, English otherwise', () => {
    expect(optionName('netmedic.settings.learning', 'de')).toBe('lernen');
    expect(optionName('netmedic.settings.learning', 'ru')).toBe('обучение');
    for (const locale of COMMAND_LOCALES) expect(optionName('netmedic.settings.learning', locale)).toBe(COMMAND_TRANSLATIONS[locale]['netmedic.settings.learning']![0]);
    for (const locale of [undefined, null, 'en-US', 'ja']) expect(optionName('netmedic.settings.learning', locale)).toBe('learning');
  });
});

describe('replies name commands the reader can type', () => {
  it('/about names /explain, /check and /faq as the reader\'s Discord does', () => {
    const facts: AboutFacts = { version: '1.0.0', uptimeMs: 1000, articles: 1, faqs: 1, gatewayPingMs: null };
    expect(renderAbout(facts, 'de').description).toBe('Ich erkläre Netzwerkfehler (`/erklären`) und prüfe Server aus meinem Netz (`/prüfen`). Helfer können FAQ-Einträge mit `/faq` verlinken.');
    expect(renderAbout(facts).description).toContain('(`/explain`)');
  });

  it('/about mentions the commands whose ids are known, and names the others', () => {
    const facts: AboutFacts = { version: '1.0.0', uptimeMs: 1000, articles: 1, faqs: 1, gatewayPingMs: null };
    const ids = new Map([['explain', '1100000000000000002'], ['check', '1100000000000000003']]);
    expect(renderAbout(facts, 'de', ids).description).toBe('Ich erkläre Netzwerkfehler (</explain:1100000000000000002>) und prüfe Server aus meinem Netz (</check:1100000000000000003>). Helfer können FAQ-Einträge mit `/faq` verlinken.');
  });

  it('the /explain, /kb phrases and /kb gaps messages take the command as a variable', () => {
    const de = messagesFor('de');
    expect(de('explain-empty', { command: commandMention('explain', 'de'), example: '`x`' })).toBe('Fügen Sie den Fehlertext nach /erklären ein, zum Beispiel `x`.');
    expect(de('kb-phrases-no-such', { n: '4', command: `\`${commandMention('kb.phrases', 'de')}\`` })).toBe('Es gibt keine Phrase Nummer 4; `/kb phrasen` listet sie auf.');
  });
});
