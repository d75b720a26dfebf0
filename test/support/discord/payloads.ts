/**
 * Builders for the JSON objects the fake Discord server hands to discord.js: users, members,
 * guilds, channels, messages and interactions. They produce the shapes Discord's API v10
 * documents, with enough fields for discord.js v14 to construct and cache its structures.
 *
 * Every builder takes plain inputs and returns a fresh object, so tests may tweak the result
 * before sending it.
 */
import { randomBytes } from 'node:crypto';

/** A JSON object as it travels over the wire. */
export type Json = Record<string, unknown>;

const DISCORD_EPOCH = 1420070400000n;
let snowflakeCounter = 0n;

/** A new, unique Discord-style id (timestamp in the high bits, so discord.js dates make sense). */
export function snowflake(at: number = Date.now()): string {
  snowflakeCounter = (snowflakeCounter + 1n) & 0x3fffffn;
  return (((BigInt(at) - DISCORD_EPOCH) << 22n) | snowflakeCounter).toString();
}

/** An opaque interaction token, shaped like the base64 tokens Discord hands out. */
export function interactionToken(): string {
  return `aW50ZXJhY3Rpb246${randomBytes(24).toString('base64url')}`;
}

/** Permission bits used by the builders (the values are Discord's). */
export const Permission = {
  CreateInstantInvite: 1n << 0n,
  KickMembers: 1n << 1n,
  BanMembers: 1n << 2n,
  Administrator: 1n << 3n,
  ManageChannels: 1n << 4n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  ManageMessages: 1n << 13n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseExternalEmojis: 1n << 18n,
  ChangeNickname: 1n << 26n,
  ManageRoles: 1n << 28n,
  UseApplicationCommands: 1n << 31n,
  SendMessagesInThreads: 1n << 38n,
  ModerateMembers: 1n << 40n,
} as const;

/** What an ordinary member of a fresh server may do. */
export const DEFAULT_MEMBER_PERMISSIONS =
  Permission.CreateInstantInvite |
  Permission.AddReactions |
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.ReadMessageHistory |
  Permission.UseExternalEmojis |
  Permission.ChangeNickname |
  Permission.UseApplicationCommands |
  Permission.SendMessagesInThreads;

/** What the bot itself may do in the channel (app_permissions). */
export const DEFAULT_APP_PERMISSIONS = DEFAULT_MEMBER_PERMISSIONS | Permission.ManageMessages;

/** A permission value as tests like to write it. */
export type PermissionInput = bigint | string | number;

export function permissionString(value: PermissionInput): string {
  return BigInt(value).toString();
}

export interface UserInput {
  id: string;
  username?: string;
  globalName?: string | null;
  bot?: boolean;
}

export function buildUser(input: UserInput): Json {
  return {
    id: input.id,
    username: input.username ?? `user${input.id.slice(-4)}`,
    discriminator: '0',
    global_name: input.globalName ?? null,
    avatar: null,
    bot: input.bot ?? false,
    system: false,
    public_flags: 0,
    flags: 0,
    banner: null,
    accent_color: null,
    avatar_decoration_data: null,
  };
}

export interface MemberInput {
  user: Json;
  roles?: string[];
  nick?: string | null;
  joinedAt?: string;
  /** Included only where Discord includes it (interactions). */
  permissions?: PermissionInput;
}

export function buildMember(input: MemberInput): Json {
  const member: Json = {
    user: input.user,
    nick: input.nick ?? null,
    avatar: null,
    banner: null,
    roles: input.roles ?? [],
    joined_at: input.joinedAt ?? new Date(Date.now() - 86_400_000).toISOString(),
    premium_since: null,
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    communication_disabled_until: null,
  };
  if (input.permissions !== undefined) member.permissions = permissionString(input.permissions);
  return member;
}

export interface ChannelInput {
  id: string;
  guildId?: string;
  name?: string;
  position?: number;
  /** 0 = guild text (default), 1 = DM, 2 = voice, 4 = category, 5 = announcement. */
  type?: number;
  parentId?: string | null;
}

export function buildChannel(input: ChannelInput): Json {
  const type = input.type ?? 0;
  if (type === 1) {
    return { id: input.id, type, last_message_id: null, flags: 0, recipients: [] };
  }
  const channel: Json = {
    id: input.id,
    type,
    name: input.name ?? `channel-${input.id.slice(-4)}`,
    position: input.position ?? 0,
    permission_overwrites: [],
    parent_id: input.parentId ?? null,
    nsfw: false,
    flags: 0,
  };
  if (input.guildId) channel.guild_id = input.guildId;
  if (type === 0 || type === 5) {
    Object.assign(channel, { topic: null, last_message_id: null, rate_limit_per_user: 0, last_pin_timestamp: null });
  }
  return channel;
}

export function buildEveryoneRole(guildId: string, permissions: PermissionInput = DEFAULT_MEMBER_PERMISSIONS): Json {
  return {
    id: guildId,
    name: '@everyone',
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: permissionString(permissions),
    managed: false,
    mentionable: false,
    flags: 0,
  };
}

export interface GuildInput {
  id: string;
  name: string;
  ownerId: string;
  channels: Json[];
  members: Json[];
  roles?: Json[];
  /** `preferred_locale` (default en-US). */
  preferredLocale?: string;
}

