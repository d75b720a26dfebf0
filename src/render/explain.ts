/**
 * Embeds for explain replies, full articles (paged) and FAQ entries. Pure functions: they return
 * Reply / APIEmbed data and never talk to Discord.
 *
 * Custom ids: `explain:article:<id>:<page>` opens the full article (a new ephemeral message),
 * `explain:page:<id>:<page>` turns its pages (updates that message in place),
 * `explain:show:<id>` shows the explain reply for another article.
 *
 * The `build*` functions return embeds as composed (not fitted), so the linter can check that
 * every article fits Discord's limits without truncation; the `render*` functions fit them.
 *
 * Words come from the `explain-` messages (locales/<locale>/explain.ftl) in the reader's
 * `locale` (English when none is given); article text comes from the knowledge base given, so
 * callers pass a localized view (knowledge/i18n) and the same locale.
 */
import type {
  APIActionRowComponent,
  APIButtonComponentWithCustomId,
  APIComponentInMessageActionRow,
  APIEmbed,
} from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from './component-values';
import type { Reply } from './reply';
import { evidenceText } from './evidence';
import type { Article, FaqEntry, KnowledgeBase } from '../knowledge/types';
import type { ErrorContext, Match, MatchResult } from '../matcher/match';
import { messagesFor, type Messages } from './i18n/messages';
import { count, decimal } from './i18n/numbers';
import { fitEmbed, LIMITS, packLines, truncate } from './limits';
import { portHintText, serviceName } from './port-words';
import { cleanText, discordCode, discordText } from './sanitize';
import { DISCORD_VOICE, type Voice } from './voice';
import { NO_TARGET, voteRow } from './votes';
import { explainIds } from './custom-ids/explain';

export const CATEGORY_COLORS: Record<string, number> = {
  connection: 0xe67e22,
  dns: 0x3498db,
  tls: 0x9b59b6,
  http: 0xe74c3c,
  iptv: 0x1abc9c,
  proxy: 0x95a5a6,
  local: 0xf1c40f,
};
const DEFAULT_COLOR = 0x5865f2;
const NO_MATCH_COLOR = 0x747f8d;

export function categoryColor(category: string): number {
  return CATEGORY_COLORS[category] ?? DEFAULT_COLOR;
}

/** Room kept free in a description/field so composed text never needs truncating. */
const FIELD_BUDGET = LIMITS.fieldValue;
const PAGE_BUDGET = 3900;

export function articleCustomId(id: string, page: number): string {
  return explainIds.encode({ kind: 'article', articleId: id, page });
}

/** A page button on the full article: pressing it updates the message it sits on. */
export function pageCustomId(id: string, page: number): string {
  return explainIds.encode({ kind: 'page', articleId: id, page });
}

export function showCustomId(id: string): string {
  return explainIds.encode({ kind: 'show', articleId: id });
}

function button(customId: string, label: string, style: (typeof ButtonStyle)[keyof typeof ButtonStyle], disabled = false): APIButtonComponentWithCustomId {
  const b: APIButtonComponentWithCustomId = { type: ComponentType.Button, style, custom_id: customId, label: truncate(label, LIMITS.buttonLabel) };
  if (disabled) b.disabled = true;
  return b;
}

function row(components: APIButtonComponentWithCustomId[]): APIActionRowComponent<APIComponentInMessageActionRow> {
  return { type: ComponentType.ActionRow, components: components.slice(0, LIMITS.buttonsPerRow) };
}

const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1', '0.0.0.0']);
const PLACEHOLDER_HOSTS = ['example.com', 'example.org', 'example.net', 'server.example', 'host.example', '<host>'];

/**
 * What filling a line with a host and port could change, worked out once per article block:
 * the placeholder host it names (the first of PLACEHOLDER_HOSTS it holds), and whether a port
 * could go in at all. A line with neither comes out as it is, whatever the paste said.
 */
interface CommandLine {
  text: string;
  placeholder: string | null;
  /** `<port>`, or a listener check (`:8080`) that replaceListenerPort would rewrite. */
  portSlot: boolean;
}

/** Article blocks are few (the knowledge base's) and long-lived: parsed once each, bounded anyway. */
const commandLines = new Map<string, CommandLine[] | null>();
const COMMAND_CACHE_MAX = 4096;

