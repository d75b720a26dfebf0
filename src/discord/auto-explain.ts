/**
 * Auto-explain: in the channels listed in AUTO_EXPLAIN_CHANNELS, a new message holding a
 * confidently matched error gets one compact reply. At most one reply per channel and article per
 * AUTO_EXPLAIN_COOLDOWN_SECONDS, and nobody is pinged (not even the author).
 */
import { localizedKnowledge } from '../knowledge/i18n';
import type { Message } from 'discord.js';
import type { Logger } from 'pino';
import type { Services } from '../interaction/services';
import { recordGap } from '../learn/record';
import { matchInGuild, outcomeOf } from '../learn/guild-match';
import { renderAutoExplain } from '../render/auto-explain';
import { renderTaughtFaqReply } from '../render/taught-faq';
import { toDiscordOptions } from './payload';

export function createAutoExplain(services: Services) {
  return async (message: Message, log: Logger): Promise<void> => {
    if (!message.content.trim()) return;
    const kb = services.knowledge.current();
    const result = await matchInGuild(services, message.guildId, message.content, kb);
    // Ordinary chat is not a paste: only messages the matcher half-recognised are recorded.
    if (result.match || result.faqAnswer) recordGap(services, message.guildId, message.content, outcomeOf(result), 'auto', log);
    // A phrase taught in this server may point at a FAQ entry: that entry is the answer. Otherwise, nobody
    // asked, so no user locale: the server's language (English when it is unset or untranslated).
    const locale = message.guild?.preferredLocale;
    const reply = result.faqAnswer ? renderTaughtFaqReply(result.faqAnswer, locale) : renderAutoExplain(result, localizedKnowledge(kb, locale), locale);
    const answerId = result.faqAnswer ? `faq/${result.faqAnswer.id}` : result.match?.id;
    if (!reply || !answerId) return;
    const wait = services.recentPosts.tryPost(`auto:${message.channelId}:${answerId}`, services.config.AUTO_EXPLAIN_COOLDOWN_SECONDS);
    if (wait > 0) {
      log.debug({ article: answerId, wait }, 'auto-explain cooling down');
      return;
    }
    log.info({ article: answerId, confidence: result.match?.confidence ?? 1 }, 'auto-explain');
    const options = toDiscordOptions(reply);
    await message.reply({ ...options, allowedMentions: { parse: [], repliedUser: false } });
  };
}
