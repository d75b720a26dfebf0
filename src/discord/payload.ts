import type { InteractionReplyOptions, MessageCreateOptions } from 'discord.js';
import { toMessagePayload } from '../interaction/reply';
import type { Reply } from '../interaction/types';

/** The reply helper's payload in discord.js's option shape (camelCase allowedMentions). */
export function toDiscordOptions(reply: Reply): InteractionReplyOptions & MessageCreateOptions {
  const p = toMessagePayload(reply);
  const options: InteractionReplyOptions & MessageCreateOptions = {
    embeds: p.embeds,
    components: p.components,
    allowedMentions: { parse: [], users: p.allowed_mentions.users ?? [], repliedUser: p.allowed_mentions.replied_user ?? false },
  };
  if (p.content !== undefined) options.content = p.content;
  if (p.flags !== undefined) options.flags = p.flags;
  if (reply.files?.length) options.files = reply.files.map((f) => ({ attachment: f.data, name: f.name }));
  return options;
}

/** Edits cannot change the ephemeral flag (it is set by the reply or the deferral); the rest is the same. */
export function toDiscordEditOptions(reply: Reply) {
  const { content, embeds, components, allowedMentions, files } = toDiscordOptions(reply);
  return { content: content ?? '', embeds, components, allowedMentions, ...(files ? { files } : {}) };
}