/** The block's lines, or null when no line can change (the block is used as it is). */
function linesOf(block: string): CommandLine[] | null {
  let lines = commandLines.get(block);
  if (lines !== undefined) return lines;
  const parsed = block.split('\n').map((text) => ({
    text,
    placeholder: PLACEHOLDER_HOSTS.find((ph) => text.includes(ph)) ?? null,
    portSlot: text.includes('<port>') || replaceListenerPort(text, 0) !== text,
  }));
  lines = parsed.some((l) => l.placeholder !== null || l.portSlot) ? parsed : null;
  if (commandLines.size >= COMMAND_CACHE_MAX) commandLines.clear();
  commandLines.set(block, lines);
  return lines;
}

/** Put the user's host and port into an article's test commands. */
export function fillCommands(block: string, context: ErrorContext): string {
  if (!context.host && context.port === undefined) return block;
  const lines = linesOf(block);
  if (!lines) return block;
  // The pasted host, made safe once for every line (not once per line that names a host).
  let host: string | undefined;
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    let text = line.text;
    let hostAt = -1;
    if (line.placeholder !== null) {
      const ph = line.placeholder;
      hostAt = text.indexOf(ph);
      if (context.host) {
        if (host === undefined) {
          const pasted = discordCode(context.host, 255);
          host = pasted.includes(':') && !pasted.startsWith('[') ? `[${pasted}]` : pasted;
        }
        // A function, so that a `$` in the pasted host is never read as a replacement pattern.
        const safeHost = host;
        text = text.replaceAll(ph, () => safeHost);
      }
    }
    if (context.port !== undefined && (hostAt >= 0 || line.portSlot)) {
      text = text.replaceAll('<port>', String(context.port));
      if (hostAt >= 0) text = replaceFirstPortAfter(text, hostAt, context.port);
      else text = replaceListenerPort(text, context.port);
    }
    out = i === 0 ? text : out + '\n' + text;
  }
  return out;
}

/** In a listener check without a host (`findstr :8080`, `grep :8080`, `-iTCP:8080`), use the user's port. */
function replaceListenerPort(line: string, port: number): string {
  const at = line.indexOf(':');
  if (at < 0) return line;
  let j = at + 1;
  while (j < line.length && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
  if (j - at - 1 < 2 || j - at - 1 > 5 || (j < line.length && line[j] !== ' ')) return line;
  return line.slice(0, at + 1) + String(port) + line.slice(j);
}

/** Replace the first port-looking number at or after `from` (`:8080`, ` 443`, `-Port 443`). */
function replaceFirstPortAfter(line: string, from: number, port: number): string {
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c < 48 || c > 57) continue;
    const prev = line[i - 1];
    if (prev !== ':' && prev !== ' ') continue;
    let j = i;
    while (j < line.length && line.charCodeAt(j) >= 48 && line.charCodeAt(j) <= 57) j++;
    const next = line[j];
    if (j - i >= 2 && j - i <= 5 && (next === undefined || next === ' ' || next === '/' || next === '"' || next === "'")) {
      return line.slice(0, i) + String(port) + line.slice(j);
    }
    i = j;
  }
  return line;
}

/** Words of the context that make a cause more relevant. */
function contextWords(context: ErrorContext): string[] {
  const words: string[] = [];
  if (context.tool) words.push(context.tool);
  if (context.service) words.push(context.service.name.toLowerCase().split(' ')[0]!);
  if (context.host && LOOPBACK.has(context.host)) words.push('localhost', '127.0.0.1', 'docker');
  if (context.port !== undefined) words.push(String(context.port), 'port');
  if (context.tool === 'docker') words.push('container');
  if (context.tool === 'browser') words.push('browser', 'extension', 'antivirus');
  if (context.tool === 'iptv') words.push('provider', 'panel', 'playlist');
  return words;
}

/** Causes in lower case, once per article's list. */
const lowerCauses = new WeakMap<readonly string[], string[]>();

/**
 * The first `limit` causes ordered by how many of the context's words each names (stable: the
 * article's order breaks ties).
 */
function narrowByWords(causes: readonly string[], words: readonly string[], limit: number): string[] {
  if (!words.length || causes.length < 2) return causes.slice(0, limit);
  let lower = lowerCauses.get(causes);
  if (!lower) lowerCauses.set(causes, (lower = causes.map((c) => c.toLowerCase())));
  const scores = lower.map((c) => words.filter((w) => c.includes(w)).length);
  return causes
    .map((_, i) => i)
    .sort((a, b) => scores[b]! - scores[a]! || a - b)
    .slice(0, limit)
    .map((i) => causes[i]!);
}

