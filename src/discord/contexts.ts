/**
 * Adapts discord.js interactions to the adapter-neutral contexts in src/interaction/types.ts.
 * Nothing here decides what to say; it only knows how to say it to Discord.
 */
import {
  ApplicationCommandOptionType,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  TextInputStyle,
  Routes,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type AnySelectMenuInteraction,
  type ButtonInteraction,
  type MessageContextMenuCommandInteraction,
  type ModalSubmitInteraction,
  type RepliableInteraction,
  type User,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Services } from '../interaction/services';
import { fitChoices, toMessagePayload } from '../interaction/reply';
import type {
  AutocompleteContext,
  BaseContext,
  ChatInputContext,
  ComponentContext,
  MessageContextMenuContext,
  ModalSpec,
  ModalSubmitContext,
  OptionValue,
  Reply,
  Responder,
  UserRef,
} from '../interaction/types';
import { toDiscordEditOptions, toDiscordOptions } from './payload';

export function userRef(user: User): UserRef {
  return { id: user.id, username: user.username };
}

function messageUrl(guildId: string | null, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId ?? '@me'}/${channelId}/${messageId}`;
}

function base(interaction: RepliableInteraction | AutocompleteInteraction, services: Services, log: Logger, requestId: string): BaseContext {
  return {
    requestId,
    user: userRef(interaction.user),
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    memberPermissions: interaction.memberPermissions?.bitfield ?? null,
    memberRoleIds: memberRoles(interaction),
    locale: interaction.locale,
    guildLocale: interaction.guildLocale ?? undefined,
    services,
    log,
  };
}

/** Role ids: a cached member has a role manager, an uncached one the raw id list. */
function memberRoles(interaction: RepliableInteraction | AutocompleteInteraction): string[] {
  const member = interaction.member;
  if (!member) return [];
  // A GuildMember keeps the ids it was sent (its role manager only lists roles already cached).
  // Read first: a GuildMember's `roles` builds a new role manager on every read.
  const ids = (member as unknown as { _roles?: unknown })._roles;
  if (Array.isArray(ids)) return ids.filter((r): r is string => typeof r === 'string');
  const roles = member.roles;
  if (!roles) return [];
  if (Array.isArray(roles)) return roles as string[];
  return [...(roles as { cache: Map<string, unknown> }).cache.keys()];
}

function responder(interaction: RepliableInteraction): Responder {
  return {
    get acknowledged() {
      return interaction.deferred || interaction.replied;
    },
    get awaitingEdit() {
      return interaction.deferred && !interaction.replied;
    },
    // Not async: nothing of this frame (the reply, its payload) outlives the call while the
    // answer is on its way; see callbackBody.
    reply(reply: Reply): Promise<void> {
      // Files (and a second reply, which discord.js refuses) take discord.js's path.
      if (reply.files?.length || interaction.deferred || interaction.replied) return interaction.reply(toDiscordOptions(reply)).then(() => undefined);
      const { body, ephemeral } = callbackBody(reply);
      return postCallback(interaction, body, ephemeral);
    },
    async defer(options) {
      await interaction.deferReply(options?.ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    },
    async edit(reply: Reply) {
      await interaction.editReply(toDiscordEditOptions(reply));
    },
    async followUp(reply: Reply) {
      await interaction.followUp(toDiscordOptions(reply));
    },
  };
}

/**
 * The callback of an immediate answer as JSON bytes. The reply helper's payload is already what
 * Discord takes, so it is sent as it is, without discord.js rebuilding it (key case conversion per
 * embed and component). Serialised here, once, to a buffer: @discordjs/rest keeps the body it is
 * given until the answer is acknowledged (for its error messages), and a buffer lives outside the
 * JS heap, where the young-generation collections of a burst do not copy it (nor the payload's
 * objects and strings, garbage as soon as this returns) again and again.
 */
export function callbackBody(reply: Reply): { body: Buffer; ephemeral: boolean } {
  const data = toMessagePayload(reply);
  return {
    body: Buffer.from(JSON.stringify({ type: InteractionResponseType.ChannelMessageWithSource, data })),
    ephemeral: ((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
  };
}

async function postCallback(interaction: RepliableInteraction, body: Buffer, ephemeral: boolean): Promise<void> {
  await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
    body,
    passThroughBody: true,
    headers: { 'Content-Type': 'application/json' },
    auth: false,
  });
  interaction.ephemeral = ephemeral;
  interaction.replied = true;
}

/** Flatten options (and a subcommand) into a name → value record. */
export function readOptions(data: readonly CommandInteractionOption[]): { subcommand: string | null; options: Record<string, OptionValue> } {
  let subcommand: string | null = null;
  let list = data;
  const first = data[0];
  if (first && (first.type === ApplicationCommandOptionType.Subcommand || first.type === ApplicationCommandOptionType.SubcommandGroup)) {
    subcommand = first.name;
    list = first.options ?? [];
    const inner = list[0];
    if (first.type === ApplicationCommandOptionType.SubcommandGroup && inner) {
      subcommand = `${first.name} ${inner.name}`;
      list = inner.options ?? [];
    }
  }
  const options: Record<string, OptionValue> = {};
  for (const o of list) {
    if (o.type === ApplicationCommandOptionType.User && o.user) options[o.name] = userRef(o.user);
    else if (o.type === ApplicationCommandOptionType.Attachment && o.attachment) {
      options[o.name] = { id: o.attachment.id, filename: o.attachment.name, url: o.attachment.url, size: o.attachment.size };
    }
    else if (o.value !== undefined && o.value !== null) options[o.name] = o.value;
  }
  return { subcommand, options };
}

/** Post a message in a channel as a reply to another message (REST; no channel cache needed). */
async function postReply(interaction: RepliableInteraction, channelId: string, messageId: string, reply: Reply): Promise<{ url: string } | null> {
  const options = toDiscordOptions(reply);
  const body = {
    content: options.content,
    embeds: options.embeds,
    components: options.components,
    allowed_mentions: { parse: [], users: reply.mentionUsers ?? [], replied_user: (reply.mentionUsers ?? []).length > 0 },
    message_reference: { message_id: messageId, channel_id: channelId, fail_if_not_exists: false },
  };
  const created = (await interaction.client.rest.post(Routes.channelMessages(channelId), { body })) as { id: string };
  return { url: messageUrl(interaction.guildId, channelId, created.id) };
}

/** A form as Discord's modal callback data: one short text input per row. */
export function toDiscordModal(modal: ModalSpec) {
  return {
    custom_id: modal.customId,
    title: modal.title.slice(0, 45),
    components: modal.fields.map((f) => ({
      type: ComponentType.ActionRow as const,
      components: [
        {
          type: ComponentType.TextInput as const,
          custom_id: f.customId,
          label: f.label.slice(0, 45),
          style: f.paragraph ? TextInputStyle.Paragraph : TextInputStyle.Short,
          required: !f.optional,
          ...(f.placeholder ? { placeholder: f.placeholder.slice(0, 100) } : {}),
          ...(f.maxLength ? { max_length: f.maxLength } : {}),
          ...(f.value ? { value: f.value.slice(0, f.maxLength ?? 4000) } : {}),
        },
      ],
    })),
  };
}

type ModalCapable = ChatInputCommandInteraction | ButtonInteraction | AnySelectMenuInteraction;

function modalOpener(i: ModalCapable) {
  return {
    async showModal(modal: ModalSpec) {
      await i.showModal(toDiscordModal(modal));
    },
  };
}

export function modalSubmitContext(i: ModalSubmitInteraction, services: Services, log: Logger, requestId: string): ModalSubmitContext {
  const fields: Record<string, string> = {};
  for (const [id, field] of i.fields.fields) if ('value' in field && typeof field.value === 'string') fields[id] = field.value;
  return Object.assign(responder(i), base(i, services, log, requestId), {
    kind: 'modalSubmit' as const,
    customId: i.customId,
    fields,
  });
}

export function chatInputContext(i: ChatInputCommandInteraction, services: Services, log: Logger, requestId: string): ChatInputContext {
  const { subcommand, options } = readOptions(i.options.data);
  return Object.assign(responder(i), base(i, services, log, requestId), modalOpener(i), {
    kind: 'chatInput' as const,
    commandName: i.commandName,
    commandId: i.commandId,
    commandGuildId: i.commandGuildId,
    subcommand,
    options,
  });
}

export function messageContextMenuContext(i: MessageContextMenuCommandInteraction, services: Services, log: Logger, requestId: string): MessageContextMenuContext {
  const m = i.targetMessage;
  return Object.assign(responder(i), base(i, services, log, requestId), {
    kind: 'messageContextMenu' as const,
    commandName: i.commandName,
    target: { id: m.id, content: m.content ?? '', author: userRef(m.author), channelId: m.channelId, url: messageUrl(i.guildId, m.channelId, m.id) },
    replyToTarget: (reply: Reply) => postReply(i, m.channelId, m.id, reply),
  });
}

export function componentContext(i: ButtonInteraction | AnySelectMenuInteraction, services: Services, log: Logger, requestId: string): ComponentContext {
  const interactionUserId = i.message.interactionMetadata?.user.id ?? null;
  return Object.assign(responder(i), base(i, services, log, requestId), modalOpener(i), {
    kind: 'component' as const,
    customId: i.customId,
    values: i.isAnySelectMenu() ? [...i.values] : [],
    message: { id: i.message.id, interactionUserId },
    async update(reply: Reply) {
      await i.update(toDiscordEditOptions(reply));
    },
    async deleteMessage() {
      if (!i.deferred && !i.replied) await i.deferUpdate();
      try {
        await i.deleteReply();
      } catch (err) {
        // A message the bot posted in the channel (not an interaction response): delete it directly.
        log.debug({ err }, 'deleteReply failed; deleting the channel message');
        await i.client.rest.delete(Routes.channelMessage(i.channelId, i.message.id));
      }
    },
    replyToMessage: (messageId: string, reply: Reply) => postReply(i, i.channelId, messageId, reply),
  });
}

export function autocompleteContext(i: AutocompleteInteraction, services: Services, log: Logger, requestId: string): AutocompleteContext {
  const focused = i.options.getFocused(true);
  const { subcommand, options } = readOptions(i.options.data);
  return {
    ...base(i, services, log, requestId),
    kind: 'autocomplete',
    commandName: i.commandName,
    subcommand,
    focused: { name: focused.name, value: String(focused.value ?? '') },
    options,
    async respond(choices) {
      await i.respond(fitChoices(choices));
    },
  };
}
