/**
 * Message context menu "Explain this error": run the matcher on the message and answer it as a
 * reply to that message, pinging its author only.
 */
import { commandReference } from '../src/render/command-names';
import { commandIdsFor } from '../src/interaction/command-ids';
import { replyLocale } from '../src/interaction/locale';
import { localizedKnowledge } from '../src/knowledge/i18n';
import { matchInGuild, outcomeOf } from '../src/learn/guild-match';
import { recordGap } from '../src/learn/record';
import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { CommandModule, MessageContextMenuContext } from '../src/interaction/types';
import { renderExplainReply } from '../src/render/explain';
import { messagesFor } from '../src/render/i18n/messages';
import { renderTaughtFaqReply } from '../src/render/taught-faq';
import { NO_TARGET, voteRow } from '../src/render/votes';
import { localizeGuildFaq } from './faq';

const definition = {
  name: 'Explain this error',
  type: ApplicationCommandType.Message,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

async function messageContextMenu(ctx: MessageContextMenuContext): Promise<void> {
  const text = ctx.target.content.trim();
  // Ephemeral answers speak to the asker; the answer in the channel is in replyLocale(ctx, true).
  const t = messagesFor(ctx.locale);
  if (!text) {
    await ctx.reply({ content: t('explain-message-no-text'), ephemeral: true });
    return;
  }
  const kb = ctx.services.knowledge.current();
  const result = await matchInGuild(ctx.services, ctx.guildId, text, kb);
  ctx.services.metrics?.explain(result.match !== null || result.faqAnswer !== undefined);
  ctx.log.info({ match: result.match?.id ?? null, faq: result.faqAnswer?.id, confidence: result.match?.confidence ?? 0, confident: result.confident }, 'explain message');
  recordGap(ctx.services, ctx.guildId, text, outcomeOf(result), 'message', ctx.log);
  if (!result.faqAnswer && (!result.match || !result.confident)) {
    const view = localizedKnowledge(kb, ctx.locale);
    const titles = result.alternatives.map((a) => view.article(a.id)?.title ?? a.title).join(', ');
    const command = commandReference('explain', ctx.locale, commandIdsFor(ctx));
    const content = result.alternatives.length ? t('explain-message-no-match-hint', { titles, command }) : t('explain-message-no-match', { command });
    await ctx.reply({ content, ephemeral: true, components: [voteRow(NO_TARGET, ctx.locale)] });
    return;
  }
  const author = ctx.target.author;
  const locale = replyLocale(ctx, true);
  const rendered = result.faqAnswer ? renderTaughtFaqReply(localizeGuildFaq(ctx, result.faqAnswer, locale), locale) : renderExplainReply(result, localizedKnowledge(kb, locale), undefined, locale);
  const answer = { ...rendered, content: `<@${author.id}>`, mentionUsers: [author.id] };
  await ctx.defer({ ephemeral: true });
  const posted = await ctx.replyToTarget(answer).catch((err: unknown) => {
    ctx.log.warn({ err }, 'could not reply in the channel; answering through the interaction');
    return null;
  });
  if (posted) {
    await ctx.edit({ content: t('explain-message-posted', { url: posted.url }) });
  } else {
    // Settle the deferred (ephemeral) response first, so the follow-up is a new, public message.
    await ctx.edit({ content: t('explain-message-fallback') });
    await ctx.followUp({ ...answer, content: messagesFor(locale)('explain-message-about', { mention: `<@${author.id}>`, url: ctx.target.url }) });
  }
}

export const command: CommandModule = { definition, messageContextMenu };
