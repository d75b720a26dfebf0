/**
 * The reply for a check: one embed (target, addresses, one line per stage, the verdict sentence,
 * likely causes and first fix steps from the knowledge base narrowed by what the probe saw, other
 * ports, notes) and a "Full article" button. Pure: result + knowledge base in, Reply out.
 * While a check runs (`final: false`) the stages not reached yet show as ⏳.
 */
import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIEmbedField,
} from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from './component-values';
import type { Reply } from '../interaction/types';
import type { Article, KnowledgeBase } from '../knowledge/types';
import { pickArticle, plannedStages, serviceLabel } from '../probe/verdicts';
import type { CheckResult, StageName, StageResult, Verdict } from '../probe/types';
import { fitEmbeds, LIMITS, packLines, truncate } from './limits';
import { discordCode, discordText, discordTitle } from './sanitize';
import { serverText } from './server-text';
import { lineButton } from './xtream-ids';
import { DISCORD_VOICE, type Voice } from './voice';

/** The footer of every check reply, in the reader's voice (CHECK_FOOTER is Discord's). */
export function checkFooter(voice: Voice = DISCORD_VOICE): string {
  return `Checked from ${voice.vantage} — an IP whitelist or a geo-block can make a server look closed to ${voice.checker} but open to you.`;
}

export const CHECK_FOOTER = checkFooter(DISCORD_VOICE);

export interface RenderCheckOptions {
  /** False while the check still runs: pending stages show ⏳ and no verdict yet. */
  final: boolean;
  /** Whose words: Discord's (default), console mode's or the CLI's. */
  voice?: Voice;
}

const COLORS = {
  green: 0x2ecc71,
  red: 0xe74c3c,
  orange: 0xe67e22,
  yellow: 0xf1c40f,
  purple: 0x9b59b6,
  blue: 0x3498db,
  grey: 0x95a5a6,
  pending: 0x5865f2,
} as const;

const VERDICT_COLORS: Record<Verdict, number> = {
  ok: COLORS.green,
  refused: COLORS.red,
  reset: COLORS.red,
  timeout: COLORS.orange,
  'host-unreachable': COLORS.orange,
  'network-unreachable': COLORS.orange,
  'dns-not-found': COLORS.blue,
  'dns-error': COLORS.blue,
  'tls-certificate': COLORS.purple,
  'tls-protocol': COLORS.purple,
  'http-status': COLORS.yellow,
  'not-http': COLORS.yellow,
  blocked: COLORS.grey,
  invalid: COLORS.grey,
  silent: COLORS.orange,
  'closed-on-accept': COLORS.red,
  'udp-refused': COLORS.red,
  'udp-no-answer': COLORS.orange,
  'game-mismatch': COLORS.yellow,
};

export function verdictColor(verdict: Verdict): number {
  return VERDICT_COLORS[verdict];
}

const HEADLINES: Record<Verdict, string> = {
  ok: 'Reachable',
  refused: 'Connection refused',
  timeout: 'No answer (timeout)',
  reset: 'Connection reset',
  'host-unreachable': 'Host unreachable',
  'network-unreachable': 'Network unreachable',
  'dns-not-found': 'Name not found',
  'dns-error': 'DNS lookup failed',
  'tls-certificate': 'Certificate problem',
  'tls-protocol': 'TLS / protocol mismatch',
  'http-status': 'HTTP error',
  'not-http': 'Not HTTP',
  blocked: 'Not checked',
  invalid: "Can't read that target",
  silent: 'Open but silent',
  'closed-on-accept': 'Closed at once by the server',
  'udp-refused': 'Refused over UDP (port unreachable)',
  'udp-no-answer': 'No answer over UDP',
  'game-mismatch': 'Not this game',
};

/** True when the service answered in its own protocol (not just a TCP connect). */
export function answeredInProtocol(result: CheckResult): boolean {
  if (result.verdict !== 'ok') return false;
  if (result.target?.protocol !== 'tcp') return true;
  const kind = result.service?.kind;
  return kind === 'banner' || kind === 'tls' || kind === 'http';
}

