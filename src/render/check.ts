/**
 * The reply for a check: one embed (target, addresses, one line per stage, the verdict sentence,
 * likely causes and first fix steps from the knowledge base narrowed by what the probe saw, other
 * ports, notes) and a "Full article" button, in the reader's language (`locale`; words from
 * check-words.ts and check.ftl). Pure: result + knowledge base in, Reply out. While a check runs
 * (`final: false`) the stages not reached yet show as ⏳. Stage labels, verdict colours and
 * headlines are defined here, once.
 */
import type {
  APIActionRowComponent,
  APIComponentInMessageActionRow,
  APIEmbed,
  APIEmbedField,
} from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from './component-values';
import { explainIds } from './custom-ids/explain';
import type { Reply } from './reply';
import type { Article, KnowledgeBase } from '../knowledge/types';
import { plannedStages } from '../probe/stages';
import { pickArticle } from '../probe/verdicts';
import type { CheckResult, StageResult, Verdict } from '../probe/types';
import { alternativeDetail, noteText, serviceLabel, stageDetail, stageLabel, verdictSentence, type CheckAudience } from './check-words';
import { messagesFor, type Messages } from './i18n/messages';
import { fitEmbeds, LIMITS, packLines, truncate } from './limits';
import { discordCode, discordText, discordTitle } from './sanitize';
import { serverText } from './server-text';
import { lineButton } from './xtream-ids';
import { DISCORD_VOICE, type Voice } from './voice';

/** The footer of every check reply, in the reader's voice and language (CHECK_FOOTER is Discord's, in English). */
export function checkFooter(voice: Voice = DISCORD_VOICE, t: Messages = messagesFor('en')): string {
  return t('check-footer', { voice: voice.id });
}

export const CHECK_FOOTER = checkFooter(DISCORD_VOICE);

/** How a blocked check's hint is put for this reader. */
export function audienceOf(voice: Voice = DISCORD_VOICE): CheckAudience {
  return voice.id === 'cli' ? 'cli' : 'chat';
}

