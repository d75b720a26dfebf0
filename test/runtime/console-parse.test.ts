import { ApplicationCommandOptionType } from 'discord-api-types/v10';
import { parseConsoleLine } from '../../src/console/parse';
import { localizeDefinition } from '../../src/interaction/command-locales';
import type { CommandDefinition } from '../../src/interaction/types';

const defs: CommandDefinition[] = [
  {
    name: 'check',
    description: 'check',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'target', description: 't', required: true },
      {
        type: ApplicationCommandOptionType.String,
        name: 'protocol',
        description: 'p',
        choices: [
          { name: 'auto', value: 'auto' },
          { name: 'http', value: 'http' },
        ],
      },
      { type: ApplicationCommandOptionType.Boolean, name: 'public', description: 'p' },
    ],
  },
  {
    name: 'faq',
    description: 'faq',
    options: [
      { type: ApplicationCommandOptionType.String, name: 'entry', description: 'e', required: true },
      { type: ApplicationCommandOptionType.User, name: 'user', description: 'u' },
    ],
  },
  {
    name: 'kb',
    description: 'kb',
    options: [{ type: ApplicationCommandOptionType.Subcommand, name: 'reload', description: 'r' }],
  },
];

describe('console line parser', () => {
  it('takes the main option positionally, even when it contains a colon', () => {
    expect(parseConsoleLine('/check example.com:443', defs)).toEqual({
      ok: true,
      parsed: { commandName: 'check', subcommand: null, options: { target: 'example.com:443' } },
    });
  });

  it('reads named options as Discord shows them', () => {
    const r = parseConsoleLine('/check target:play.example.net:8080 protocol:http public:false', defs);
    expect(r).toEqual({ ok: true, parsed: { commandName: 'check', subcommand: null, options: { target: 'play.example.net:8080', protocol: 'http', public: false } } });
  });

  it('keeps multi-word text whole', () => {
    const r = parseConsoleLine('/faq entry:test a port user:@alice', defs);
    expect(r).toEqual({
      ok: true,
      parsed: { commandName: 'faq', subcommand: null, options: { entry: 'test a port', user: { id: 'console:alice', username: 'alice' } } },
    });
  });

  it('reads subcommands', () => {
    expect(parseConsoleLine('/kb reload', defs)).toEqual({ ok: true, parsed: { commandName: 'kb', subcommand: 'reload', options: {} } });
  });

  it('accepts the command names replies show in the reader\'s language (name_localizations)', () => {
    const localized = defs.map(localizeDefinition);
    expect(parseConsoleLine('/prüfen example.com:443', localized)).toEqual({ ok: true, parsed: { commandName: 'check', subcommand: null, options: { target: 'example.com:443' } } });
    expect(parseConsoleLine('/kb recharger', localized)).toEqual({ ok: true, parsed: { commandName: 'kb', subcommand: 'reload', options: {} } });
    expect(parseConsoleLine('/prüfen example.com:443', defs).ok).toBe(false);
  });

  it('words its errors in the reader\'s language', () => {
    expect(parseConsoleLine('/nope', defs, 'fr')).toEqual({ ok: false, error: 'Commande inconnue /nope. Tape /help pour voir la liste.' });
    expect(parseConsoleLine('/check', defs, 'de')).toEqual({ ok: false, error: 'Es fehlt: target. Verwendung: /check target:<Text> [protocol:<Text>] [public:<true|false>]' });
  });

  it.each([
    ['check example.com', /start with a slash/],
    ['/nope', /Unknown command \/nope/],
    ['/check', /Missing target\. Usage: \/check target:<text>/],
    ['/check x.com protocol:gopher', /protocol must be one of: auto, http/],
    ['/check x.com public:maybe', /public takes true or false/],
    ['/kb', /needs one of: reload/],
  ])('explains bad input %s', (line, message) => {
    const r = parseConsoleLine(line, defs);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(message);
  });
});