export function verdictHeadline(result: CheckResult): string {
  if (result.verdict === 'ok' && result.target?.protocol === 'xtream') return 'Xtream panel answers';
  if (result.verdict === 'ok' && result.target?.protocol === 'tcp') {
    const service = result.service;
    if (service?.kind === 'banner') return `Answers in ${serviceLabel(service.name)}`;
    if (service?.kind === 'tls') return 'Answers in TLS';
    if (service?.kind === 'http') return 'Answers in HTTP';
    return 'Port open';
  }
  if (result.verdict === 'ok' && result.game) return 'Online';
  if (result.verdict === 'http-status' && result.httpStatus !== undefined) {
    if (result.target?.protocol === 'xtream' && result.httpStatus < 400) return 'No Xtream panel here';
    return `HTTP ${result.httpStatus}`;
  }
  return HEADLINES[result.verdict];
}

const STAGE_LABELS: Record<StageName, string> = { dns: 'DNS', tcp: 'TCP', tls: 'TLS', http: 'HTTP', xtream: 'Xtream', service: 'Service', game: 'Game' };

export function articleButtonId(id: string): string {
  return `explain:article:${id}:1`;
}

function stageLine(s: StageResult): string {
  const detail = discordText(s.detail, 200);
  // Most details already say how long they took; add the time only when they don't.
  const time = /\b\d+ ms\b/.test(detail) ? '' : ` · ${s.ms} ms`;
  return `${s.ok ? '✅' : '❌'} **${STAGE_LABELS[s.name]}** ${detail}${time}`;
}

function stageLines(result: CheckResult, final: boolean): string[] {
  const lines = result.stages.map(stageLine);
  if (!final && result.target) {
    const done = new Set(result.stages.map((s) => s.name));
    const failed = result.stages.some((s) => !s.ok);
    if (!failed) for (const name of plannedStages(result.target)) if (!done.has(name)) lines.push(`⏳ **${STAGE_LABELS[name]}**`);
  }
  return lines;
}

function plainBullet(text: string, max = 240): string {
  return `• ${truncate(text.replace(/\s+/g, ' ').trim(), max)}`;
}

/** Observations from this check that say more than the article's generic list. */
export function observedCauses(result: CheckResult, voice: Voice = DISCORD_VOICE): string[] {
  const out: string[] = [];
  const open = result.alternatives.filter((a) => a.open);
  const port = result.target?.port;
  switch (result.verdict) {
    case 'refused':
    case 'timeout':
      if (result.stages.some((s) => s.name === 'tcp' && s.ok)) break;
      if (open.length > 0) {
        const list = open.slice(0, 3).map((a) => `${a.port} ${discordText(a.detail, 60)}`).join(', ');
        out.push(`**Wrong port**: nothing on ${port}, but ${list} on the same server. The provider may have moved the service.`);
      } else if (result.alternatives.length > 0) {
        out.push(`Nothing answers on the usual other ports either: the server is down, or it blocks ${voice.vantage}.`);
      }
      if (result.verdict === 'timeout') out.push('A firewall that silently drops traffic (or allows only whitelisted IPs) looks exactly like this.');
      break;
    case 'tls-certificate':
      switch (result.certificate?.problem) {
        case 'expired':
          out.push("The certificate has expired: the owner must renew it (automatic renewal, e.g. certbot, has stopped). A wrong date on your device gives the same error.");
          break;
        case 'not-yet-valid':
          out.push('The certificate only starts later: a wrong clock on the server or on your device.');
          break;
        case 'self-signed':
          out.push('The server uses a self-signed certificate: fine for testing, refused by browsers and most apps.');
          break;
        case 'unknown-issuer':
        case 'untrusted-root':
          out.push("The server doesn't send its intermediate certificate, or its certificate comes from a private CA.");
          break;
        case 'name-mismatch':
          out.push('The certificate is for other names: a typo in the host name, or a shared server answering with its default site.');
          break;
        default:
          break;
      }
      break;
    case 'udp-refused':
      out.push(`The machine at this address is up and says nothing listens on UDP port ${port}: the game server is stopped, or it runs on another port.`);
      break;
    case 'udp-no-answer':
      out.push(`UDP has no handshake: a firewall or router that drops the packets, a missing port forward for UDP ${port}, and a stopped server all look the same from outside.`);
      break;
    case 'game-mismatch':
      out.push('Something answers on this port, but not the game asked for: check the port (game port vs query port) and the game type.');
      break;
    case 'not-http':
      out.push('Another kind of service (SSH, a database, a game server…) runs on this port: it is probably the wrong port.');
      break;
    case 'http-status':
      if (result.httpStatus === 403) out.push(`The server refuses this request: an IP whitelist, a geo-block or a CDN/firewall rule may block ${voice.vantage} even if yours is allowed.`);
      break;
    default:
      break;
  }
  return out;
}

