/**
 * Message context menu "Explain this error": run the matcher on the message and answer it as a
 * reply to that message, pinging its author only.
 */
import { replyLocale } from '../src/interaction/locale';
import { localizedKnowledge } from '../src/knowledge/i18n';
import { matchInGuild, outcomeOf } from '../src/learn/guild-match';
import { recordGap } from '../src/learn/record';
import { ApplicationCommandType, type RESTPostAPIContextMenuApplicationCommandsJSONBody } from 'discord-api-types/v10';
import type { CommandModule, MessageContextMenuContext } from '../src/interaction/types';
import { renderExplainReply } from '../src/render/explain';
import { renderTaughtFaqReply } from '../src/render/taught-faq';
import { NO_TARGET, voteRow } from '../src/render/votes';

const definition = {
  name: 'Explain this error',
  type: ApplicationCommandType.Message,
} as const satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody;

async function messageContextMenu(ctx: MessageContextMenuContext): Promise<void> {
  const text = ctx.target.content.trim();
  if (!text) {
    await ctx.reply({ content: 'That message has no text I can read (only embeds or attachments), so no known error found.', ephemeral: true });
    return;
  }
  const kb = ctx.services.knowledge.current();
  const result = await matchInGuild(ctx.services, ctx.guildId, text, kb);
  ctx.services.metrics?.explain(result.match !== null || result.faqAnswer !== undefined);
  ctx.log.info({ match: result.match?.id ?? null, faq: result.faqAnswer?.id, confidence: result.match?.confidence ?? 0, confident: result.confident }, 'explain message');
  recordGap(ctx.services, ctx.guildId, text, outcomeOf(result), 'message', ctx.log);
  if (!result.faqAnswer && (!result.match || !result.confident)) {
    const hint = result.alternatives.length ? ` It might be: ${result.alternatives.map((a) => a.title).join(', ')}.` : '';
    await ctx.reply({ content: `No known error found in that message.${hint} Try \`/explain\` with the exact error text.`, ephemeral: true, components: [voteRow(NO_TARGET)] });
    return;
  }
  const author = ctx.target.author;
  const rendered = result.faqAnswer ? renderTaughtFaqReply(result.faqAnswer) : renderExplainReply(result, localizedKnowledge(kb, replyLocale(ctx, true)));
  const answer = { ...rendered, content: `<@${author.id}>`, mentionUsers: [author.id] };
  await ctx.defer({ ephemeral: true });
  const posted = await ctx.replyToTarget(answer).catch((err: unknown) => {
    ctx.log.warn({ err }, 'could not reply in the channel; answering through the interaction');
    return null;
  });
  if (posted) {
    await ctx.edit({ content: `Explained: ${posted.url}` });
  } else {
    // Settle the deferred (ephemeral) response first, so the follow-up is a new, public message.
    await ctx.edit({ content: 'I could not reply in the channel, so the answer is below.' });
    await ctx.followUp({ ...answer, content: `<@${author.id}> about ${ctx.target.url}` });
  }
}

export const command: CommandModule = { definition, messageContextMenu };
