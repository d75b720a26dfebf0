import { REST, Routes } from 'discord.js';
import { applicationIdOf, type Config } from '../config';
import type { ListedCommand } from '../interaction/command-ids';
import type { CommandDefinition } from '../interaction/types';

/** One bulk overwrite of the application's commands (guild or global). Returns them as Discord now lists them (with their ids). */
export async function deployCommands(config: Config, definitions: CommandDefinition[], guildId: string | undefined, knownApplicationId: string | null): Promise<ListedCommand[]> {
  const rest = new REST({ api: config.DISCORD_API_BASE }).setToken(config.DISCORD_TOKEN ?? '');
  const applicationId = knownApplicationId ?? applicationIdOf(config) ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  return (await rest.put(route, { body: definitions })) as ListedCommand[];
}
