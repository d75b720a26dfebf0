/**
 * The private Xtream line check, rendered: the form (modal) that asks for the server URL,
 * username and password, the "Check my line" button, and the answer (always ephemeral). Pure.
 * Custom ids are encoded and decoded here only; they never carry a credential.
 */
import type { APIEmbed, APIEmbedField } from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from './component-values';
import type { ModalSpec, Reply } from './reply';
import type { KnowledgeBase } from '../knowledge/types';
import type { CredentialIssue, LineCheckResult, LineNote, LineStage } from '../probe/line-check';
import { pickArticle } from '../probe/verdicts';
import type { LineState } from '../probe/xtream-line';
import { messagesFor, type Messages } from './i18n/messages';
import { fitEmbeds, LIMITS, packLines, truncate } from './limits';
import { articleButtonId } from './check';
import { stageDetail, verdictSentence } from './check-words';
import { serverText } from './server-text';
import { LINE_MODAL_ID } from './xtream-ids';

export { lineButton, lineButtonId, LINE_MODAL_ID, XTREAM_PREFIX } from './xtream-ids';
export const LINE_FIELDS = { url: 'url', username: 'username', password: 'password' } as const;

export function lineModal(url: string | null, locale?: string): ModalSpec {
  const t = messagesFor(locale);
  return {
    customId: LINE_MODAL_ID,
    title: t('xtream-modal-title'),
    fields: [
      { customId: LINE_FIELDS.url, label: t('xtream-field-url'), placeholder: 'http://line.example.net:8080', maxLength: 300, value: url ?? undefined },
      { customId: LINE_FIELDS.username, label: t('xtream-field-username'), maxLength: 200 },
      { customId: LINE_FIELDS.password, label: t('xtream-field-password'), maxLength: 200, secret: true },
    ],
  };
}

const STATE_ICON: Record<LineState, string> = {
  active: '✅',
  trial: '🧪',
  expired: '⌛',
  banned: '⛔',
  disabled: '⛔',
  'limit-reached': '📺',
  'wrong-login': '🔒',
  unknown: '❔',
};

export function lineHeadline(state: LineState, locale?: string): string {
  return messagesFor(locale)(`xtream-state-${state}`);
}

function day(iso: string): string {
  return iso.slice(0, 10);
}

function accountLines(t: Messages, r: LineCheckResult): string[] {
  const a = r.account;
  if (!a) return [];
  const lines: string[] = [];
  if (a.status) lines.push(t(a.trial ? 'xtream-status-with-trial' : 'xtream-status', { status: serverText(a.status, 40) }));
  else if (a.trial) lines.push(t('xtream-status-trial'));
  if (a.expiresAt) {
    const d = a.daysLeft ?? 0;
    const past = r.state === 'expired';
    const when = d > 0 ? t('xtream-days-left', { days: d }) : d < 0 ? t('xtream-days-ago', { days: -d }) : past ? t('xtream-expired-today') : t('xtream-less-than-a-day');
    lines.push(t('xtream-expires', { date: day(a.expiresAt), when }));
  } else if (a.unlimited) lines.push(t('xtream-expires-never'));
  else if (r.state !== 'wrong-login') lines.push(t('xtream-expires-unknown'));
  if (a.activeConnections !== null || a.maxConnections !== null) {
    const full = r.state === 'limit-reached';
    lines.push(t(full ? 'xtream-connections-full' : 'xtream-connections', { active: String(a.activeConnections ?? '?'), max: String(a.maxConnections ?? '?') }));
  }
  if (a.formats.length > 0) lines.push(t('xtream-formats', { formats: a.formats.map((f) => serverText(f, 20)).join(', ') }));
  if (a.message) lines.push(t('xtream-panel-message', { message: serverText(a.message, 200) }));
  return lines;
}

function serverLines(t: Messages, r: LineCheckResult): string[] {
  const s = r.server;
  if (!s) return [];
  const lines: string[] = [];
  if (s.url) lines.push(t('xtream-server-url', { url: serverText(s.url, 100) }));
  if (s.port !== null) lines.push(t('xtream-server-port', { port: String(s.port) }));
  if (s.httpsPort !== null) lines.push(t('xtream-server-https-port', { port: String(s.httpsPort) }));
  if (s.timezone) lines.push(t('xtream-server-timezone', { timezone: serverText(s.timezone, 60) }));
  if (s.time) lines.push(t('xtream-server-time', { time: serverText(s.time, 40) }));
  return lines;
}

function differenceLines(t: Messages, r: LineCheckResult): string[] {
  return r.serverDifferences.map((d) => t('xtream-difference', { field: d.field, typed: serverText(d.typed, 80), panel: serverText(d.panel, 80) }));
}

function categoryLines(t: Messages, r: LineCheckResult): string[] {
  return r.categories.map((c) => {
    const what = t('xtream-category', { kind: c.kind });
    if (!c.ok) return t('xtream-category-failed', { what, problem: c.problem ?? '' });
    if (c.count === 0 && !c.atLeast) return t('xtream-category-empty', { what });
    return t('xtream-category-count', { what, count: c.count ?? 0, atLeast: c.atLeast ? 'yes' : 'no' });
  });
}

