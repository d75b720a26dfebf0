/**
 * Adapts raw interaction JSON (as Discord POSTs it to an Interactions Endpoint URL) to the
 * adapter-neutral contexts of src/interaction/types.ts, so `serve` runs the very same router and
 * handlers as the gateway bot. The initial response (reply, deferral, update, choices) is the HTTP
 * response's body; everything after it goes over REST (src/http/rest.ts).
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommandInteractionDataOption,
  type APIInteractionResponse,
  type APIUser,
} from 'discord-api-types/v10';
import type { Logger } from 'pino';
import type { AnyContext } from '../interaction/router';
import { EPHEMERAL_FLAG, fitChoices, toMessagePayload, type MessagePayload } from '../interaction/reply';
import type { Services } from '../interaction/services';
import type { BaseContext, OptionValue, Reply, Responder, UserRef } from '../interaction/types';
import type { InteractionRest } from './rest';

/** The fields of an interaction this adapter reads (validated loosely: Discord sent it, signed). */
export interface RawInteraction {
  id: string;
  application_id: string;
  type: number;
  token: string;
  guild_id?: string;
  channel_id?: string;
  channel?: { id: string };
  member?: { user: APIUser; permissions?: string };
  user?: APIUser;
  /** The invoker's and the server's language (Discord locale codes). */
  locale?: string;
  guild_locale?: string;
  data?: {
    /** The command's id (application commands), and its guild for a guild command. */
    id?: string;
    guild_id?: string;
    name?: string;
    type?: number;
    options?: APIApplicationCommandInteractionDataOption[];
    target_id?: string;
    custom_id?: string;
    values?: string[];
    resolved?: {
      users?: Record<string, APIUser>;
      messages?: Record<string, { id: string; content?: string; channel_id: string; author: APIUser }>;
    };
  };
  message?: { id: string; interaction_metadata?: { user?: { id: string } }; interaction?: { user?: { id: string } } };
}

/** Sends the initial response (the HTTP response body) once. */
export type InitialSink = (response: APIInteractionResponse) => void;

export class AlreadyAcknowledgedError extends Error {
  readonly code = 40060;
  constructor() {
    super('Interaction has already been acknowledged.');
  }
}

function userRef(user: APIUser): UserRef {
  return { id: user.id, username: user.username };
}

function messageUrl(guildId: string | null, channelId: string, messageId: string): string {
  return `https://discord.com/channels/${guildId ?? '@me'}/${channelId}/${messageId}`;
}

function withoutFlags(p: MessagePayload): Partial<MessagePayload> {
  return { content: p.content ?? '', embeds: p.embeds, components: p.components, allowed_mentions: p.allowed_mentions };
}

export function readRawOptions(
  list: APIApplicationCommandInteractionDataOption[] | undefined,
  users: Record<string, APIUser> = {},
): { subcommand: string | null; options: Record<string, OptionValue>; focused: { name: string; value: string } | null } {
  let subcommand: string | null = null;
  let options = list ?? [];
  const first = options[0];
  if (first && first.type === ApplicationCommandOptionType.SubcommandGroup) {
    const inner = first.options[0];
    subcommand = inner ? `${first.name} ${inner.name}` : first.name;
    options = inner?.options ?? [];
  } else if (first && first.type === ApplicationCommandOptionType.Subcommand) {
    subcommand = first.name;
    options = first.options ?? [];
  }
  const out: Record<string, OptionValue> = {};
  let focused: { name: string; value: string } | null = null;
  for (const o of options) {
    if (o.type === ApplicationCommandOptionType.Subcommand || o.type === ApplicationCommandOptionType.SubcommandGroup) continue;
    if ('focused' in o && o.focused) focused = { name: o.name, value: String(o.value ?? '') };
    if (o.type === ApplicationCommandOptionType.User) {
      const user = users[String(o.value)];
      if (user) out[o.name] = userRef(user);
    } else if (o.value !== undefined && o.value !== null) {
      out[o.name] = o.value;
    }
  }
  return { subcommand, options: out, focused };
}

export interface HttpContextDeps {
  services: Services;
  log: Logger;
  requestId: string;
  rest: InteractionRest;
  initial: InitialSink;
}

/** Responder state shared with the server (for the automatic deferral). */
export interface HttpResponder extends Responder {
  /** Sends a deferral if nothing was sent yet (the server's safety net before Discord's 3 s). */
  deferIfSilent(): void;
}

function responder(raw: RawInteraction, deps: HttpContextDeps, componentDefer: boolean): HttpResponder {
  let deferred = false;
  let replied = false;
  const send = (response: APIInteractionResponse) => {
    if (deferred || replied) throw new AlreadyAcknowledgedError();
    deps.initial(response);
  };
  const r: HttpResponder = {
    get acknowledged() {
      return deferred || replied;
    },
    get awaitingEdit() {
      return deferred && !replied;
    },
    async reply(reply: Reply) {
      send({ type: InteractionResponseType.ChannelMessageWithSource, data: toMessagePayload(reply) });
      replied = true;
    },
    async defer(options) {
      send({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: options?.ephemeral ? { flags: EPHEMERAL_FLAG } : {} });
      deferred = true;
    },
    async edit(reply: Reply) {
      if (!deferred && !replied) throw new Error('edit() before reply() or defer()');
      await deps.rest.editOriginal(raw.application_id, raw.token, withoutFlags(toMessagePayload(reply)));
      replied = true;
    },
    async followUp(reply: Reply) {
      if (!deferred && !replied) throw new Error('followUp() before reply() or defer()');
      await deps.rest.followUp(raw.application_id, raw.token, toMessagePayload(reply));
    },
    deferIfSilent() {
      if (deferred || replied) return;
      send({
        type: componentDefer ? InteractionResponseType.DeferredMessageUpdate : InteractionResponseType.DeferredChannelMessageWithSource,
      });
      deferred = true;
      // A deferred component update has no "loading" message to edit: later answers are follow-ups.
      if (componentDefer) replied = true;
    },
  };
  return r;
}

