/**
 * What a renderer returns and a command sends: plain message data (embeds, components, a form),
 * no client objects. Defined here, under the interaction layer, so renderers never import it;
 * src/interaction/types.ts re-exports these for command handlers and adapters.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord-api-types/v10';

/** What a command sends. The reply helper (src/interaction/reply.ts) fits it to Discord's limits. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Only the invoker sees it. */
  ephemeral?: boolean;
  /** User ids this reply may ping. Nobody else is ever pinged (no @everyone, no roles). */
  mentionUsers?: string[];
  /** Files attached to the message (e.g. an export). */
  files?: { name: string; data: Buffer }[];
}

/** One text input of a form (Discord modal; console mode asks for each in turn). */
export interface ModalField {
  customId: string;
  label: string;
  placeholder?: string;
  maxLength?: number;
  /** Prefilled value. */
  value?: string;
  /** Not echoed where the adapter can hide it (console mode on a terminal). */
  secret?: boolean;
  /** Several lines (Discord's paragraph style). */
  paragraph?: boolean;
  /** May be left empty (default: required). */
  optional?: boolean;
}

/** A modal (pop-up form): a title and up to five text inputs. */
export interface ModalSpec {
  customId: string;
  title: string;
  fields: ModalField[];
}
