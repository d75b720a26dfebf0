/** /kb gaps and `netmedic kb gaps`: the most frequent unanswered errors, as embed data, in the reader's words (`kb-gaps-` messages). */
import type { APIEmbed } from 'discord-api-types/v10';
import type { GapCluster } from '../store/gaps-repo';
import { commandMention, optionName } from './command-names';
import { messagesFor } from './i18n/messages';
import { count } from './i18n/numbers';
import { LIMITS, truncate } from './limits';

export function renderGaps(clusters: readonly GapCluster[], total: number, days: number, learningOn: boolean, locale?: string | null): APIEmbed {
  const t = messagesFor(locale);
  const lines = clusters.map((c, i) => {
    const text = `\`${truncate(c.text.replace(/`/g, "'"), 180)}\``;
    const guess = c.guess ? ` — ${t('kb-gaps-guess', { article: `\`${c.guess}\`` })}` : '';
    return `${i + 1}. **${c.count}×** ${text}${guess}`;
  });
  const empty = learningOn ? t('kb-gaps-empty', { days: count(days) }) : t('kb-gaps-learning-off', { command: `\`${commandMention('netmedic.settings', locale)} ${optionName('netmedic.settings.learning', locale)}:true\`` });
  return {
    title: t('kb-gaps-title', { days: count(days) }),
    description: truncate(lines.join('\n') || empty, LIMITS.description),
    color: 0xfaa61a,
    footer: { text: t('kb-gaps-footer', { count: count(total) }) },
  };
}
