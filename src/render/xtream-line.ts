/**
 * The private Xtream line check, rendered: the form (modal) that asks for the server URL,
 * username and password, the "Check my line" button, and the answer (always ephemeral). Pure.
 * Custom ids are encoded and decoded here only; they never carry a credential.
 */
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from './component-values';
import type { ModalSpec, Reply } from './reply';
import type { KnowledgeBase } from '../knowledge/types';
import type { LineCheckResult } from '../probe/line-check';
import { pickArticle } from '../probe/verdicts';
import type { LineState } from '../probe/xtream-line';
import { fitEmbeds, LIMITS, packLines, truncate } from './limits';
import { articleButtonId } from './check';
import { serverText } from './server-text';
import { LINE_MODAL_ID } from './xtream-ids';

export { lineButton, lineButtonId, LINE_MODAL_ID, XTREAM_PREFIX } from './xtream-ids';
export const LINE_FIELDS = { url: 'url', username: 'username', password: 'password' } as const;

export function lineModal(url: string | null): ModalSpec {
  return {
    customId: LINE_MODAL_ID,
    title: 'Check my IPTV line (private)',
    fields: [
      { customId: LINE_FIELDS.url, label: 'Server URL (from your provider)', placeholder: 'http://line.example.net:8080', maxLength: 300, value: url ?? undefined },
      { customId: LINE_FIELDS.username, label: 'Username', maxLength: 200 },
      { customId: LINE_FIELDS.password, label: 'Password (only sent to your panel)', maxLength: 200, secret: true },
    ],
  };
}

const STATE_TEXT: Record<LineState, { icon: string; headline: string; todo: string }> = {
  active: { icon: '✅', headline: 'Line active', todo: 'Your login works and the line is active. If channels still fail, the problem is the app or one stream: clear the app cache, use an output format the line allows, and try another network.' },
  trial: { icon: '🧪', headline: 'Trial line', todo: 'This is a trial line: it works until the date below, then stops. Ask your provider to turn it into a paid line before then.' },
  expired: { icon: '⌛', headline: 'Line expired', todo: 'Your subscription has ended: renew it with your provider. The panel itself is working, so nothing on your device needs fixing.' },
  banned: { icon: '⛔', headline: 'Line banned', todo: 'The provider has banned this line (often for sharing it or using it from too many IP addresses). Contact the provider: only they can lift a ban.' },
  disabled: { icon: '⛔', headline: 'Line disabled', todo: 'The provider has switched this line off (unpaid, paused or under review). Contact the provider; reinstalling the app will not help.' },
  'limit-reached': { icon: '📺', headline: 'Connection limit reached', todo: 'Limit reached: close the app on another device (or stop a stream left running), wait a minute, then try again. A bigger plan allows more devices.' },
  'wrong-login': { icon: '🔒', headline: 'Wrong username or password', todo: 'The panel answers but rejects this login. Copy the username and password again from the provider (they are case-sensitive, watch for spaces); if they are right, the line was deleted or the provider moved you to another panel.' },
  unknown: { icon: '❔', headline: 'Line status unclear', todo: 'The panel answered with a status this check does not know. Ask your provider what it means.' },
};

