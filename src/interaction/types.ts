/**
 * The adapter-neutral shape of an interaction. Command handlers in `commands/` see only these
 * types, never discord.js objects, so the same handler serves Discord, console mode and tests.
 * The Discord adapter (src/discord/) and the console adapter (src/console/) implement them.
 */
import type { RESTPostAPIApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { Logger } from 'pino';
import type { ModalSpec, Reply } from '../render/reply';
import type { Services } from './services';

// Message data is the renderer's (src/render/reply.ts); commands and adapters take it from here.
export type { ModalField, ModalSpec, Reply } from '../render/reply';

/** An attachment option (e.g. `/faqs import file:`): where Discord serves it. */
export interface AttachmentRef {
  id: string;
  filename: string;
  url: string;
  size: number;
}

export interface UserRef {
  id: string;
  username: string;
}

/** Option values as a command received them, keyed by option name. */
export type OptionValue = string | number | boolean | UserRef | AttachmentRef;

export interface BaseContext {
  /** Short id that appears in every log line of this interaction. */
  requestId: string;
  user: UserRef;
  guildId: string | null;
  channelId: string | null;
  /** The invoker's permission bits in this channel, or null outside a guild (console: all). */
  memberPermissions: bigint | null;
  /** Console mode: the pretend server whose stored data (FAQ) it uses; Discord uses guildId. */
  dataGuildId?: string;
  /** The invoker's role ids in this server (empty outside a guild). */
  memberRoleIds?: readonly string[];
  /** The invoker's language (Discord locale code, e.g. `de`, `pt-BR`, `es-419`); absent: English. */
  locale?: string;
  /** The server's language (Discord's `guild_locale`), for public replies a server forces to it. */
  guildLocale?: string;
  services: Services;
  log: Logger;
}

/** Replying to a command-like interaction: answer at once, or defer and edit. */
export interface Responder {
  reply(reply: Reply): Promise<void>;
  /** Acknowledge now (shows "thinking…"); the answer follows through edit(). */
  defer(options?: { ephemeral?: boolean }): Promise<void>;
  /** Replace the original response (after defer or reply). */
  edit(reply: Reply): Promise<void>;
  followUp(reply: Reply): Promise<void>;
  /** True once reply() or defer() has been called. */
  readonly acknowledged: boolean;
  /**
   * True after defer() until the first edit(). Discord turns the first follow-up after a
   * deferral into the deferred message itself (with the deferral's visibility), so an answer
   * in this state must be an edit.
   */
  readonly awaitingEdit: boolean;
}

/** Adapters that can show a form implement this; its answer arrives as a ModalSubmitContext. */
export interface ModalOpener {
  /** Answer the interaction with a form. Absent where forms cannot be shown. */
  showModal?(modal: ModalSpec): Promise<void>;
}

export interface ChatInputContext extends BaseContext, Responder, ModalOpener {
  kind: 'chatInput';
  commandName: string;
  /** The command's id and, for a guild command, its guild (the adapter's; absent in console mode). */
  commandId?: string;
  commandGuildId?: string | null;
  subcommand: string | null;
  /** As the adapter received them; handlers read them typed with optionsOf / subcommandOf (arguments.ts). */
  options: Record<string, OptionValue>;
}

/** A submitted modal: routed by custom-id prefix like components. */
export interface ModalSubmitContext extends BaseContext, Responder {
  kind: 'modalSubmit';
  customId: string;
  /** Text input values by custom id. */
  fields: Record<string, string>;
}

export interface TargetMessage {
  id: string;
  content: string;
  author: UserRef;
  channelId: string;
  url: string;
}

export interface MessageContextMenuContext extends BaseContext, Responder {
  kind: 'messageContextMenu';
  commandName: string;
  target: TargetMessage;
  /** Post a new message in the channel as a reply to `target` (Discord message reply). */
  replyToTarget(reply: Reply): Promise<{ url: string } | null>;
}

export interface ComponentContext extends BaseContext, Responder, ModalOpener {
  kind: 'component';
  customId: string;
  /** Selected values for select menus; empty for buttons. */
  values: string[];
  /** The message the component is on. */
  message: { id: string; interactionUserId: string | null };
  /** Acknowledge by editing the message the component is on. */
  update(reply: Reply): Promise<void>;
  /** Delete the message the component is on. */
  deleteMessage(): Promise<void>;
  /** Post a new message in the channel as a reply to `messageId`. */
  replyToMessage(messageId: string, reply: Reply): Promise<{ url: string } | null>;
}

/** A submitted form: routed, like components, by custom-id prefix. */
export interface ModalSubmitContext extends BaseContext, Responder {
  kind: 'modalSubmit';
  customId: string;
  /** Text-input custom id → value. Values may be secrets: never log them. */
  fields: Record<string, string>;
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}

export interface AutocompleteContext extends BaseContext {
  kind: 'autocomplete';
  commandName: string;
  /** The subcommand being filled in, when the command has subcommands. */
  subcommand?: string | null;
  focused: { name: string; value: string };
  options: Record<string, OptionValue>;
  respond(choices: AutocompleteChoice[]): Promise<void>;
}

export type CommandDefinition = RESTPostAPIApplicationCommandsJSONBody;

/**
 * One file in `commands/` exports one of these as `command`.
 * Components are routed by custom-id prefix: a custom id is `${componentPrefix}:${rest}`, written
 * and read only by the command's codec in src/render/custom-ids/ (`componentPrefix` is its prefix).
 */
export interface CommandModule {
  definition: CommandDefinition;
  chatInput?(ctx: ChatInputContext): Promise<void>;
  autocomplete?(ctx: AutocompleteContext): Promise<void>;
  messageContextMenu?(ctx: MessageContextMenuContext): Promise<void>;
  componentPrefix?: string;
  component?(ctx: ComponentContext): Promise<void>;
  /** Forms whose custom id starts with `${componentPrefix}:`. */
  modalSubmit?(ctx: ModalSubmitContext): Promise<void>;
}
