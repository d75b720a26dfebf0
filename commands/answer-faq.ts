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
import { faqPost, localizeGuildFaq, repeatMessage, repeatWait } from './faq';

const definition = {
  name: 'Answer with FAQ',
  type: ApplicationCommandType.Message,
  default_member_permissions: MODERATOR_DEFAULT_PERMISSIONS,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

async function messageContextMenu(ctx: MessageContextMenuContext): Promise<void> {
  const view = await guildView(ctx);
  if (view.entries.length === 0) {
    await ctx.reply({ content: 'There are no FAQ entries yet.', ephemeral: true });
    return;
  }
  // The entries most related to the message first; a select menu holds 25.
  const entries = rankFaqsForText({ faqs: view.entries }, ctx.target.content).slice(0, LIMITS.selectOptions);
  await ctx.reply({
    ephemeral: true,
    content: `Pick the entry to post as a reply to ${discordText(ctx.target.author.username, 40)}'s message:`,
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          {
            type: ComponentType.StringSelect,
            custom_id: answerFaqIds.encode({ kind: 'pick', channelId: ctx.target.channelId, messageId: ctx.target.id, authorId: ctx.target.author.id }),
            placeholder: 'Choose a FAQ entry',
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
  if (!id || !entry) {
    await ctx.update({ content: 'That entry is no longer in the knowledge base; run the menu again.', components: [] });
    return;
  }
  const wait = repeatWait(ctx, entry.id);
  if (wait > 0) {
    await ctx.update({ content: repeatMessage(entry, wait), components: [] });
    return;
  }
  const post = faqPost(localizeGuildFaq(ctx, entry, replyLocale(ctx, true)), ctx.user.id, id.authorId || null);
  const posted = await ctx.replyToMessage(id.messageId, post).catch((err: unknown) => {
    ctx.log.warn({ err }, 'could not reply in the channel; answering through the interaction');
    return null;
  });
  countUse(ctx, entry.id);
  if (posted) {
    await ctx.update({ content: `Posted “${entry.title}”: ${posted.url}`, components: [] });
  } else {
    await ctx.update({ content: `I could not reply in the channel, so “${entry.title}” is posted below.`, components: [] });
    await ctx.followUp(post);
  }
}

export const command: CommandModule = { definition, messageContextMenu, componentPrefix: answerFaqIds.prefix, component };