/** Words that pick the article's causes matching the certificate problem we saw. */
const CERTIFICATE_CAUSE_WORDS: Record<string, RegExp> = {
  expired: /expir|renew/i,
  'not-yet-valid': /clock|date|time/i,
  'self-signed': /self-signed|self signed/i,
  'unknown-issuer': /intermediate|chain|issuer|\bCA\b/i,
  'untrusted-root': /intermediate|chain|issuer|\bCA\b|root/i,
  'name-mismatch': /\bname|domain|\bIP\b/i,
};

/**
 * Likely causes: what this check saw first, then the article's server-side causes (the bot sees
 * the failure from outside, so the server side is the better bet). A certificate problem keeps
 * only the article's causes about that problem when there are any.
 */
export function likelyCauses(result: CheckResult, article: Article | undefined, max = 4, voice: Voice = DISCORD_VOICE): string[] {
  let observed = observedCauses(result, voice);
  let fromArticle = article ? [...article.sections.causes.server] : [];
  const problem = result.certificate?.problem;
  const words = result.verdict === 'tls-certificate' && problem ? CERTIFICATE_CAUSE_WORDS[problem] : undefined;
  if (words) {
    const all = article ? [...article.sections.causes.server, ...article.sections.causes.client] : [];
    const matching = all.filter((c) => words.test(c));
    if (matching.length > 0) {
      fromArticle = matching;
      observed = [];
    }
  }
  const out = observed.map((c) => plainBullet(c, 300));
  for (const cause of fromArticle) {
    if (out.length >= max) break;
    out.push(plainBullet(cause));
  }
  return out.slice(0, max);
}

function firstSteps(article: Article | undefined, max = 3): string[] {
  if (!article) return [];
  return article.sections.fix.slice(0, max).map((step, i) => `${i + 1}. ${truncate(step.replace(/\s+/g, ' ').trim(), 260)}`);
}

