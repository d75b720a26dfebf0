/**
 * The book of slash-command ids behind clickable mentions: global and per-guild ids kept apart,
 * context-menu commands skipped, and learning from an interaction through the router.
 */
import { CommandIdBook, commandIdsFor } from '../../src/interaction/command-ids';
import { createRegistry } from '../../src/interaction/registry';
import { routeInteraction } from '../../src/interaction/router';
import type { ChatInputContext, CommandModule } from '../../src/interaction/types';
import { createLogger } from '../../src/logger';

const GUILD = '1200000000000000001';
const OTHER_GUILD = '1200000000000000002';

describe('CommandIdBook', () => {
  it('gives a guild its own commands first, then the global ones; a DM only the global ones', () => {
    const book = new CommandIdBook();
    book.learnAll([
      { id: '1', name: 'explain', type: 1 },
      { id: '2', name: 'check' },
    ]);
    book.learnAll([{ id: '3', name: 'explain', type: 1 }], GUILD);
    expect(book.forGuild(GUILD).get('explain')).toBe('3');
    expect(book.forGuild(GUILD).get('check')).toBe('2');
    expect(book.forGuild(OTHER_GUILD).get('explain')).toBe('1');
    expect(book.forGuild(null).get('explain')).toBe('1');
    expect(book.forGuild(null).get('faq')).toBeUndefined();
  });

  it('takes a listed command’s own guild_id over the list’s, and skips context-menu commands (they cannot be mentioned)', () => {
    const book = new CommandIdBook();
    book.learnAll([
      { id: '4', name: 'faq', guild_id: OTHER_GUILD },
      { id: '5', name: 'Explain this error', type: 3 },
    ]);
    expect(book.forGuild(OTHER_GUILD).get('faq')).toBe('4');
    expect(book.forGuild(null).get('faq')).toBeUndefined();
    expect(book.forGuild(OTHER_GUILD).get('Explain this error')).toBeUndefined();
  });

  it('knows nothing until told', () => {
    expect(new CommandIdBook().forGuild(GUILD).get('explain')).toBeUndefined();
  });
});

describe('learning ids from interactions', () => {
  it('the router remembers the id a slash command interaction carries, before its handler runs', async () => {
    const book = new CommandIdBook();
    const seen: (string | undefined)[] = [];
    const module: CommandModule = {
      definition: { name: 'explain', description: 'x', type: 1 },
      async chatInput(ctx) {
        seen.push(commandIdsFor(ctx)?.get('explain'));
      },
    };
    const ctx = {
      kind: 'chatInput',
      commandName: 'explain',
      commandId: '1100000000000000009',
      commandGuildId: GUILD,
      subcommand: null,
      options: {},
      guildId: GUILD,
      services: { commandIds: book },
    } as unknown as ChatInputContext;
    const log = createLogger({ level: 'silent' });
    await routeInteraction(ctx, createRegistry([module]), log);
    expect(seen).toEqual(['1100000000000000009']);
    expect(book.forGuild(GUILD).get('explain')).toBe('1100000000000000009');
    expect(book.forGuild(null).get('explain')).toBeUndefined();
  });
});