function base(raw: RawInteraction, deps: HttpContextDeps): BaseContext {
  const user = raw.member?.user ?? raw.user;
  if (!user) throw new Error('interaction without a user');
  return {
    requestId: deps.requestId,
    user: userRef(user),
    guildId: raw.guild_id ?? null,
    channelId: raw.channel_id ?? raw.channel?.id ?? null,
    memberPermissions: raw.member?.permissions !== undefined ? BigInt(raw.member.permissions) : null,
    locale: raw.locale,
    guildLocale: raw.guild_locale,
    services: deps.services,
    log: deps.log,
  };
}

async function postReply(raw: RawInteraction, deps: HttpContextDeps, channelId: string, messageId: string, reply: Reply): Promise<{ url: string } | null> {
  const p = toMessagePayload({ ...reply, ephemeral: false });
  const users = p.allowed_mentions.users ?? [];
  const created = await deps.rest.postChannelMessage(channelId, {
    content: p.content,
    embeds: p.embeds,
    components: p.components,
    allowed_mentions: { parse: [], users, replied_user: users.length > 0 },
    message_reference: { message_id: messageId, channel_id: channelId, fail_if_not_exists: false },
  });
  return { url: messageUrl(raw.guild_id ?? null, channelId, created.id) };
}

export interface BuiltContext {
  ctx: AnyContext;
  /** Null for autocomplete (it has no deferral). */
  responder: HttpResponder | null;
}

/** The context for one interaction, or null for kinds the bot does not handle (e.g. modals). */
export function httpContext(raw: RawInteraction, deps: HttpContextDeps): BuiltContext | null {
  const data = raw.data ?? {};
  const users = data.resolved?.users ?? {};
  if (raw.type === InteractionType.ApplicationCommand && data.type === ApplicationCommandType.ChatInput) {
    const rsp = responder(raw, deps, false);
    const { subcommand, options } = readRawOptions(data.options, users);
    return { responder: rsp, ctx: Object.assign(rsp, base(raw, deps), { kind: 'chatInput' as const, commandName: data.name ?? '', commandId: data.id, commandGuildId: data.guild_id ?? null, subcommand, options }) };
  }
  if (raw.type === InteractionType.ApplicationCommand && data.type === ApplicationCommandType.Message) {
    const message = data.target_id ? data.resolved?.messages?.[data.target_id] : undefined;
    if (!message) return null;
    const rsp = responder(raw, deps, false);
    return {
      responder: rsp,
      ctx: Object.assign(rsp, base(raw, deps), {
        kind: 'messageContextMenu' as const,
        commandName: data.name ?? '',
        target: {
          id: message.id,
          content: message.content ?? '',
          author: userRef(message.author),
          channelId: message.channel_id,
          url: messageUrl(raw.guild_id ?? null, message.channel_id, message.id),
        },
        replyToTarget: (reply: Reply) => postReply(raw, deps, message.channel_id, message.id, reply),
      }),
    };
  }
  if (raw.type === InteractionType.ApplicationCommandAutocomplete) {
    const { options, focused } = readRawOptions(data.options, users);
    let answered = false;
    return {
      responder: null,
      ctx: {
        ...base(raw, deps),
        kind: 'autocomplete',
        commandName: data.name ?? '',
        focused: focused ?? { name: '', value: '' },
        options,
        async respond(choices) {
          if (answered) throw new AlreadyAcknowledgedError();
          answered = true;
          deps.initial({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: fitChoices(choices) } });
        },
      },
    };
  }
  if (raw.type === InteractionType.MessageComponent && raw.message && data.custom_id !== undefined) {
    const rsp = responder(raw, deps, true);
    const message = raw.message;
    const channelId = raw.channel_id ?? raw.channel?.id ?? '';
    let updated = false;
    const ctx = Object.assign(rsp, base(raw, deps), {
      kind: 'component' as const,
      customId: data.custom_id,
      values: data.values ?? [],
      message: { id: message.id, interactionUserId: message.interaction_metadata?.user?.id ?? message.interaction?.user?.id ?? null },
      async update(reply: Reply) {
        if (rsp.acknowledged || updated) throw new AlreadyAcknowledgedError();
        updated = true;
        deps.initial({ type: InteractionResponseType.UpdateMessage, data: withoutFlags(toMessagePayload(reply)) as MessagePayload });
      },
      async deleteMessage() {
        if (!rsp.acknowledged && !updated) {
          updated = true;
          deps.initial({ type: InteractionResponseType.DeferredMessageUpdate });
        }
        try {
          await deps.rest.deleteOriginal(raw.application_id, raw.token);
        } catch (err) {
          deps.log.debug({ err }, 'deleting the original failed; deleting the channel message');
          await deps.rest.deleteChannelMessage(channelId, message.id);
        }
      },
      replyToMessage: (messageId: string, reply: Reply) => postReply(raw, deps, channelId, messageId, reply),
    });
    // update() counts as acknowledging for the responder too.
    const originalAck = Object.getOwnPropertyDescriptor(rsp, 'acknowledged');
    Object.defineProperty(ctx, 'acknowledged', { get: () => updated || Boolean(originalAck?.get?.call(rsp)) });
    return { responder: rsp, ctx };
  }
  return null;
}