function addressLines(result: CheckResult): string {
  const shown = result.addresses.slice(0, 6).map((a) => `\`${discordCode(a.address, 60)}\` (IPv${a.family})`);
  const more = result.addresses.length - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

function certificateLines(result: CheckResult): string | null {
  const c = result.certificate;
  if (!c) return null;
  const lines = [
    `Subject: ${discordText(c.subject, 120)}`,
    `Issuer: ${discordText(c.issuer, 120)}`,
    `Valid: ${discordText(c.validFrom.slice(0, 10))} → ${discordText(c.validTo.slice(0, 10))} (${c.daysLeft >= 0 ? `${c.daysLeft} days left` : `expired ${-c.daysLeft} days ago`})`,
  ];
  if (c.altNames?.length) lines.push(`Names: ${c.altNames.slice(0, 6).map((n) => discordText(n, 80)).join(', ')}${c.altNames.length > 6 ? ', …' : ''}`);
  if (c.protocol) lines.push(`Protocol: ${discordText(c.protocol, 20)}`);
  return lines.join('\n');
}

/** What the game server said about itself; every text it sent goes through serverText. */
export function gameLines(result: CheckResult): string | null {
  const g = result.game;
  if (!g) return null;
  const lines: string[] = [];
  if (g.name) lines.push(`Name: ${serverText(g.name)}`);
  if (g.players !== null) lines.push(`Players: ${g.players}${g.maxPlayers !== null ? `/${g.maxPlayers}` : ''}`);
  if (g.version) lines.push(`Version: ${serverText(g.version, 60)}`);
  if (g.map) lines.push(`Map: ${serverText(g.map, 60)}`);
  if (g.motd) lines.push(`MOTD: ${serverText(g.motd, 200)}`);
  lines.push(`Latency: ${g.latencyMs} ms (${g.transport.toUpperCase()})`);
  return lines.join('\n');
}

function packBlock(lines: string[], budget = LIMITS.fieldValue): string {
  return packLines(lines, budget) || truncate(lines[0] ?? '', budget);
}

export function renderCheckReply(result: CheckResult, kb: KnowledgeBase | null, options: RenderCheckOptions = { final: true }): Reply {
  const final = options.final;
  const voice = options.voice ?? DISCORD_VOICE;
  const target = result.target;
  const display = target ? discordTitle(target.display, 200) : null;
  const articleId = final && kb ? pickArticle(result.article, (id) => kb.article(id) !== undefined) : null;
  const article = articleId && kb ? kb.article(articleId) : undefined;

  const icon = !final ? '⏳' : result.verdict === 'ok' ? '✅' : result.verdict === 'blocked' || result.verdict === 'invalid' ? '⛔' : '❌';
  const title = !final
    ? `${icon} Checking ${display ?? 'the target'}…`
    : `${icon} ${verdictHeadline(result)}${display ? ` — ${display}` : ''}`;

  const embed: APIEmbed = {
    title: truncate(title, LIMITS.title),
    description: final ? discordText(result.sentence, 1500) : `Checking from ${voice.vantage}…`,
    color: final ? verdictColor(result.verdict) : COLORS.pending,
    fields: [],
    footer: { text: checkFooter(voice) },
  };
  const fields: APIEmbedField[] = [];
  if (result.addresses.length > 0 && target && !target.isIp) fields.push({ name: 'Addresses', value: addressLines(result) });
  const steps = stageLines(result, final);
  if (steps.length > 0) fields.push({ name: final ? `Steps (${result.ms} ms in all)` : 'Steps', value: packBlock(steps) });
  const game = gameLines(result);
  if (game) fields.push({ name: 'Server', value: truncate(game, LIMITS.fieldValue) });
  const cert = certificateLines(result);
  if (cert) fields.push({ name: 'Certificate', value: truncate(cert, LIMITS.fieldValue) });
  if (result.alternatives.length > 0) {
    const alt = result.alternatives.map((a) => `${a.open ? '✅' : '❌'} ${a.port}: ${discordText(a.detail, 100)}`);
    fields.push({ name: 'Other ports on the same server', value: packBlock(alt) });
  }
  if (final) {
    const causes = likelyCauses(result, article, 4, voice);
    if (causes.length > 0) fields.push({ name: 'Likely causes', value: packBlock(causes) });
    const fix = firstSteps(article);
    if (fix.length > 0) fields.push({ name: 'First steps', value: packBlock(fix) });
    if (result.verdict === 'ok' && !answeredInProtocol(result)) {
      fields.push({
        name: 'What this shows',
        value: 'The port accepts connections from the bot. A TCP check cannot tell whether the service behind it works: check it with its own app, or run `/check` with the URL it serves.',
      });
    } else if (result.verdict === 'ok') {
      fields.push({
        name: 'Still failing for you?',
        value:
          `The server answers ${voice.checker}, so the trouble is probably between you and it: your network or ISP, a VPN or proxy, a DNS filter, or an IP/geo-block on your address. Try another network (mobile data) to compare.`,
      });
    }
  }
  if (result.notes.length > 0) fields.push({ name: 'Notes', value: packBlock(result.notes.map((n) => `• ${discordText(n, 400)}`)) });
  embed.fields = fields;

  const reply: Reply = { embeds: fitEmbeds([embed]) };
  const buttons: APIActionRowComponent<APIComponentInMessageActionRow>['components'] = [];
  if (articleId) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Full article', custom_id: truncate(articleButtonId(articleId), LIMITS.customId) });
  }
  // A panel that answers can be asked about one's own line, privately (a form only the asker sees).
  if (final && target?.protocol === 'xtream' && result.verdict === 'ok') buttons.push(lineButton(target.display));
  if (buttons.length > 0) reply.components = [{ type: ComponentType.ActionRow, components: buttons }];
  return reply;
}
