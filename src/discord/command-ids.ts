import { Routes, type Client } from 'discord.js';
import type { Logger } from 'pino';
import { readCommandIds, type CommandIdBook, type ListedCommand } from '../interaction/command-ids';

/** The gateway bot's read of its command ids (interaction/command-ids.ts readCommandIds), over discord.js's REST client. */
export async function learnCommandIds(client: Client, book: CommandIdBook, guildId: string | undefined, log: Logger): Promise<void> {
  const applicationId = client.application?.id;
  if (!applicationId) return;
  const list = async (guild?: string) => (await client.rest.get(guild ? Routes.applicationGuildCommands(applicationId, guild) : Routes.applicationCommands(applicationId))) as ListedCommand[];
  await readCommandIds(book, list, guildId, log);
}
