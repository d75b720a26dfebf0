/**
 * Words for a multi-location check (pure): the results table (location, verdict, connect time)
 * and one combined conclusion, added to the local check's reply, in the reader's language
 * (locales/<locale>/vantages.ftl). The consensus itself is data (src/agents/consensus.ts).
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { Consensus, Vantage } from '../agents/consensus';
import type { FromProblem } from '../agents/multi';
import type { Verdict } from '../probe/types';
import type { Reply } from './reply';
import { englishMessages, messagesFor, type Messages } from './i18n/messages';
import { fitEmbeds, LIMITS, truncate } from './limits';

/** What Globalping's public probes can and cannot tell (English; the reply uses the reader's words). */
export const GLOBALPING_NOTE = englishMessages()('vantages-globalping-note');

/** What the /http rows (Globalping's HTTP measurement, same probes) add, and what they cannot tell. */
export const GLOBALPING_HTTP_NOTE = englishMessages()('vantages-globalping-http-note');

function failurePhrase(t: Messages, location: string, verdict: Verdict): string {
  return t('vantages-failure', { what: t('vantages-verdict', { verdict }), location });
}

function list(t: Messages, items: string[]): string {
  if (items.length <= 1) return items.join('');
  return t('vantages-list', { first: items.slice(0, -1).join(', '), last: items[items.length - 1]! });
}

function unansweredPhrase(t: Messages, c: Consensus): string {
  const late = c.unanswered.filter((u) => u.status === 'no-answer').map((u) => u.location);
  const unavailable = c.unanswered.some((u) => u.status === 'unavailable');
  const parts: string[] = [];
  if (late.length > 0) parts.push(t('vantages-late', { locations: list(t, late) }));
  if (unavailable) parts.push(t('vantages-unavailable'));
  const busy = c.unanswered.filter((u) => u.status === 'busy').map((u) => u.location);
  if (busy.length > 0) parts.push(t('vantages-busy-at', { locations: list(t, busy) }));
  return parts.join('; ');
}

/** The combined conclusion, one sentence (English unless a locale is given: the CLI's JSON stays English). */
export function consensusSentence(c: Consensus, locale?: string): string {
  const t = messagesFor(locale);
  const missing = unansweredPhrase(t, c);
  const also = missing ? `; ${missing}` : '';
  const how = () => list(t, c.failing.map((f) => failurePhrase(t, f.location, f.verdict)));
  switch (c.kind) {
    case 'answers-everywhere':
    case 'refused-everywhere':
    case 'silent-everywhere':
    case 'dns-everywhere':
      return t(`vantages-${c.kind}`);
    case 'answers-where-reported':
      return t('vantages-answers-where-reported', { missing });
    case 'fails-everywhere':
      return t('vantages-fails-everywhere', { how: how(), also });
    case 'partial':
      return t('vantages-partial', { reachable: c.reachable.length, total: c.total, how: how(), also });
    case 'no-report':
      return t('vantages-no-report', { missing: missing || t('vantages-nothing-answered') });
  }
}

function cell(t: Messages, v: Vantage, final: boolean): string {
  if (v.status === 'unavailable') return t('vantages-cell-unavailable');
  if (v.status === 'busy') return t('vantages-cell-busy');
  if (v.status === 'no-answer') return final ? t('vantages-cell-no-answer') : '…';
  const status = (v as { httpStatus?: number | null }).httpStatus;
  return v.verdict && typeof status === 'number' ? `${v.verdict} (${status})` : (v.verdict ?? '…');
}

/** A monospace table: location, verdict, connect time. */
export function vantageTable(vantages: Vantage[], final: boolean, budget: number = LIMITS.fieldValue, locale?: string): string {
  const t = messagesFor(locale);
  const rows = vantages.map((v) => [v.location, cell(t, v, final), v.connectMs === null ? '—' : `${v.connectMs} ms`]);
  const header = [t('vantages-col-location'), t('vantages-col-verdict'), t('vantages-col-connect')];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const lines = [line(header), ...rows.map(line)];
  // Keep the code block within a field: drop rows from the end if there are very many.
  let body = lines.join('\n');
  while (body.length > budget - 40 && lines.length > 2) {
    lines.splice(lines.length - 1, 1);
    body = `${lines.join('\n')}\n${t('vantages-more', { count: vantages.length - (lines.length - 1) })}`;
  }
  return '```\n' + body + '\n```';
}

/**
 * The local check's reply with the other networks added: a "From N networks" field (the
 * conclusion when final, then the table) placed first.
 */
export function withVantages(reply: Reply, vantages: Vantage[], consensus: Consensus | null, locale?: string): Reply {
  const [first, ...rest] = reply.embeds ?? [];
  if (!first) return reply;
  const t = messagesFor(locale);
  const conclusion = consensus ? `**${truncate(consensusSentence(consensus, locale), 400)}**\n` : '';
  const value = conclusion + vantageTable(vantages, consensus !== null, LIMITS.fieldValue - conclusion.length, locale);
  const gpNote = t('vantages-globalping-note');
  const about = vantages.some((v) => v.location.startsWith('gp:'))
    ? [{ name: t('vantages-about-gp'), value: vantages.some((v) => v.location.startsWith('gp:') && v.location.endsWith('/http')) ? `${gpNote}\n${t('vantages-globalping-http-note')}` : gpNote }]
    : [];
  const embed: APIEmbed = {
    ...first,
    fields: [{ name: t('vantages-from', { count: vantages.length }), value }, ...about, ...(first.fields ?? [])].slice(0, LIMITS.fields),
  };
  return { ...reply, embeds: fitEmbeds([embed, ...rest]) };
}

/** Why `from:` was refused, in the reader's language. */
export function fromProblemText(problem: FromProblem, locale?: string): string {
  const t = messagesFor(locale);
  switch (problem.kind) {
    case 'empty':
      return t('vantages-from-empty');
    case 'reserved':
      return t('vantages-from-reserved', { name: problem.name });
    case 'bad-name':
      return t('vantages-from-bad-name', { name: problem.name });
    case 'too-many':
      return t('vantages-from-too-many', { count: problem.count, max: problem.max });
  }
}