function describeContext(context: ErrorContext, t: Messages): string {
  const parts: string[] = [];
  // Everything here was read from pasted text: shown as data, never as markdown.
  if (context.tool) parts.push(t('explain-seen-tool', { tool: context.tool === 'browser' ? t('explain-tool-browser') : discordText(context.tool, 40) }));
  if (context.host) parts.push(t('explain-seen-host', { host: discordCode(context.host, 255) }));
  if (context.port !== undefined) {
    const port = String(context.port);
    parts.push(context.service ? `${t('explain-seen-port', { port })} (${discordText(serviceName(context.service, t), 60)})` : t('explain-seen-port', { port }));
  } else if (context.service) parts.push(discordText(serviceName(context.service, t), 60));
  if (context.errno !== undefined) parts.push(`errno ${context.errno}`);
  if (context.httpStatus !== undefined) parts.push(`HTTP ${context.httpStatus}`);
  if (context.exitCode !== undefined && context.tool === 'curl') parts.push(t('explain-seen-curl-exit', { code: String(context.exitCode) }));
  return parts.length ? t('explain-seen', { parts: parts.join(' · ') }) : '';
}

/** "Matched code ECONNREFUSED and phrase "…" · confidence 0.93" */
export function matchFooter(match: Match, confident: boolean, alternatives = 0, locale?: string | null): string {
  const t = messagesFor(locale);
  const strong = match.evidence.filter((e) => e.kind !== 'keywords').slice(0, 3);
  const labels = strong.length ? strong : match.evidence.slice(0, 1);
  // Evidence labels quote the pasted text; a footer shows no markdown, but cleaning still applies.
  const clean = labels.map((l) => cleanText(evidenceText(l, t), 120));
  let how = clean.length > 1 ? t('explain-footer-list', { items: clean.slice(0, -1).join(', '), last: clean[clean.length - 1]! }) : (clean[0] ?? t('explain-footer-weak'));
  how = truncate(how, 300);
  const unsure = alternatives > 0 ? t('explain-footer-unsure-compare', { field: t('explain-field-could-also-be') }) : t('explain-footer-unsure-alone');
  const footer = t('explain-footer', { how, confidence: decimal(match.confidence, 2, locale) });
  return confident ? footer : `${footer} · ${unsure}`;
}

/** The English article headings, in file order (every article has these ten). */
const EN_HEADINGS = ['What it means', 'Common causes', 'Server side', 'Client side', 'How to fix', 'Test it', 'Windows', 'macOS', 'Linux', 'Related'] as const;
type HeadingKey = 'meaning' | 'causes' | 'server' | 'client' | 'fix' | 'test' | 'related';
const HEADING_INDEX: Record<HeadingKey, number> = { meaning: 0, causes: 1, server: 2, client: 3, fix: 4, test: 5, related: 9 };

/**
 * A section heading of a translated article (knowledge/i18n keeps the English heading order),
 * or the catalogue's (`fallback`, already in the reader's words) for an English article.
 */
function heading(article: Article, key: HeadingKey, fallback: string): string {
  const translated = (article as Article & { headings?: string[] | null }).headings;
  if (!translated || translated.length !== EN_HEADINGS.length) return fallback;
  return translated[HEADING_INDEX[key]] || fallback;
}

/** An article's title in the knowledge base given (a localized view translates it), else the match's. */
function titleOf(kb: KnowledgeBase, m: { id: string; title: string }): string {
  return kb.article(m.id)?.title ?? m.title;
}

function causesField(article: Article, context: ErrorContext, t: Messages): string {
  const lines: string[] = [];
  if (context.port !== undefined && (article.category === 'connection' || article.category === 'proxy')) {
    const hint = portHintText(context.port, t);
    lines.push(`• ${hint.charAt(0).toUpperCase()}${hint.slice(1)}`);
  }
  const words = contextWords(context);
  const server = narrowByWords(article.sections.causes.server, words, 3);
  const client = narrowByWords(article.sections.causes.client, words, 2);
  if (server.length) lines.push(`**${heading(article, 'server', t('explain-heading-server'))}**`);
  for (const c of server) lines.push(`• ${c}`);
  if (client.length) lines.push(`**${heading(article, 'client', t('explain-heading-your-side'))}**`);
  for (const c of client) lines.push(`• ${c}`);
  return packLines(lines, FIELD_BUDGET);
}

/** The first steps depend on the article alone: packed once per article (and per localized view). */
const stepsCache = new WeakMap<Article, string>();

