/**
 * The ids Discord gave the application's slash commands, so replies can name a command as a
 * clickable mention (`</kb gaps:id>`, shown by Discord in the reader's language) instead of text.
 *
 * Learnt three ways, all cheap: from the commands list the bot reads once it is connected (or
 * deploys), and from every slash command interaction, which carries its own command's id. A
 * guild command's id is valid only in its guild, so guild ids are kept apart from global ones.
 * Until an id is known, replies name the command as text (render/command-names.ts).
 */
import type { Logger } from 'pino';
import type { CommandIds } from '../render/command-names';

/** A command as Discord lists it (GET/PUT …/commands): only the fields used here. */
export interface ListedCommand {
  id: string;
  name: string;
  /** 1 (or absent): a slash command; context-menu commands cannot be mentioned. */
  type?: number;
  guild_id?: string | null;
}

const CHAT_INPUT = 1;
const NONE: CommandIds = { get: () => undefined };

export class CommandIdBook {
  private readonly global = new Map<string, string>();
  private readonly guilds = new Map<string, Map<string, string>>();

  /** Remember one slash command's id (guildId: where a guild command lives; null: global). */
  learn(name: string, id: string, guildId?: string | null): void {
    if (!name || !id) return;
    if (!guildId) {
      this.global.set(name, id);
      return;
    }
    let ids = this.guilds.get(guildId);
    if (!ids) this.guilds.set(guildId, (ids = new Map()));
    ids.set(name, id);
  }

  /** Remember a commands list as Discord returns it; context-menu commands are skipped. */
  learnAll(commands: readonly ListedCommand[], guildId?: string | null): void {
    for (const c of commands) if ((c.type ?? CHAT_INPUT) === CHAT_INPUT) this.learn(c.name, c.id, c.guild_id ?? guildId);
  }

  /** The ids usable in a message of this guild (null: a DM): its guild commands first, then global ones. */
  forGuild(guildId: string | null): CommandIds {
    const own = guildId ? this.guilds.get(guildId) : undefined;
    if (!own && this.global.size === 0) return NONE;
    return { get: (name) => own?.get(name) ?? this.global.get(name) };
  }
}

/** The command ids a reply to this interaction may mention (none in console mode or before any is known). */
export function commandIdsFor(ctx: { guildId: string | null; services?: { commandIds?: CommandIdBook } }): CommandIds | undefined {
  return ctx.services?.commandIds?.forGuild(ctx.guildId);
}

/**
 * Read the application's slash commands once (global, and `guildId`'s when commands are deployed
 * to one server) into `book`, so replies can mention any of them from the start. `list` is the
 * adapter's REST call. Failing is harmless: replies name commands as text until each is used.
 */
export async function readCommandIds(book: CommandIdBook, list: (guildId?: string) => Promise<ListedCommand[]>, guildId: string | undefined, log: Logger): Promise<void> {
  try {
    const [global, guild] = await Promise.all([list(), guildId ? list(guildId) : []]);
    book.learnAll(global);
    book.learnAll(guild, guildId);
    log.debug({ global: global.length, guild: guild.length }, 'command ids read');
  } catch (err) {
    log.warn({ error: (err as Error).message }, 'could not read the command ids: replies name commands as text until each is used');
  }
}
