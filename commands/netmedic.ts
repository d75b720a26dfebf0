/**
 * /netmedic settings [learning] (Manage Messages): this server's settings. `learning` records
 * unanswered pastes for /kb gaps (on by default; normalised, never the author; kept
 * KB_GAPS_RETENTION_DAYS days).
 */
import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord-api-types/v10';
import { MODERATOR_DEFAULT_PERMISSIONS } from '../src/interaction/permissions';
import type { ChatInputContext, CommandModule } from '../src/interaction/types';

const definition = {
  name: 'netmedic',
  description: 'netmedic’s settings for this server (moderators)',
  type: ApplicationCommandType.ChatInput,
  default_member_permissions: MODERATOR_DEFAULT_PERMISSIONS,
  dm_permission: false,
  options: [
    {
      type: ApplicationCommandOptionType.Subcommand,
      name: 'settings',
      description: 'Show or change this server’s settings',
      options: [{ type: ApplicationCommandOptionType.Boolean, name: 'learning', description: 'Record unanswered errors for /kb gaps (default: on)' }],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

async function chatInput(ctx: ChatInputContext): Promise<void> {
  const guildId = ctx.guildId ?? ctx.dataGuildId ?? null;
  const learning = ctx.services.learning;
  if (!guildId || !learning) {
    await ctx.reply({ content: 'Settings are per server: run this in a server.', ephemeral: true });
    return;
  }
  if (typeof ctx.options.learning === 'boolean') await learning.setLearning(guildId, ctx.options.learning);
  const on = await learning.learning(guildId);
  const days = learning.retentionDays;
  await ctx.reply({
    ephemeral: true,
    content: [
      `**Learning: ${on ? 'on' : 'off'}.** ${on ? `Unanswered errors from /explain, Explain this error and auto-explain are kept ${days} days (normalised: no authors, secrets, hosts or numbers) for \`/kb gaps\`. \`/netmedic settings learning:false\` turns it off.` : 'Nothing is recorded. `/netmedic settings learning:true` turns it on.'}`,
    ].join('\n'),
  });
}

export const command: CommandModule = { definition, chatInput };