function stepsField(article: Article): string {
  let steps = stepsCache.get(article);
  if (steps === undefined) {
    steps = packLines(
      article.sections.fix.slice(0, 3).map((s, i) => `${i + 1}. ${s}`),
      FIELD_BUDGET,
    );
    stepsCache.set(article, steps);
  }
  return steps;
}

function testField(article: Article, context: ErrorContext): string {
  const t = article.sections.test;
  const win = fillCommands(t.windows, context);
  const mac = fillCommands(t.macos, context);
  const linux = fillCommands(t.linux, context);
  const blocks: string[] = [];
  if (win) blocks.push(`Windows\n\`\`\`powershell\n${win}\n\`\`\``);
  if (linux && mac === linux) blocks.push(`macOS / Linux\n\`\`\`sh\n${linux}\n\`\`\``);
  else {
    if (linux) blocks.push(`Linux\n\`\`\`sh\n${linux}\n\`\`\``);
    if (mac) blocks.push(`macOS\n\`\`\`sh\n${mac}\n\`\`\``);
  }
  return packLines(blocks, FIELD_BUDGET);
}

/**
 * The explain embed for `article`, as composed (unfitted). With no `match`, it is the embed
 * shown for the article itself (the "show" button, and what the linter checks).
 */
export function buildExplainEmbed(article: Article, context: ErrorContext, match: Match | null, confident: boolean, alternatives: Match[] = [], locale?: string | null): APIEmbed {
  const t = messagesFor(locale);
  const ctxLine = describeContext(context, t);
  const embed: APIEmbed = {
    title: article.title,
    description: ctxLine ? `${article.summary}\n\n${ctxLine}` : article.summary,
    color: categoryColor(article.category),
    fields: [],
  };
  const causes = causesField(article, context, t);
  if (causes) embed.fields!.push({ name: heading(article, 'causes', t('explain-heading-likely-causes')), value: causes });
  const steps = stepsField(article);
  if (steps) embed.fields!.push({ name: heading(article, 'fix', t('explain-heading-first-steps')), value: steps });
  const test = testField(article, context);
  if (test) embed.fields!.push({ name: heading(article, 'test', t('explain-heading-test')), value: test });
  if (alternatives.length) {
    const value = packLines(alternatives.map((a) => `• ${a.title} (${decimal(a.confidence, 2, locale)})`), FIELD_BUDGET);
    embed.fields!.push({ name: confident ? t('explain-field-also-possible') : t('explain-field-could-also-be'), value });
  }
  embed.footer = { text: match ? matchFooter(match, confident, alternatives.length, locale) : t('explain-article-footer', { id: article.id }) };
  return embed;
}

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * The rows under an answer without alternatives ("Full article", then the vote row) depend on
 * the article and the reader's locale alone: made once for each pair and frozen, since every such
 * reply shares them. Bounded by the articles times the locales; cleared if ever past the bound.
 */
const plainRows = new Map<string, readonly Row[]>();
const PLAIN_ROWS_MAX = 4096;

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function explainComponents(articleId: string, alternatives: Match[], t: Messages): Row[] {
  const shown = alternatives.slice(0, 3).filter((alt) => alt.id !== articleId);
  if (shown.length === 0) {
    const key = `${t.locale}\0${articleId}`;
    let rows = plainRows.get(key);
    if (!rows) {
      rows = deepFreeze([row([button(articleCustomId(articleId, 1), t('explain-button-full-article'), ButtonStyle.Primary)]), voteRow(articleId, t.locale)]);
      if (plainRows.size >= PLAIN_ROWS_MAX) plainRows.clear();
      plainRows.set(key, rows);
    }
    return [...rows];
  }
  const buttons = [button(articleCustomId(articleId, 1), t('explain-button-full-article'), ButtonStyle.Primary)];
  for (const alt of shown) buttons.push(button(showCustomId(alt.id), alt.title, ButtonStyle.Secondary));
  return [row(buttons), voteRow(articleId, t.locale)];
}

/** The reply to /explain (or the context-menu action) for a match result, in `locale`'s words. */
export function renderExplainReply(result: MatchResult, kb: KnowledgeBase, voice: Voice = DISCORD_VOICE, locale?: string | null): Reply {
  const article = result.match ? kb.article(result.match.id) : undefined;
  if (!result.match || !article) return renderNoMatchReply(result, kb, voice, locale);
  const ambiguous = !result.confident || result.alternatives.length > 0;
  const alternatives = ambiguous ? result.alternatives.filter((a) => kb.article(a.id)).map((a) => ({ ...a, title: titleOf(kb, a) })) : [];
  const embed = buildExplainEmbed(article, result.context, result.match, result.confident, alternatives, locale);
  return { embeds: [fitEmbed(embed)], components: explainComponents(article.id, alternatives, messagesFor(locale)) };
}

