/**
 * /faq entry:<autocomplete> [user] — moderators post a FAQ entry, pinging only `user`.
 * The same entry is not posted twice in one channel within FAQ_REPEAT_SECONDS. The post carries a
 * Delete button for the person who posted it and for moderators.
 */
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { isModerator, MODERATOR_DEFAULT_PERMISSIONS } from '../src/interaction/permissions';
import { discordText } from '../src/render/sanitize';
import { optionsOf } from '../src/interaction/arguments';
import type { BaseContext, ChatInputContext, CommandModule, ComponentContext, Reply } from '../src/interaction/types';
import { countUse, guildView } from '../src/interaction/faq-access';
import type { GuildFaq } from '../src/faq/view';
import { replyLocale } from '../src/interaction/locale';
import { translatedFaq } from '../src/knowledge/i18n';
import type { FaqEntry } from '../src/knowledge/types';
import { faqIds } from '../src/render/custom-ids';
import { renderFaqEmbed } from '../src/render/explain';

const definition = {
  name: 'faq',
  description: 'Post a FAQ entry in this channel (moderators)',
  type: ApplicationCommandType.ChatInput,
  default_member_permissions: MODERATOR_DEFAULT_PERMISSIONS,
  options: [
    { type: ApplicationCommandOptionType.String, name: 'entry', description: 'Which entry', required: true, autocomplete: true },
    { type: ApplicationCommandOptionType.User, name: 'user', description: 'Who it is for (only this person is pinged)' },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

export function deleteButtonRow(posterId: string): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Delete', custom_id: faqIds.encode({ kind: 'delete', posterId }) }],
  };
}

/** The public post of an entry, optionally for one user (the only one pinged). */
export function faqPost(entry: FaqEntry, posterId: string, forUserId: string | null): Reply {
  return {
    content: forUserId ? `<@${forUserId}>, this should help:` : undefined,
    mentionUsers: forUserId ? [forUserId] : [],
    embeds: [renderFaqEmbed(entry)],
    components: [deleteButtonRow(posterId)],
  };
}

/**
 * A shipped entry in `locale` (knowledge/i18n); a server's own or overridden entry is shown as
 * the server wrote it.
 */
export function localizeGuildFaq<T extends FaqEntry & Partial<Pick<GuildFaq, 'source'>>>(ctx: BaseContext, entry: T, locale: string | undefined): T {
  if (entry.source !== 'shipped') return entry;
  const t = translatedFaq(ctx.services.knowledge.current(), entry.id, locale);
  if (!t) return entry;
  return { ...entry, title: t.title, body: t.body, aliases: [...entry.aliases, ...t.aliases.filter((a) => !entry.aliases.includes(a))], file: t.file };
}

/** Seconds until this entry may be posted in this channel again (0: go ahead; the post is recorded). */
export function repeatWait(ctx: BaseContext, entryId: string): number {
  return ctx.services.recentPosts.tryPost(`faq:${ctx.channelId ?? 'dm'}:${entryId}`, ctx.services.config.FAQ_REPEAT_SECONDS);
}

export function repeatMessage(entry: FaqEntry, wait: number): string {
  return `“${entry.title}” was just posted in this channel. Scroll up, or post it again in ${wait} s.`;
}

async function chatInput(ctx: ChatInputContext): Promise<void> {
  const options = optionsOf(definition, ctx);
  const name = options.entry;
  const view = await guildView(ctx);
  const entry = view.find(name);
  if (!entry) {
    const near = view.nearest(name);
    const hint = near.length ? ` Did you mean ${near.map((f) => `\`${f.id}\``).join(', ')}?` : ' Start typing to pick one from the list.';
    await ctx.reply({ content: `There is no FAQ entry called “${discordText(name, 100)}”.${hint}`, ephemeral: true });
    return;
  }
  const wait = repeatWait(ctx, entry.id);
  if (wait > 0) {
    await ctx.reply({ content: repeatMessage(entry, wait), ephemeral: true });
    return;
  }
  const forUserId = options.user?.id ?? null;
  await ctx.reply(faqPost(localizeGuildFaq(ctx, entry, replyLocale(ctx, true)), ctx.user.id, forUserId));
  countUse(ctx, entry.id);
}

/** `faq:delete:<posterId>`: the poster or a moderator may delete the post. */
async function component(ctx: ComponentContext): Promise<void> {
  const id = faqIds.decode(ctx.customId);
  if (!id) {
    await ctx.reply({ content: 'That button is not supported any more.', ephemeral: true });
    return;
  }
  if (ctx.user.id !== id.posterId && !isModerator(ctx.memberPermissions)) {
    await ctx.reply({ content: 'Only the person who posted this entry or a moderator can delete it.', ephemeral: true });
    return;
  }
  await ctx.deleteMessage();
}

export const command: CommandModule = {
  definition,
  chatInput,
  async autocomplete(ctx) {
    const entries = (await guildView(ctx)).search(ctx.focused.value);
    await ctx.respond(entries.map((f) => ({ name: localizeGuildFaq(ctx, f, ctx.locale).title, value: f.id })));
  },
  componentPrefix: faqIds.prefix,
  component,
};