export function lineHeadline(state: LineState): string {
  return STATE_TEXT[state].headline;
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function accountLines(r: LineCheckResult): string[] {
  const a = r.account;
  if (!a) return [];
  const lines: string[] = [];
  if (a.status) lines.push(`Status: ${serverText(a.status, 40)}${a.trial ? ' (trial)' : ''}`);
  else if (a.trial) lines.push('Status: trial');
  if (a.expiresAt) {
    const d = a.daysLeft ?? 0;
    const past = r.state === 'expired';
    const when = d > 0 ? `${d} day${d === 1 ? '' : 's'} left` : d < 0 ? `${-d} day${d === -1 ? '' : 's'} ago` : past ? 'today' : 'less than a day left';
    lines.push(`Expires: ${day(a.expiresAt)} (${when})`);
  } else if (a.unlimited) lines.push('Expires: never (no end date)');
  else if (r.state !== 'wrong-login') lines.push('Expires: the panel did not say');
  if (a.activeConnections !== null || a.maxConnections !== null) {
    const full = r.state === 'limit-reached';
    lines.push(`Connections: ${a.activeConnections ?? '?'} of ${a.maxConnections ?? '?'} in use${full ? ' — ⚠️ limit reached: close the app on another device' : ''}`);
  }
  if (a.formats.length > 0) lines.push(`Allowed formats: ${a.formats.map((f) => serverText(f, 20)).join(', ')}`);
  if (a.message) lines.push(`Panel message: ${serverText(a.message, 200)}`);
  return lines;
}

function serverLines(r: LineCheckResult): string[] {
  const s = r.server;
  if (!s) return [];
  const lines: string[] = [];
  if (s.url) lines.push(`URL: ${serverText(s.url, 100)}`);
  if (s.port !== null) lines.push(`Port: ${s.port}`);
  if (s.httpsPort !== null) lines.push(`HTTPS port: ${s.httpsPort}`);
  if (s.timezone) lines.push(`Time zone: ${serverText(s.timezone, 60)}`);
  if (s.time) lines.push(`Panel time: ${serverText(s.time, 40)}`);
  return lines;
}

function differenceLines(r: LineCheckResult): string[] {
  return r.serverDifferences.map((d) => `⚠️ You typed ${d.field === 'url' ? 'host' : d.field.replace('_', ' ')} ${serverText(d.typed, 80)}, the panel says ${serverText(d.panel, 80)}`);
}

const CATEGORY_LABELS = { live: 'Live TV', vod: 'Movies (VOD)', series: 'Series' } as const;

function categoryLines(r: LineCheckResult): string[] {
  return r.categories.map((c) =>
    c.ok
      ? `✅ ${CATEGORY_LABELS[c.kind]}: ${c.atLeast ? 'at least ' : ''}${c.count} categor${c.count === 1 ? 'y' : 'ies'}${c.count === 0 ? ' (empty: the package has none)' : ''}`
      : `❌ ${CATEGORY_LABELS[c.kind]}: did not load (${c.problem})`,
  );
}

function stageLine(s: LineCheckResult['stages'][number]): string {
  return `${s.ok ? '✅' : '❌'} ${truncate(s.detail, 200)}`;
}

/** The answer to a line check: ephemeral, always. */
export function renderLineReply(r: LineCheckResult, kb: KnowledgeBase | null): Reply {
  const articleId = kb ? pickArticle(r.article, (id) => kb.article(id) !== undefined) : null;
  const article = articleId && kb ? kb.article(articleId) : undefined;
  const where = r.target ? ` — ${r.target.display}` : '';
  const fields: APIEmbedField[] = [];
  let embed: APIEmbed;
  if (r.verdict === 'ok' && r.state) {
    const text = STATE_TEXT[r.state];
    embed = { title: truncate(`${text.icon} ${text.headline}${where}`, LIMITS.title), description: text.todo, color: r.state === 'active' ? 0x2ecc71 : r.state === 'trial' ? 0x3498db : 0xe74c3c };
    const account = accountLines(r);
    if (account.length > 0) fields.push({ name: 'Your line', value: packLines(account, LIMITS.fieldValue) });
    const diffs = differenceLines(r);
    if (diffs.length > 0) {
      fields.push({ name: 'The panel moved?', value: packLines([...diffs, 'The provider may have moved the panel: use the address the panel reports, or ask the provider for the new URL.'], LIMITS.fieldValue) });
    }
    const server = serverLines(r);
    if (server.length > 0) fields.push({ name: "The panel's own server info", value: packLines(server, LIMITS.fieldValue) });
    const categories = categoryLines(r);
    if (categories.length > 0) fields.push({ name: 'Channel lists', value: packLines(categories, LIMITS.fieldValue) });
  } else {
    embed = { title: truncate(`❌ Line not checked${where}`, LIMITS.title), description: r.sentence, color: 0xe67e22 };
    const steps = r.stages.map(stageLine);
    if (steps.length > 0) fields.push({ name: 'Steps', value: packLines(steps, LIMITS.fieldValue) });
  }
  if (article) {
    const first = article.sections.fix.slice(0, 3).map((s, i) => `${i + 1}. ${truncate(s.replace(/\s+/g, ' ').trim(), 240)}`);
    if (first.length > 0) fields.push({ name: `What to do (${article.title})`, value: packLines(first, LIMITS.fieldValue) });
  }
  if (r.notes.length > 0) fields.push({ name: 'Notes', value: packLines(r.notes.map((n) => `• ${truncate(n, 300)}`), LIMITS.fieldValue) });
  embed.fields = fields;
  embed.footer = { text: 'Only you can see this. Your password was sent to your panel only, and is not stored or logged.' };
  const reply: Reply = { embeds: fitEmbeds([embed]), ephemeral: true };
  if (articleId) {
    reply.components = [
      { type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'Full article', custom_id: truncate(articleButtonId(articleId), LIMITS.customId) }] },
    ];
  }
  return reply;
}