/** The explain reply for one article chosen directly (the `explain:show:<id>` button). */
export function renderArticleExplain(article: Article, context: ErrorContext = {}, locale?: string | null): Reply {
  return { embeds: [fitEmbed(buildExplainEmbed(article, context, null, true, [], locale))], components: explainComponents(article.id, [], messagesFor(locale)) };
}

export function renderNoMatchReply(result: MatchResult, kb: KnowledgeBase, voice: Voice = DISCORD_VOICE, locale?: string | null): Reply {
  const t = messagesFor(locale);
  const suggestions = result.alternatives
    .filter((a) => kb.article(a.id))
    .slice(0, 3)
    .map((a) => ({ ...a, title: titleOf(kb, a) }));
  const lines = [t('explain-no-match-intro')];
  if (suggestions.length) {
    lines.push('', t('explain-no-match-suggestions'));
    for (const s of suggestions) lines.push(t('explain-no-match-suggestion', { title: s.title, confidence: decimal(s.confidence, 2, locale) }));
  }
  const faqs = (result.faq ?? []).map((id) => kb.faq(id)).filter((f) => f !== undefined);
  if (faqs.length) {
    lines.push('', t('explain-no-match-faqs'));
    for (const f of faqs) lines.push(`• **${f.title}** — \`${voice.command('faq')} ${f.id}\``);
  }
  lines.push('', t('explain-no-match-hint', { command: voice.command('faq') }));
  const ctx = describeContext(result.context, t);
  if (ctx) lines.push('', ctx);
  const embed: APIEmbed = {
    title: t('explain-no-match-title'),
    description: lines.join('\n'),
    color: NO_MATCH_COLOR,
    footer: { text: suggestions.length ? t('explain-no-match-footer-ranked') : t('explain-no-match-footer-nothing') },
  };
  const reply: Reply = { embeds: [fitEmbed(embed)], components: [voteRow(NO_TARGET, locale)] };
  if (suggestions.length) reply.components = [row(suggestions.map((s) => button(showCustomId(s.id), s.title, ButtonStyle.Secondary))), voteRow(NO_TARGET, locale)];
  return reply;
}

// ---------------------------------------------------------------------------------------------
// Full article, paged

