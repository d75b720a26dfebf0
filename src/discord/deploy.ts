import { REST, Routes } from 'discord.js';
import { applicationIdOf, type Config } from '../config';
import type { CommandDefinition } from '../interaction/types';

/** One bulk overwrite of the application's commands (guild or global). Returns how many. */
export async function deployCommands(config: Config, definitions: CommandDefinition[], guildId: string | undefined, knownApplicationId: string | null): Promise<number> {
  const rest = new REST({ api: config.DISCORD_API_BASE }).setToken(config.DISCORD_TOKEN ?? '');
  const applicationId = knownApplicationId ?? applicationIdOf(config) ?? ((await rest.get(Routes.currentApplication())) as { id: string }).id;
  const route = guildId ? Routes.applicationGuildCommands(applicationId, guildId) : Routes.applicationCommands(applicationId);
  const result = (await rest.put(route, { body: definitions })) as unknown[];
  return result.length;
}
