/**
 * Lists and limits are defined once and read by the definitions, the validation and the help:
 * /check's protocols (src/probe/protocols.ts) and target length (src/probe/target.ts), /explain's
 * input length (the matcher's), FAQ id and alias lengths (src/faq/limits.ts), the retention
 * bound of /netmedic settings.
 */
import { ApplicationCommandOptionType as T } from 'discord-api-types/v10';
import { MAX_RETENTION_DAYS } from '../../commands/netmedic';
import { usageOf } from '../../src/console/parse';
import { FAQ_ALIAS_OPTION_MAX_LENGTH, FAQ_ID_MAX_LENGTH } from '../../src/faq/limits';
import { lintFaqEntry } from '../../src/faq/markdown';
import { problemText } from '../../src/render/faq';
import { messagesFor } from '../../src/render/i18n/messages';
import { COMMAND_LOCALES, COMMAND_TRANSLATIONS } from '../../src/interaction/command-locales';
import { loadRegistry } from '../../src/interaction/registry';
import type { CommandDefinition } from '../../src/interaction/types';
import { MAX_INPUT } from '../../src/matcher/match';
import { BASIC_PROTOCOLS, GAME_PREFIX, parseProtocol } from '../../src/probe/protocols';
import { MAX_TARGET_LENGTH, parseTarget } from '../../src/probe/target';
import { chatInput, createHarness, only } from './fake-context';

interface Opt {
  type: number;
  name: string;
  description?: string;
  max_length?: number;
  max_value?: number;
  options?: Opt[];
}

const registry = loadRegistry();
const def = (name: string) => registry.byName(name)!.definition as CommandDefinition & { options?: Opt[] };
const option = (command: string, ...path: string[]): Opt => {
  let list = def(command).options ?? [];
  let found: Opt | undefined;
  for (const name of path) {
    found = list.find((o) => o.name === name);
    list = found?.options ?? [];
  }
  if (!found) throw new Error(`no option ${command} ${path.join(' ')}`);
  return found;
};

describe('/check', () => {
  test('the protocol option describes exactly the protocols parseProtocol accepts, in every language', () => {
    const protocol = option('check', 'protocol');
    expect(protocol.description).toBe('auto (default), tcp, http, https, xtream, minecraft, source or game:<GameDig id>');
    for (const p of BASIC_PROTOCOLS) {
      expect(parseProtocol(p)).toEqual({ ok: true, protocol: p });
      expect(protocol.description).toContain(p);
      for (const locale of COMMAND_LOCALES) expect({ locale, p, named: COMMAND_TRANSLATIONS[locale]['check.protocol']?.[1]?.includes(p) }).toEqual({ locale, p, named: true });
    }
    expect(protocol.description).toContain(GAME_PREFIX);
    // The longest game protocol parseProtocol accepts fits the option.
    const longest = `${GAME_PREFIX}${'a'.repeat(40)}`;
    expect(parseProtocol(longest).ok).toBe(true);
    expect(longest.length).toBeLessThanOrEqual(protocol.max_length!);
  });

  test('the target option allows what parseTarget allows', () => {
    expect(option('check', 'target').max_length).toBe(MAX_TARGET_LENGTH);
    expect(parseTarget(`http://example.org/?q=${'b'.repeat(MAX_TARGET_LENGTH - 50)}`).ok).toBe(true);
    expect(parseTarget(`http://example.org/?q=${'b'.repeat(MAX_TARGET_LENGTH)}`).ok).toBe(false);
  });

  test('console help shows the options from the same definition', () => {
    expect(usageOf(def('check'))).toBe('/check target:<text> [protocol:<text>] [public:<true|false>] [from:<text>]');
  });
});

test('/explain accepts as much text as the matcher reads', () => {
  expect(option('explain', 'text').max_length).toBe(MAX_INPUT);
});

describe('FAQ ids and aliases', () => {
  test('the alias options and the id field share src/faq/limits.ts with the lint', async () => {
    expect(option('faqs', 'alias', 'add').max_length).toBe(FAQ_ALIAS_OPTION_MAX_LENGTH);
    expect(option('faqs', 'alias', 'remove').max_length).toBe(FAQ_ALIAS_OPTION_MAX_LENGTH);
    const h = await createHarness({ db: true });
    try {
      const { modal } = only(await chatInput(h, 'faqs', {}, { subcommand: 'add' }), 'showModal');
      expect(modal.fields.find((f) => f.customId === 'id')?.maxLength).toBe(FAQ_ID_MAX_LENGTH);
    } finally {
      await h.close();
    }
    const entry = (id: string) => lintFaqEntry({ id, title: 'T', aliases: [], body: 'Body.' });
    expect(entry('a'.repeat(FAQ_ID_MAX_LENGTH)).entry).not.toBeNull();
    expect(problemText(messagesFor('en'), entry('a'.repeat(FAQ_ID_MAX_LENGTH + 1)).problems[0]!)).toContain(`at most ${FAQ_ID_MAX_LENGTH} characters`);
  });
});

test('/netmedic settings bounds retention_days where the handler checks it', () => {
  const retention = option('netmedic', 'settings', 'retention_days');
  expect(retention.type).toBe(T.Integer);
  expect(retention.max_value).toBe(MAX_RETENTION_DAYS);
});
