/**
 * Words for a multi-location check (pure): the results table (location, verdict, connect time)
 * and one combined conclusion, added to the local check's reply.
 */
import type { APIEmbed } from 'discord-api-types/v10';
import type { Consensus, Vantage } from '../agents/consensus';
import type { Verdict } from '../probe/types';
import type { Reply } from './reply';
import { fitEmbeds, LIMITS, truncate } from './limits';

const VERDICT_WORDS: Partial<Record<Verdict, string>> = {
  timeout: 'no answer',
  refused: 'refused',
  reset: 'reset',
  'host-unreachable': 'host unreachable',
  'network-unreachable': 'network unreachable',
  'dns-not-found': 'name not found',
  'dns-error': 'DNS error',
  blocked: 'not allowed there',
  invalid: 'unreadable target',
};

/** What Globalping's public probes can and cannot tell. */
export const GLOBALPING_NOTE =
  'Globalping public probes (a TCP connect from their networks): they show whether the port accepts connections there and how fast, not why it fails (refused and dropped look the same), nor anything about TLS, HTTP or the panel.';

/** What the /http rows (Globalping's HTTP measurement, same probes) add, and what they cannot tell. */
export const GLOBALPING_HTTP_NOTE =
  'The /http rows are a HEAD request from the same probes, without credentials: the status code and timings there, and for a failure the error the probe saw (refused, timed out, name not found, certificate). They say nothing about an Xtream login or what a player would get, and for the conclusion a probe counts once.';

function failurePhrase(location: string, verdict: Verdict): string {
  const words = VERDICT_WORDS[verdict] ?? verdict;
  return `${words} from ${location}`;
}

function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function unansweredPhrase(c: Consensus): string {
  const late = c.unanswered.filter((u) => u.status === 'no-answer').map((u) => u.location);
  const unavailable = c.unanswered.some((u) => u.status === 'unavailable');
  const parts: string[] = [];
  if (late.length > 0) parts.push(`no answer from ${list(late)} by the deadline`);
  if (unavailable) parts.push('agents unavailable');
  const busy = c.unanswered.filter((u) => u.status === 'busy').map((u) => u.location);
  if (busy.length > 0) parts.push(`agents busy at ${list(busy)}`);
  return parts.join('; ');
}

/** The combined conclusion, one sentence. */
export function consensusSentence(c: Consensus): string {
  const n = (k: number) => `${k} network${k === 1 ? '' : 's'}`;
  const missing = unansweredPhrase(c);
  switch (c.kind) {
    case 'answers-everywhere':
      return 'answers everywhere: if it fails for you, the block is on your side';
    case 'answers-where-reported':
      return `answers from every network that reported (${missing}): if it fails for you, the block is probably on your side`;
    case 'refused-everywhere':
      return 'refused from every network: the service is down or not listening';
    case 'silent-everywhere':
      return 'no answer from any network: the host is down, or a firewall drops everything';
    case 'dns-everywhere':
      return 'the name does not resolve from any network: check its spelling and DNS records';
    case 'fails-everywhere': {
      const how = c.failing.map((f) => failurePhrase(f.location, f.verdict));
      return `fails from every network that reported (${list(how)}${missing ? `; ${missing}` : ''}): the problem is on the server's side`;
    }
    case 'partial': {
      const how = c.failing.map((f) => failurePhrase(f.location, f.verdict));
      return `open from ${c.reachable.length} of ${n(c.total)}, ${list(how)}${missing ? `; ${missing}` : ''}: a firewall, geo-block or ISP route affects some networks`;
    }
    case 'no-report':
      return `no network reported (${missing || 'nothing answered'})`;
  }
}

function cell(v: Vantage, final: boolean): string {
  if (v.status === 'unavailable') return 'agents unavailable';
  if (v.status === 'busy') return 'agents busy';
  if (v.status === 'no-answer') return final ? 'no answer (agent)' : '…';
  const status = (v as { httpStatus?: number | null }).httpStatus;
  return v.verdict && typeof status === 'number' ? `${v.verdict} (${status})` : (v.verdict ?? '…');
}

/** A monospace table: location, verdict, connect time. */
export function vantageTable(vantages: Vantage[], final: boolean, budget: number = LIMITS.fieldValue): string {
  const rows = vantages.map((v) => [v.location, cell(v, final), v.connectMs === null ? '—' : `${v.connectMs} ms`]);
  const header = ['location', 'verdict', 'connect'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === r.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  const lines = [line(header), ...rows.map(line)];
  // Keep the code block within a field: drop rows from the end if there are very many.
  let body = lines.join('\n');
  while (body.length > budget - 40 && lines.length > 2) {
    lines.splice(lines.length - 1, 1);
    body = `${lines.join('\n')}\n… ${vantages.length - (lines.length - 1)} more`;
  }
  return '```\n' + body + '\n```';
}

/**
 * The local check's reply with the other networks added: a "From N networks" field (the
 * conclusion when final, then the table) placed first.
 */
export function withVantages(reply: Reply, vantages: Vantage[], consensus: Consensus | null): Reply {
  const [first, ...rest] = reply.embeds ?? [];
  if (!first) return reply;
  const conclusion = consensus ? `**${truncate(consensusSentence(consensus), 400)}**\n` : '';
  const value = conclusion + vantageTable(vantages, consensus !== null, LIMITS.fieldValue - conclusion.length);
  const about = vantages.some((v) => v.location.startsWith('gp:'))
    ? [{ name: 'About the gp: rows', value: vantages.some((v) => v.location.startsWith('gp:') && v.location.endsWith('/http')) ? `${GLOBALPING_NOTE}\n${GLOBALPING_HTTP_NOTE}` : GLOBALPING_NOTE }]
    : [];
  const embed: APIEmbed = {
    ...first,
    fields: [{ name: `From ${vantages.length} network${vantages.length === 1 ? '' : 's'}`, value }, ...about, ...(first.fields ?? [])].slice(0, LIMITS.fields),
  };
  return { ...reply, embeds: fitEmbeds([embed, ...rest]) };
}