export interface RenderCheckOptions {
  /** False while the check still runs: pending stages show ⏳ and no verdict yet. */
  final: boolean;
  /** Whose words: Discord's (default), console mode's or the CLI's. */
  voice?: Voice;
  /** The reader's language (Discord locale or CLI --locale); English when absent. */
  locale?: string | null;
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

/** True when the service answered in its own protocol (not just a TCP connect). */
export function answeredInProtocol(result: CheckResult): boolean {
  if (result.verdict !== 'ok') return false;
  if (result.target?.protocol !== 'tcp') return true;
  const kind = result.service?.kind;
  return kind === 'banner' || kind === 'tls' || kind === 'http';
}

export function verdictHeadline(result: CheckResult, t: Messages = messagesFor('en')): string {
  if (result.verdict === 'ok' && result.target?.protocol === 'xtream') return t('check-headline-xtream-panel');
  if (result.verdict === 'ok' && result.target?.protocol === 'tcp') {
    const service = result.service;
    if (service?.kind === 'banner') return t('check-headline-answers-in', { service: serviceLabel(t, service.name) });
    if (service?.kind === 'tls') return t('check-headline-answers-tls');
    if (service?.kind === 'http') return t('check-headline-answers-http');
    return t('check-headline-port-open');
  }
  if (result.verdict === 'ok' && result.game) return t('check-headline-online');
  if (result.verdict === 'http-status' && result.httpStatus !== undefined) {
    if (result.target?.protocol === 'xtream' && result.httpStatus < 400) return t('check-headline-no-xtream-panel');
    return `HTTP ${result.httpStatus}`;
  }
  return t(`check-headline-${result.verdict}`);
}

export function articleButtonId(id: string): string {
  return explainIds.encode({ kind: 'article', articleId: id, page: 1 });
}

function stageLine(t: Messages, s: StageResult): string {
  const detail = discordText(stageDetail(t, s), 200);
  // Most details already say how long they took; add the time only when they don't.
  const time = /\b\d+ ms\b/.test(detail) ? '' : ` · ${s.ms} ms`;
  return `${s.ok ? '✅' : '❌'} **${stageLabel(t, s.name)}** ${detail}${time}`;
}

function stageLines(t: Messages, result: CheckResult, final: boolean): string[] {
  const lines = result.stages.map((s) => stageLine(t, s));
  if (!final && result.target) {
    const done = new Set(result.stages.map((s) => s.name));
    const failed = result.stages.some((s) => !s.ok);
    if (!failed) for (const name of plannedStages(result.target)) if (!done.has(name)) lines.push(`⏳ **${stageLabel(t, name)}**`);
  }
  return lines;
}

function plainBullet(text: string, max = 240): string {
  return `• ${truncate(text.replace(/\s+/g, ' ').trim(), max)}`;
}

/** Observations from this check that say more than the article's generic list. */
export function observedCauses(result: CheckResult, voice: Voice = DISCORD_VOICE, t: Messages = messagesFor('en')): string[] {
  const out: string[] = [];
  const open = result.alternatives.filter((a) => a.open);
  const port = result.target?.port;
  switch (result.verdict) {
    case 'refused':
    case 'timeout':
      if (result.stages.some((s) => s.name === 'tcp' && s.ok)) break;
      if (open.length > 0) {
        const list = open.slice(0, 3).map((a) => `${a.port} ${discordText(alternativeDetail(t, a), 60)}`).join(', ');
        out.push(t('check-cause-wrong-port', { port: String(port ?? ''), list }));
      } else if (result.alternatives.length > 0) {
        out.push(t('check-cause-nothing-elsewhere', { voice: voice.id }));
      }
      if (result.verdict === 'timeout') out.push(t('check-cause-silent-firewall'));
      break;
    case 'tls-certificate':
      switch (result.certificate?.problem) {
        case 'expired':
          out.push(t('check-cause-cert-expired'));
          break;
        case 'not-yet-valid':
          out.push(t('check-cause-cert-not-yet-valid'));
          break;
        case 'self-signed':
          out.push(t('check-cause-cert-self-signed'));
          break;
        case 'unknown-issuer':
        case 'untrusted-root':
          out.push(t('check-cause-cert-issuer'));
          break;
        case 'name-mismatch':
          out.push(t('check-cause-cert-name'));
          break;
        default:
          break;
      }
      break;
    case 'udp-refused':
      out.push(t('check-cause-udp-refused', { port: String(port ?? '') }));
      break;
    case 'udp-no-answer':
      out.push(t('check-cause-udp-no-answer', { port: String(port ?? '') }));
      break;
    case 'game-mismatch':
      out.push(t('check-cause-game-mismatch'));
      break;
    case 'not-http':
      out.push(t('check-cause-not-http'));
      break;
    case 'http-status':
      if (result.httpStatus === 403) out.push(t('check-cause-http-403', { voice: voice.id }));
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
export function likelyCauses(result: CheckResult, article: Article | undefined, max = 4, voice: Voice = DISCORD_VOICE, t: Messages = messagesFor('en')): string[] {
  let observed = observedCauses(result, voice, t);
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

function addressLines(t: Messages, result: CheckResult): string {
  const shown = result.addresses.slice(0, 6).map((a) => `\`${discordCode(a.address, 60)}\` (IPv${a.family})`);
  const more = result.addresses.length - shown.length;
  return more > 0 ? t('check-addresses-more', { list: shown.join(', '), more: String(more) }) : shown.join(', ');
}

function certificateLines(t: Messages, result: CheckResult): string | null {
  const c = result.certificate;
  if (!c) return null;
  const left = c.daysLeft >= 0 ? t('check-cert-days-left', { days: String(c.daysLeft) }) : t('check-cert-expired-days-ago', { days: String(-c.daysLeft) });
  const lines = [
    t('check-cert-subject', { value: discordText(c.subject, 120) }),
    t('check-cert-issuer', { value: discordText(c.issuer, 120) }),
    t('check-cert-valid', { from: discordText(c.validFrom.slice(0, 10)), to: discordText(c.validTo.slice(0, 10)), left }),
  ];
  if (c.altNames?.length) lines.push(t('check-cert-names', { list: `${c.altNames.slice(0, 6).map((n) => discordText(n, 80)).join(', ')}${c.altNames.length > 6 ? ', …' : ''}` }));
  if (c.protocol) lines.push(t('check-cert-protocol', { value: discordText(c.protocol, 20) }));
  return lines.join('\n');
}

/** What the game server said about itself; every text it sent goes through serverText. */
export function gameLines(result: CheckResult, t: Messages = messagesFor('en')): string | null {
  const g = result.game;
  if (!g) return null;
  const lines: string[] = [];
  if (g.name) lines.push(t('check-game-name', { value: serverText(g.name) }));
  if (g.players !== null) lines.push(t('check-game-players', { value: `${g.players}${g.maxPlayers !== null ? `/${g.maxPlayers}` : ''}` }));
  if (g.version) lines.push(t('check-game-version', { value: serverText(g.version, 60) }));
  if (g.map) lines.push(t('check-game-map', { value: serverText(g.map, 60) }));
  if (g.motd) lines.push(t('check-game-motd', { value: serverText(g.motd, 200) }));
  lines.push(t('check-game-latency', { ms: String(g.latencyMs), transport: g.transport.toUpperCase() }));
  return lines.join('\n');
}

function packBlock(lines: string[], budget = LIMITS.fieldValue): string {
  return packLines(lines, budget) || truncate(lines[0] ?? '', budget);
}

export function renderCheckReply(result: CheckResult, kb: KnowledgeBase | null, options: RenderCheckOptions = { final: true }): Reply {
  const final = options.final;
  const voice = options.voice ?? DISCORD_VOICE;
  const t = messagesFor(options.locale);
  const target = result.target;
  const display = target ? discordTitle(target.display, 200) : null;
  const articleId = final && kb ? pickArticle(result.article, (id) => kb.article(id) !== undefined) : null;
  const article = articleId && kb ? kb.article(articleId) : undefined;

  const icon = !final ? '⏳' : result.verdict === 'ok' ? '✅' : result.verdict === 'blocked' || result.verdict === 'invalid' ? '⛔' : '❌';
  const title = !final
    ? `${icon} ${t('check-title-checking', { target: display ?? t('check-the-target') })}`
    : `${icon} ${verdictHeadline(result, t)}${display ? ` — ${display}` : ''}`;
  const sentence = result.facts ? verdictSentence(t, result.facts, audienceOf(voice)) : '';

  const embed: APIEmbed = {
    title: truncate(title, LIMITS.title),
    description: final ? discordText(sentence, 1500) : t('check-checking-from', { voice: voice.id }),
    color: final ? verdictColor(result.verdict) : COLORS.pending,
    fields: [],
    footer: { text: checkFooter(voice, t) },
  };
  const fields: APIEmbedField[] = [];
  if (result.addresses.length > 0 && target && !target.isIp) fields.push({ name: t('check-field-addresses'), value: addressLines(t, result) });
  const steps = stageLines(t, result, final);
  if (steps.length > 0) fields.push({ name: final ? t('check-field-steps-done', { ms: String(result.ms) }) : t('check-field-steps'), value: packBlock(steps) });
  const game = gameLines(result, t);
  if (game) fields.push({ name: t('check-field-server'), value: truncate(game, LIMITS.fieldValue) });
  const cert = certificateLines(t, result);
  if (cert) fields.push({ name: t('check-field-certificate'), value: truncate(cert, LIMITS.fieldValue) });
  if (result.alternatives.length > 0) {
    const alt = result.alternatives.map((a) => `${a.open ? '✅' : '❌'} ${a.port}: ${discordText(alternativeDetail(t, a), 100)}`);
    fields.push({ name: t('check-field-other-ports'), value: packBlock(alt) });
  }
  if (final) {
    const causes = likelyCauses(result, article, 4, voice, t);
    if (causes.length > 0) fields.push({ name: t('check-field-causes'), value: packBlock(causes) });
    const fix = firstSteps(article);
    if (fix.length > 0) fields.push({ name: t('check-field-first-steps'), value: packBlock(fix) });
    if (result.verdict === 'ok' && !answeredInProtocol(result)) {
      fields.push({ name: t('check-field-what-this-shows'), value: t('check-what-this-shows') });
    } else if (result.verdict === 'ok') {
      fields.push({ name: t('check-field-still-failing'), value: t('check-still-failing', { voice: voice.id }) });
    }
  }
  if (result.notes.length > 0) fields.push({ name: t('check-field-notes'), value: packBlock(result.notes.map((n) => `• ${discordText(noteText(t, n), 400)}`)) });
  embed.fields = fields;

  const reply: Reply = { embeds: fitEmbeds([embed]) };
  const buttons: APIActionRowComponent<APIComponentInMessageActionRow>['components'] = [];
  if (articleId) {
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: t('check-button-article'), custom_id: truncate(articleButtonId(articleId), LIMITS.customId) });
  }
  // A panel that answers can be asked about one's own line, privately (a form only the asker sees).
  if (final && target?.protocol === 'xtream' && result.verdict === 'ok') buttons.push(lineButton(target.display));
  if (buttons.length > 0) reply.components = [{ type: ComponentType.ActionRow, components: buttons }];
  return reply;
}
