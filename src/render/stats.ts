/** /kb stats and `netmedic kb stats`: the same numbers as embed data (the CLI prints it as text). Pure. */
import type { APIEmbed } from 'discord-api-types/v10';
import type { KbStats, StatsPeriod } from '../learn/stats';
import { LIMITS, truncate } from './limits';

export const percent = (rate: number | null): string => (rate === null ? '—' : `${Math.round(rate * 100)}%`);

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

function periodLines(p: StatsPeriod, label: (target: string) => string): string {
  const lines = [
    `Answer rate **${percent(p.answerRate)}** (${p.answered} answered, ${p.unanswered} not)`,
    `Helpful rate **${percent(p.helpfulRate)}** (${p.helpful} helpful, ${p.notHelpful} not helpful)`,
  ];
  if (p.top.length) lines.push(`Top: ${p.top.map((t) => `${label(t.target)} ×${t.count}`).join(', ')}`);
  return lines.join('\n');
}

/** `label` turns an answer target (article id, `faq/<id>`) into what to show; ids by default. */
export function renderStats(stats: KbStats, label: (target: string) => string = (t) => `\`${t}\``): APIEmbed {
  const note = stats.learning ? '' : '\nLearning is off in this server: nothing new is counted (`/netmedic settings`).';
  return {
    title: `Knowledge base stats, last ${stats.weeks} week${stats.weeks === 1 ? '' : 's'}`,
    description: truncate(periodLines(stats.total, label) + note, LIMITS.description),
    color: 0x5865f2,
    fields: stats.byWeek.slice(0, 25).map((w) => ({ name: `${day(w.from)} – ${day(w.to)}`, value: truncate(periodLines(w, label), LIMITS.fieldValue) })),
    footer: { text: 'Answered: explain replies with a confident answer. Votes: Helpful / Not helpful under explain replies.' },
  };
}