/** The full guild object GUILD_CREATE carries. */
export function buildGuildCreate(input: GuildInput): Json {
  return {
    id: input.id,
    name: input.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: input.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    widget_enabled: false,
    widget_channel_id: null,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    roles: input.roles ?? [buildEveryoneRole(input.id)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: 0,
    application_id: null,
    system_channel_id: (input.channels[0]?.id as string | undefined) ?? null,
    system_channel_flags: 0,
    rules_channel_id: null,
    public_updates_channel_id: null,
    safety_alerts_channel_id: null,
    max_presences: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    premium_subscription_count: 0,
    premium_progress_bar_enabled: false,
    preferred_locale: input.preferredLocale ?? 'en-US',
    nsfw_level: 0,
    hub_type: null,
    incidents_data: null,
    // GUILD_CREATE-only fields
    joined_at: new Date(Date.now() - 86_400_000).toISOString(),
    large: false,
    unavailable: false,
    member_count: input.members.length,
    voice_states: [],
    members: input.members,
    channels: input.channels,
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

export interface MessageInput {
  id?: string;
  channelId: string;
  guildId?: string | null;
  author: Json;
  content?: string;
  embeds?: unknown[];
  components?: unknown[];
  attachments?: unknown[];
  flags?: number;
  /** 0 default, 19 reply, 20 chat-input command response. */
  type?: number;
  messageReference?: Json;
  referencedMessage?: Json | null;
  webhookId?: string;
  applicationId?: string;
  interactionMetadata?: Json;
  timestamp?: string;
  editedTimestamp?: string | null;
  /** Set to a guild member (without `user`) for messages in guilds received over the gateway. */
  member?: Json;
}

export function buildMessage(input: MessageInput): Json {
  const message: Json = {
    id: input.id ?? snowflake(),
    channel_id: input.channelId,
    author: input.author,
    content: input.content ?? '',
    timestamp: input.timestamp ?? new Date().toISOString(),
    edited_timestamp: input.editedTimestamp ?? null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    mention_channels: [],
    attachments: input.attachments ?? [],
    embeds: input.embeds ?? [],
    reactions: [],
    pinned: false,
    type: input.type ?? (input.messageReference ? 19 : 0),
    flags: input.flags ?? 0,
    components: input.components ?? [],
    sticker_items: [],
  };
  if (input.guildId) message.guild_id = input.guildId;
  if (input.member) message.member = input.member;
  if (input.messageReference) message.message_reference = input.messageReference;
  if (input.referencedMessage !== undefined) message.referenced_message = input.referencedMessage;
  if (input.webhookId) message.webhook_id = input.webhookId;
  if (input.applicationId) message.application_id = input.applicationId;
  if (input.interactionMetadata) message.interaction_metadata = input.interactionMetadata;
  return message;
}

/** Interaction types (the `type` of an interaction). */
export const InteractionKind = {
  Ping: 1,
  ApplicationCommand: 2,
  MessageComponent: 3,
  Autocomplete: 4,
  ModalSubmit: 5,
} as const;

/** Application command option types. */
export const OptionType = {
  SubCommand: 1,
  SubCommandGroup: 2,
  String: 3,
  Integer: 4,
  Boolean: 5,
  User: 6,
  Channel: 7,
  Role: 8,
  Mentionable: 9,
  Number: 10,
  Attachment: 11,
} as const;

/** A command option as sent inside an interaction. */
export interface InteractionOption {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: InteractionOption[];
}

/** Infers an option type from a JavaScript value when the command's definition is unknown. */
export function inferOptionType(value: string | number | boolean): number {
  if (typeof value === 'boolean') return OptionType.Boolean;
  if (typeof value === 'number') return Number.isInteger(value) ? OptionType.Integer : OptionType.Number;
  return OptionType.String;
}

export interface InteractionContext {
  id: string;
  token: string;
  applicationId: string;
  user: Json;
  /** Guild interactions carry a member; DMs carry only the user. */
  guildId: string | null;
  channel: Json;
  memberPermissions: PermissionInput;
  appPermissions: PermissionInput;
  memberRoles?: string[];
  locale?: string;
  /** The server's language (`guild_locale`, `guild.locale`); default en-US. */
  guildLocale?: string;
}

/** The envelope common to every interaction; `type` and `data` are supplied by the caller. */
export function buildInteraction(ctx: InteractionContext, type: number, data: Json | undefined, extra: Json = {}): Json {
  const interaction: Json = {
    id: ctx.id,
    application_id: ctx.applicationId,
    type,
    token: ctx.token,
    version: 1,
    channel: ctx.channel,
    channel_id: ctx.channel.id,
    app_permissions: permissionString(ctx.appPermissions),
    locale: ctx.locale ?? 'en-US',
    entitlements: [],
    authorizing_integration_owners: ctx.guildId ? { '0': ctx.guildId } : { '1': ctx.user.id },
    context: ctx.guildId ? 0 : 1,
    attachment_size_limit: 10 * 1024 * 1024,
    ...extra,
  };
  if (data !== undefined) interaction.data = data;
  if (ctx.guildId) {
    interaction.guild_id = ctx.guildId;
    interaction.guild_locale = ctx.guildLocale ?? 'en-US';
    interaction.guild = { id: ctx.guildId, locale: ctx.guildLocale ?? 'en-US', features: [] };
    interaction.member = buildMember({ user: ctx.user, roles: ctx.memberRoles ?? [], permissions: ctx.memberPermissions });
  } else {
    interaction.user = ctx.user;
  }
  return interaction;
}
