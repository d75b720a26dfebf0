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
import { codeList } from '../src/render/faq';
import { messagesFor, type Messages } from '../src/render/i18n/messages';

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

export function deleteButtonRow(posterId: string, t: Messages = messagesFor()): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: t('faq-delete-button'), custom_id: faqIds.encode({ kind: 'delete', posterId }) }],
  };
}

/** The public post of an entry, optionally for one user (the only one pinged), in the post's language. */
export function faqPost(entry: FaqEntry, posterId: string, forUserId: string | null, locale?: string): Reply {
  const t = messagesFor(locale);
  return {
    content: forUserId ? t('faq-for-user', { user: forUserId }) : undefined,
    mentionUsers: forUserId ? [forUserId] : [],
    embeds: [renderFaqEmbed(entry)],
    components: [deleteButtonRow(posterId, t)],
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

export function repeatMessage(entry: FaqEntry, wait: number, locale?: string): string {
  return messagesFor(locale)('faq-repeat', { title: entry.title, wait });
}

async function chatInput(ctx: ChatInputContext): Promise<void> {
  const options = optionsOf(definition, ctx);
  const name = options.entry;
  const view = await guildView(ctx);
  const entry = view.find(name);
  const t = messagesFor(ctx.locale);
  if (!entry) {
    const near = view.nearest(name);
    const hint = near.length ? t('faq-did-you-mean', { ids: codeList(near.map((f) => f.id)) }) : t('faq-start-typing');
    await ctx.reply({ content: `${t('faq-not-found', { name: discordText(name, 100) })} ${hint}`, ephemeral: true });
    return;
  }
  const wait = repeatWait(ctx, entry.id);
  if (wait > 0) {
    await ctx.reply({ content: repeatMessage(localizeGuildFaq(ctx, entry, ctx.locale), wait, ctx.locale), ephemeral: true });
    return;
  }
  const forUserId = options.user?.id ?? null;
  const postLocale = replyLocale(ctx, true);
  await ctx.reply(faqPost(localizeGuildFaq(ctx, entry, postLocale), ctx.user.id, forUserId, postLocale));
  countUse(ctx, entry.id);
}

/** `faq:delete:<posterId>`: the poster or a moderator may delete the post. */
async function component(ctx: ComponentContext): Promise<void> {
  const id = faqIds.decode(ctx.customId);
  const t = messagesFor(ctx.locale);
  if (!id) {
    await ctx.reply({ content: t('faq-button-gone'), ephemeral: true });
    return;
  }
  if (ctx.user.id !== id.posterId && !isModerator(ctx.memberPermissions)) {
    await ctx.reply({ content: t('faq-delete-refused'), ephemeral: true });
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
