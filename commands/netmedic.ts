/**
 * /netmedic settings [learning] [retention_days] (moderators): this server's settings. `learning`
 * records unanswered pastes for /kb gaps and answers for /kb stats (on by default; normalised,
 * never the author); they are kept `retention_days` days (KB_GAPS_RETENTION_DAYS by default; 0
 * goes back to it). The reply has a button that turns learning off (or on) in one click:
 * `netmedic:learning:on|off`.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { canManageFaq } from '../src/interaction/faq-access';
import { MODERATOR_DEFAULT_PERMISSIONS } from '../src/interaction/permissions';
import { subcommandOf } from '../src/interaction/arguments';
import type { BaseContext, ChatInputContext, CommandModule, ComponentContext, Reply } from '../src/interaction/types';
import { netmedicIds } from '../src/render/custom-ids';
import { commandMention, commandReference, optionName } from '../src/render/command-names';
import { commandIdsFor } from '../src/interaction/command-ids';
import { messagesFor } from '../src/render/i18n/messages';

export const MAX_RETENTION_DAYS = 3650;

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
      options: [
        { type: ApplicationCommandOptionType.Boolean, name: 'learning', description: 'Record unanswered errors for /kb gaps (default: on)' },
        {
          type: ApplicationCommandOptionType.Integer,
          name: 'retention_days',
          description: 'Days recorded errors, answers and votes are kept (0: the bot’s default)',
          min_value: 0,
          max_value: MAX_RETENTION_DAYS,
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

async function settingsReply(ctx: BaseContext, guildId: string, changed = ''): Promise<Reply> {
  const learning = ctx.services.learning!;
  const [on, retention] = await Promise.all([learning.learning(guildId), learning.retention(guildId)]);
  const t = messagesFor(ctx.locale);
  const kept = t('settings-kept', { days: retention.days, custom: retention.custom ? 'yes' : 'no' });
  const ids = commandIdsFor(ctx);
  const commands = {
    explain: commandReference('explain', ctx.locale, ids),
    gaps: commandReference('kb.gaps', ctx.locale, ids),
    stats: commandReference('kb.stats', ctx.locale, ids),
    settings: commandMention('netmedic.settings', ctx.locale),
    learning: optionName('netmedic.settings.learning', ctx.locale),
  };
  const text = t(on ? 'settings-learning-on' : 'settings-learning-off', { kept, ...commands });
  return {
    ephemeral: true,
    content: changed + text,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          on
            ? { type: ComponentType.Button, style: ButtonStyle.Danger, custom_id: netmedicIds.encode({ kind: 'learning', on: false }), label: t('settings-turn-off') }
            : { type: ComponentType.Button, style: ButtonStyle.Success, custom_id: netmedicIds.encode({ kind: 'learning', on: true }), label: t('settings-turn-on') },
        ],
      },
    ],
  };
}

async function chatInput(ctx: ChatInputContext): Promise<void> {
  const guildId = ctx.guildId ?? ctx.dataGuildId ?? null;
  const learning = ctx.services.learning;
  const t = messagesFor(ctx.locale);
  if (!guildId || !learning) {
    await ctx.reply({ content: t('settings-per-server'), ephemeral: true });
    return;
  }
  const args = subcommandOf(definition, ctx);
  if (!args) {
    await ctx.reply({ content: messagesFor(ctx.locale)('error-unknown-command'), ephemeral: true });
    return;
  }
  const { learning: learn, retention_days: days } = args.options;
  const changing = typeof learn === 'boolean' || typeof days === 'number';
  if (changing && !(await canManageFaq(ctx))) {
    await ctx.reply({ content: t('settings-moderators-only'), ephemeral: true });
    return;
  }
  if (typeof days === 'number' && (!Number.isInteger(days) || days < 0 || days > MAX_RETENTION_DAYS)) {
    await ctx.reply({ content: t('settings-retention-range', { max: String(MAX_RETENTION_DAYS), option: optionName('netmedic.settings.retention_days', ctx.locale) }), ephemeral: true });
    return;
  }
  if (typeof learn === 'boolean') await learning.setLearning(guildId, learn);
  if (typeof days === 'number') await learning.setRetention(guildId, days === 0 ? null : days);
  await ctx.reply(await settingsReply(ctx, guildId));
}

/** The one-click switch under the settings reply; the server is the interaction's, never the custom id's. */
async function component(ctx: ComponentContext): Promise<void> {
  const id = netmedicIds.decode(ctx.customId);
  const guildId = ctx.guildId ?? ctx.dataGuildId ?? null;
  const t = messagesFor(ctx.locale);
  if (!id || !guildId || !ctx.services.learning) {
    await ctx.reply({ content: t('settings-button-gone'), ephemeral: true });
    return;
  }
  if (!(await canManageFaq(ctx))) {
    await ctx.reply({ content: t('settings-moderators-only'), ephemeral: true });
    return;
  }
  await ctx.services.learning.setLearning(guildId, id.on);
  const reply = await settingsReply(ctx, guildId);
  await ctx.update({ content: reply.content, components: reply.components });
}

export const command: CommandModule = { definition, chatInput, componentPrefix: netmedicIds.prefix, component };