/** One step of the line check in words: an engine stage's line, or the line check's own step. */
export function lineStageDetail(t: Messages, stage: LineStage): string {
  const f = stage.facts;
  switch (f.kind) {
    case 'stage':
      return stageDetail(t, f.stage);
    case 'not-panel':
      return t('xtream-step-not-panel', { status: String(f.status), why: f.why });
    case 'panel-answered':
      return t('xtream-step-panel-answered', { ms: String(f.ms) });
    case 'category': {
      const c = f.category;
      if (!c.ok) return t('xtream-step-category-failed', { kind: c.kind, problem: c.problem ?? '' });
      return t('xtream-step-category', { kind: c.kind, count: String(c.count ?? 0), atLeast: c.atLeast ? 'yes' : 'no' });
    }
  }
}

function stageLine(t: Messages, s: LineStage): string {
  return `${s.ok ? '✅' : '❌'} ${truncate(lineStageDetail(t, s), 200)}`;
}

/** A refused username or password in words (never the value). */
export function credentialText(issue: CredentialIssue, locale?: string): string {
  const t = messagesFor(locale);
  if (issue.kind === 'too-long') return t('xtream-credential-too-long', { field: issue.field, max: issue.max });
  return t(issue.kind === 'empty' ? 'xtream-credential-empty' : 'xtream-credential-control', { field: issue.field });
}

/** A note of the line check in words. */
export function lineNoteText(note: LineNote, locale?: string): string {
  const t = messagesFor(locale);
  return note.kind === 'credentials-in-url' ? t('xtream-note-credentials-in-url') : t('xtream-note-internal-error', { error: note.error });
}

/** The answer to a line check: ephemeral, always. */
export function renderLineReply(r: LineCheckResult, kb: KnowledgeBase | null, locale?: string): Reply {
  const t = messagesFor(locale);
  const articleId = kb ? pickArticle(r.article, (id) => kb.article(id) !== undefined) : null;
  const article = articleId && kb ? kb.article(articleId) : undefined;
  const where = r.target ? ` — ${r.target.display}` : '';
  const fields: APIEmbedField[] = [];
  let embed: APIEmbed;
  if (r.verdict === 'ok' && r.state) {
    const headline = t(`xtream-state-${r.state}`);
    embed = { title: truncate(`${STATE_ICON[r.state]} ${headline}${where}`, LIMITS.title), description: t(`xtream-state-${r.state}.todo`), color: r.state === 'active' ? 0x2ecc71 : r.state === 'trial' ? 0x3498db : 0xe74c3c };
    const account = accountLines(t, r);
    if (account.length > 0) fields.push({ name: t('xtream-field-line'), value: packLines(account, LIMITS.fieldValue) });
    const diffs = differenceLines(t, r);
    if (diffs.length > 0) {
      fields.push({ name: t('xtream-field-moved'), value: packLines([...diffs, t('xtream-moved-advice')], LIMITS.fieldValue) });
    }
    const server = serverLines(t, r);
    if (server.length > 0) fields.push({ name: t('xtream-field-server'), value: packLines(server, LIMITS.fieldValue) });
    const categories = categoryLines(t, r);
    if (categories.length > 0) fields.push({ name: t('xtream-field-categories'), value: packLines(categories, LIMITS.fieldValue) });
  } else {
    const description = r.credential ? credentialText(r.credential, locale) : r.facts ? verdictSentence(t, r.facts) : '';
    embed = { title: truncate(`${t('xtream-not-checked')}${where}`, LIMITS.title), description, color: 0xe67e22 };
    const steps = r.stages.map((s) => stageLine(t, s));
    if (steps.length > 0) fields.push({ name: t('xtream-field-steps'), value: packLines(steps, LIMITS.fieldValue) });
  }
  if (article) {
    const first = article.sections.fix.slice(0, 3).map((s, i) => `${i + 1}. ${truncate(s.replace(/\s+/g, ' ').trim(), 240)}`);
    if (first.length > 0) fields.push({ name: truncate(t('xtream-field-todo', { article: article.title }), LIMITS.fieldName), value: packLines(first, LIMITS.fieldValue) });
  }
  if (r.notes.length > 0) fields.push({ name: t('xtream-field-notes'), value: packLines(r.notes.map((n) => `• ${truncate(lineNoteText(n, locale), 300)}`), LIMITS.fieldValue) });
  embed.fields = fields;
  embed.footer = { text: t('xtream-footer') };
  const reply: Reply = { embeds: fitEmbeds([embed]), ephemeral: true };
  if (articleId) {
    reply.components = [
      { type: ComponentType.ActionRow, components: [{ type: ComponentType.Button, style: ButtonStyle.Secondary, label: t('xtream-full-article'), custom_id: truncate(articleButtonId(articleId), LIMITS.customId) }] },
    ];
  }
  return reply;
}
