/**
 * /kb stats and `netmedic kb stats`: answer rate, helpful rate and top articles per week, from
 * the per-week counts the store returns. Pure, so Discord and the CLI show the same numbers.
 */
import type { TargetWeekCount, WeekCount } from '../store/stats-repo';

export interface StatsPeriod {
  answered: number;
  unanswered: number;
  /** answered / (answered + unanswered), or null when there was nothing to answer. */
  answerRate: number | null;
  helpful: number;
  notHelpful: number;
  /** helpful / (helpful + notHelpful), or null without votes. */
  helpfulRate: number | null;
  /** Most used answers first: an article id, or `faq/<id>`. */
  top: { target: string; count: number }[];
}

export interface WeekStats extends StatsPeriod {
  /** 0: the last 7 days, 1: the 7 days before, … */
  week: number;
  /** Epoch ms where the week starts and ends. */
  from: number;
  to: number;
}

export interface KbStats {
  guild: string;
  weeks: number;
  learning: boolean;
  total: StatsPeriod;
  byWeek: WeekStats[];
}

export interface StatsInput {
  answers: readonly TargetWeekCount[];
  gaps: readonly WeekCount[];
  votes: readonly (WeekCount & { helpful: boolean })[];
}

const TOP = 3;
const WEEK_MS = 7 * 86_400_000;

const rate = (yes: number, no: number): number | null => (yes + no === 0 ? null : Math.round((yes / (yes + no)) * 1000) / 1000);

function period(input: StatsInput, inWeek: (week: number) => boolean): StatsPeriod {
  const byTarget = new Map<string, number>();
  let answered = 0;
  for (const a of input.answers) {
    if (!inWeek(a.week)) continue;
    answered += a.count;
    byTarget.set(a.target, (byTarget.get(a.target) ?? 0) + a.count);
  }
  const unanswered = input.gaps.filter((g) => inWeek(g.week)).reduce((n, g) => n + g.count, 0);
  const votes = input.votes.filter((v) => inWeek(v.week));
  const helpful = votes.filter((v) => v.helpful).reduce((n, v) => n + v.count, 0);
  const notHelpful = votes.filter((v) => !v.helpful).reduce((n, v) => n + v.count, 0);
  const top = [...byTarget].map(([target, count]) => ({ target, count })).sort((a, b) => b.count - a.count || a.target.localeCompare(b.target)).slice(0, TOP);
  return { answered, unanswered, answerRate: rate(answered, unanswered), helpful, notHelpful, helpfulRate: rate(helpful, notHelpful), top };
}

export function computeStats(guild: string, weeks: number, learning: boolean, input: StatsInput, now: number): KbStats {
  const byWeek: WeekStats[] = [];
  for (let week = 0; week < weeks; week++) {
    byWeek.push({ week, from: now - (week + 1) * WEEK_MS, to: now - week * WEEK_MS, ...period(input, (w) => Math.max(0, w) === week) });
  }
  return { guild, weeks, learning, total: period(input, (w) => w < weeks), byWeek };
}
