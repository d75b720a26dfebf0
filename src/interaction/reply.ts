/**
 * The one place that turns a command's Reply into what Discord receives: limits applied,
 * ephemeral flag set, and mentions locked down (nobody is pinged unless named).
 */
import type { APIAllowedMentions, APIEmbed } from 'discord-api-types/v10';
import { fitContent, fitEmbeds, LIMITS, truncate } from '../render/limits';
import type { AutocompleteChoice, Reply } from './types';

export const EPHEMERAL_FLAG = 1 << 6;

export interface MessagePayload {
  content?: string;
  embeds: APIEmbed[];
  components: NonNullable<Reply['components']>;
  allowed_mentions: APIAllowedMentions;
  flags?: number;
}

/** Mentions parse nothing; only the users a command names may be pinged. */
export function allowedMentionsFor(reply: Reply): APIAllowedMentions {
  const users = [...new Set(reply.mentionUsers ?? [])].slice(0, 100);
  return { parse: [], users, replied_user: users.length > 0 };
}

export function toMessagePayload(reply: Reply): MessagePayload {
  const embeds = fitEmbeds(reply.embeds ?? []);
  const components = (reply.components ?? []).slice(0, LIMITS.actionRows);
  const payload: MessagePayload = { embeds, components, allowed_mentions: allowedMentionsFor(reply) };
  const content = reply.content !== undefined ? fitContent(reply.content) : undefined;
  if (content) payload.content = content;
  else if (embeds.length === 0) payload.content = '\u200b';
  if (reply.ephemeral) payload.flags = EPHEMERAL_FLAG;
  return payload;
}

/** Autocomplete answers: at most 25 choices, names and values at most 100 characters. */
export function fitChoices(choices: AutocompleteChoice[]): AutocompleteChoice[] {
  const seen = new Set<string>();
  const out: AutocompleteChoice[] = [];
  for (const choice of choices) {
    const value = choice.value.slice(0, LIMITS.choiceLength);
    if (!value || seen.has(value)) continue;
    seen.add(value);
    out.push({ name: truncate(choice.name || value, LIMITS.choiceLength), value });
    if (out.length === LIMITS.autocompleteChoices) break;
  }
  return out;
}
