/**
 * Replies that name a right-click (context-menu) command use the name Discord shows for it in the
 * reader's language: the command tables (src/render/command-names.ts), which also make the
 * commands' name_localizations. A command renamed in the tables must be renamed in these
 * messages too, or this fails.
 */
import { COMMAND_LOCALES, COMMAND_TRANSLATIONS } from '../../src/render/command-names';
import { messagesFor } from '../../src/render/i18n/messages';

/** Messages that name a context-menu command, with the command they name and variables to format them. */
const MESSAGES: { id: string; command: string; args?: Record<string, string> }[] = [
  { id: 'settings-learning-on', command: 'Explain this error', args: { explain: '/explain', kept: '30', gaps: '/kb gaps', stats: '/kb stats', settings: '/netmedic settings', learning: 'learning' } },
  { id: 'kb-phrases-none', command: 'Teach netmedic' },
  { id: 'teach-menu-expired', command: 'Teach netmedic' },
];

describe('context-menu commands named in replies', () => {
  it.each(COMMAND_LOCALES.map((locale) => [locale]))('%s: the name from the command tables', (locale) => {
    const t = messagesFor(locale);
    for (const m of MESSAGES) expect([m.id, t(m.id, m.args)]).toEqual([m.id, expect.stringContaining(COMMAND_TRANSLATIONS[locale][m.command]![0])]);
  });

  it('English: the commands’ own names', () => {
    const t = messagesFor('en');
    for (const m of MESSAGES) expect(t(m.id, m.args)).toContain(m.command);
  });
});
