/**
 * Message context menu "Answer with FAQ" (moderators): pick an entry from a select menu and it is
 * posted as a reply to that message, pinging its author only.
 */
import {
  ApplicationCommandType,
  ComponentType,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { MODERATOR_DEFAULT_PERMISSIONS } from '../src/interaction/permissions';
import { discordText } from '../src/render/sanitize';
import type { CommandModule, ComponentContext, MessageContextMenuContext } from '../src/interaction/types';
import { rankFaqsForText } from '../src/knowledge/search';
import { LIMITS, truncate } from '../src/render/limits';
import { countUse, guildView } from '../src/interaction/faq-access';
import { replyLocale } from '../src/interaction/locale';
import { answerFaqIds } from '../src/render/custom-ids';
import { messagesFor } from '../src/render/i18n/messages';
import { faqPost, localizeGuildFaq, repeatMessage, repeatWait } from './faq';

const definition = {
  name: 'Answer with FAQ',
  type: ApplicationCommandType.Message,
  default_member_permissions: MODERATOR_DEFAULT_PERMISSIONS,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

async function messageContextMenu(ctx: MessageContextMenuContext): Promise<void> {
  const view = await guildView(ctx);
  const t = messagesFor(ctx.locale);
  if (view.entries.length === 0) {
    await ctx.reply({ content: t('faq-answer-none'), ephemeral: true });
    return;
  }
  // The entries most related to the message first; a select menu holds 25.
  const entries = rankFaqsForText({ faqs: view.entries }, ctx.target.content).slice(0, LIMITS.selectOptions);
  await ctx.reply({
    ephemeral: true,
    content: t('faq-answer-pick', { author: discordText(ctx.target.author.username, 40) }),
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: answerFaqIds.encode({ kind: 'pick', channelId: ctx.target.channelId, messageId: ctx.target.id, authorId: ctx.target.author.id }),
            placeholder: truncate(t('faq-answer-placeholder'), LIMITS.selectPlaceholder),
            options: entries.map((f) => localizeGuildFaq(ctx, f, ctx.locale)).map((f) => ({ label: truncate(f.title, 100), value: f.id, description: truncate(f.aliases.join(', ') || f.id, 100) })),
          },
        ],
      },
    ],
  });
}

async function component(ctx: ComponentContext): Promise<void> {
  const id = answerFaqIds.decode(ctx.customId);
  const entry = (await guildView(ctx)).faq(ctx.values[0] ?? '');
  const t = messagesFor(ctx.locale);
  if (!id || !entry) {
    await ctx.update({ content: t('faq-answer-gone'), components: [] });
    return;
  }
  const own = localizeGuildFaq(ctx, entry, ctx.locale);
  const wait = repeatWait(ctx, entry.id);
  if (wait > 0) {
    await ctx.update({ content: repeatMessage(own, wait, ctx.locale), components: [] });
    return;
  }
  const postLocale = replyLocale(ctx, true);
  const post = faqPost(localizeGuildFaq(ctx, entry, postLocale), ctx.user.id, id.authorId || null, postLocale);
  const posted = await ctx.replyToMessage(id.messageId, post).catch((err: unknown) => {
    ctx.log.warn({ err }, 'could not reply in the channel; answering through the interaction');
    return null;
  });
  countUse(ctx, entry.id);
  if (posted) {
    await ctx.update({ content: t('faq-answer-posted', { title: own.title, url: posted.url }), components: [] });
  } else {
    await ctx.update({ content: t('faq-answer-below', { title: own.title }), components: [] });
    await ctx.followUp(post);
  }
}

export const command: CommandModule = { definition, messageContextMenu, componentPrefix: answerFaqIds.prefix, component };
