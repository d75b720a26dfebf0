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
import { matchInGuild } from '../learn/guild-match';
import { renderAutoExplain } from '../render/auto-explain';
import { toDiscordOptions } from './payload';

export function createAutoExplain(services: Services) {
  return async (message: Message, log: Logger): Promise<void> => {
    if (!message.content.trim()) return;
    const kb = services.knowledge.current();
    const result = await matchInGuild(services, message.guildId, message.content, kb);
    // Ordinary chat is not a paste: only messages the matcher half-recognised are recorded.
    if (result.match) recordGap(services, message.guildId, message.content, result, 'auto', log);
    // Nobody asked, so no user locale: the server's language (English when it is unset or untranslated).
    const reply = renderAutoExplain(result, localizedKnowledge(kb, message.guild?.preferredLocale));
    if (!reply || !result.match) return;
    const wait = services.recentPosts.tryPost(`auto:${message.channelId}:${result.match.id}`, services.config.AUTO_EXPLAIN_COOLDOWN_SECONDS);
    if (wait > 0) {
      log.debug({ article: result.match.id, wait }, 'auto-explain cooling down');
      return;
    }
    log.info({ article: result.match.id, confidence: result.match.confidence }, 'auto-explain');
    const options = toDiscordOptions(reply);
    await message.reply({ ...options, allowedMentions: { parse: [], repliedUser: false } });
  };
}
