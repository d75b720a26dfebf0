/** /kb stats and `netmedic kb stats`: the same numbers as embed data (the CLI prints it as text), in the reader's words (`kb-stats-` messages). Pure. */
import type { APIEmbed } from 'discord-api-types/v10';
import type { KbStats, StatsPeriod } from '../learn/stats';
import { commandReference, type CommandIds } from './command-names';
import { messagesFor, type Messages } from './i18n/messages';
import { count } from './i18n/numbers';
import { LIMITS, truncate } from './limits';

/** A rate as a whole percentage ("42%"), or "—" when there is nothing to divide; `t` places the sign as its language does. */
export const percent = (rate: number | null, t: Messages = messagesFor('en')): string => (rate === null ? '—' : t('kb-stats-percent', { value: String(Math.round(rate * 100)) }));

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function periodLines(p: StatsPeriod, label: (target: string) => string, t: Messages): string {
  const lines = [
    t('kb-stats-answer-rate', { rate: percent(p.answerRate, t), answered: count(p.answered), unanswered: count(p.unanswered) }),
    t('kb-stats-helpful-rate', { rate: percent(p.helpfulRate, t), helpful: count(p.helpful), notHelpful: count(p.notHelpful) }),
  ];
  if (p.top.length) lines.push(t('kb-stats-top', { list: p.top.map((x) => `${label(x.target)} ×${x.count}`).join(', ') }));
  return lines.join('\n');
}

/**
 * `label` turns an answer target (article id, `faq/<id>`) into what to show; ids by default.
 * `ids`: the commands' ids, to mention /netmedic settings clickably.
 */
export function renderStats(stats: KbStats, label: (target: string) => string = (x) => `\`${x}\``, locale?: string | null, ids?: CommandIds): APIEmbed {
  const t = messagesFor(locale);
  const note = stats.learning ? '' : `\n${t('kb-stats-learning-off', { command: commandReference('netmedic.settings', locale, ids) })}`;
  return {
    title: t('kb-stats-title', { weeks: count(stats.weeks) }),
    description: truncate(periodLines(stats.total, label, t) + note, LIMITS.description),
    color: 0x5865f2,
    fields: stats.byWeek.slice(0, 25).map((w) => ({ name: `${day(w.from)} – ${day(w.to)}`, value: truncate(periodLines(w, label, t), LIMITS.fieldValue) })),
    footer: { text: t('kb-stats-footer', { helpful: t('explain-vote-helpful'), notHelpful: t('explain-vote-not-helpful') }) },
  };
}
