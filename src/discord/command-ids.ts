import { Routes, type Client } from 'discord.js';
import type { Logger } from 'pino';
import type { CommandIdBook, ListedCommand } from '../interaction/command-ids';

/**
 * Read the application's slash commands once (global, and the guild's when commands are deployed
 * to one server), so replies can mention any of them from the start. Failing is harmless: replies
 * name commands as text until each command is used once.
 */
export async function learnCommandIds(client: Client, book: CommandIdBook, guildId: string | undefined, log: Logger): Promise<void> {
  const applicationId = client.application?.id;
  if (!applicationId) return;
  try {
    const global = (await client.rest.get(Routes.applicationCommands(applicationId))) as ListedCommand[];
    const guild = guildId ? ((await client.rest.get(Routes.applicationGuildCommands(applicationId, guildId))) as ListedCommand[]) : [];
    book.learnAll(global);
    book.learnAll(guild, guildId);
    log.debug({ global: global.length, guild: guild.length }, 'command ids read');
  } catch (err) {
    log.warn({ error: (err as Error).message }, 'could not read the command ids: replies name commands as text until each is used');
  }
}