function articleBlocks(article: Article, t: Messages): string[] {
  const s = article.sections;
  const blocks: string[] = [];
  const h = (key: HeadingKey, fallback: string) => heading(article, key, fallback);
  if (s.meaning) blocks.push(`**${h('meaning', t('explain-heading-meaning'))}**\n${s.meaning}`);
  const causes: string[] = [];
  if (s.causes.server.length) causes.push(`__${h('server', t('explain-heading-server'))}__`, ...s.causes.server.map((c) => `• ${c}`));
  if (s.causes.client.length) causes.push(`__${h('client', t('explain-heading-your-side'))}__`, ...s.causes.client.map((c) => `• ${c}`));
  if (causes.length) blocks.push(`**${h('causes', t('explain-heading-common-causes'))}**\n${causes.join('\n')}`);
  if (s.fix.length) blocks.push(`**${h('fix', t('explain-heading-fix'))}**\n${s.fix.map((f, i) => `${i + 1}. ${f}`).join('\n')}`);
  const tests: string[] = [];
  if (s.test.windows) tests.push(`Windows\n\`\`\`powershell\n${s.test.windows}\n\`\`\``);
  if (s.test.macos) tests.push(`macOS\n\`\`\`sh\n${s.test.macos}\n\`\`\``);
  if (s.test.linux) tests.push(`Linux\n\`\`\`sh\n${s.test.linux}\n\`\`\``);
  if (tests.length) blocks.push(`**${h('test', t('explain-heading-test'))}**\n${tests.join('\n')}`);
  if (article.related.length) blocks.push(`**${h('related', t('explain-heading-related'))}**\n${article.related.map((r) => `• \`${r}\``).join('\n')}`);
  return blocks;
}

/** Split one block that is too long on its own at line boundaries. */
function splitBlock(block: string, budget: number): string[] {
  if (block.length <= budget) return [block];
  const out: string[] = [];
  let cur = '';
  for (const line of block.split('\n')) {
    const next = cur ? `${cur}\n${line}` : line;
    if (next.length > budget && cur) {
      out.push(cur);
      cur = line;
    } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}

/** The full article as pages (unfitted), each within one embed's limits. */
export function buildArticlePages(article: Article, locale?: string | null): APIEmbed[] {
  const t = messagesFor(locale);
  const pieces = articleBlocks(article, t).flatMap((b) => splitBlock(b, PAGE_BUDGET));
  const pages: string[] = [];
  let cur = '';
  // Page 1 also carries `*summary*\n\n`: its body gets what is left of the description limit.
  const firstBudget = Math.min(PAGE_BUDGET, LIMITS.description - article.summary.length - 4);
  for (const piece of pieces) {
    const next = cur ? `${cur}\n\n${piece}` : piece;
    if (next.length > (pages.length === 0 ? firstBudget : PAGE_BUDGET) && cur) {
      pages.push(cur);
      cur = piece;
    } else cur = next;
  }
  if (cur || pages.length === 0) pages.push(cur || article.summary);
  return pages.map((description, i) => ({
    title: pages.length > 1 ? `${article.title} (${i + 1}/${pages.length})` : article.title,
    description: i === 0 ? `*${article.summary}*\n\n${description}` : description,
    color: categoryColor(article.category),
    footer: { text: t('explain-page-footer', { id: article.id, page: count(i + 1), pages: count(pages.length) }) },
  }));
}

export function renderArticlePages(article: Article, locale?: string | null): APIEmbed[] {
  return buildArticlePages(article, locale).map(fitEmbed);
}

/**
 * One page of the full article as an ephemeral reply, with page buttons. `page` is 1-based.
 * Given the knowledge base, related articles become buttons (at most five) that open them.
 */
export function renderArticlePageReply(article: Article, page: number, kb?: KnowledgeBase, locale?: string | null): Reply {
  const t = messagesFor(locale);
  const pages = renderArticlePages(article, locale);
  const n = Math.min(Math.max(1, Math.trunc(page) || 1), pages.length);
  const reply: Reply = { embeds: [pages[n - 1]!], ephemeral: true };
  const rows: APIActionRowComponent<APIComponentInMessageActionRow>[] = [];
  if (pages.length > 1) {
    rows.push(
      row([
        button(pageCustomId(article.id, n - 1), t('explain-button-previous'), ButtonStyle.Secondary, n === 1),
        button(pageCustomId(article.id, n + 1), t('explain-button-next'), ButtonStyle.Secondary, n === pages.length),
      ]),
    );
  }
  const related = kb ? article.related.map((id) => kb.article(id)).filter((a) => a !== undefined) : [];
  if (related.length > 0) rows.push(row(related.map((a) => button(showCustomId(a.id), a.title, ButtonStyle.Secondary))));
  if (rows.length > 0) reply.components = rows;
  return reply;
}

// ---------------------------------------------------------------------------------------------
// FAQ

export function buildFaqEmbed(entry: FaqEntry, locale?: string | null): APIEmbed {
  const also = entry.aliases.length ? ` · ${messagesFor(locale)('explain-faq-also', { aliases: entry.aliases.slice(0, 8).join(', ') })}` : '';
  return { title: entry.title, description: entry.body, color: DEFAULT_COLOR, footer: { text: `FAQ ${entry.id}${also}` } };
}

export function renderFaqEmbed(entry: FaqEntry, locale?: string | null): APIEmbed {
  return fitEmbed(buildFaqEmbed(entry, locale));
}

export function renderFaqList(kb: KnowledgeBase, voice: Voice = DISCORD_VOICE, locale?: string | null): APIEmbed {
  const t = messagesFor(locale);
  const lines = [...kb.faqs].sort((a, b) => a.title.localeCompare(b.title)).map((f) => `• **${f.title}** — \`${f.id}\``);
  const description = packLines(lines, LIMITS.description - 64);
  const shown = description ? description.split('\n').length : 0;
  const more = shown < lines.length ? `\n${t('explain-faq-list-more', { count: count(lines.length - shown) })}` : '';
  return fitEmbed({
    title: 'FAQ',
    description: (description || t('explain-faq-list-empty')) + more,
    color: DEFAULT_COLOR,
    footer: { text: t('explain-faq-list-footer', { count: count(kb.faqs.length), command: voice.command('faq', '<id>') }) },
  });
}
