/**
 * Renders the same reply data the bot sends to Discord as plain terminal text, so the CLI and
 * console mode show exactly what Discord would (same title, fields, buttons), minus the colours.
 * Its own few words (terminal.ftl) are in the reader's language (`style.locale`).
 */
import type { APIEmbed } from 'discord-api-types/v10';
import { messagesFor } from './i18n/messages';
import type { Reply } from './reply';
import { terminalText, unescapeDiscord } from './sanitize';

export interface TerminalStyle {
  color: boolean;
  /** Show the reply's buttons and menus as a `[Label]` row (default). Console mode numbers its own. */
  components?: boolean;
  /** The reader's language (Discord code) for the terminal's own words; English when absent. */
  locale?: string;
}

const BOLD = (s: string, st: TerminalStyle) => (st.color ? `\x1b[1m${s}\x1b[22m` : s);
const DIM = (s: string, st: TerminalStyle) => (st.color ? `\x1b[2m${s}\x1b[22m` : s);

/**
 * Discord markdown made readable in a terminal: **bold** and __underline__ become bold (or plain
 * without colour), [label](url) becomes "label (url)", mentions and timestamps are spelled out.
 * Code blocks are kept as they are. Backslash escapes show as the character (as in Discord), and
 * no control character or escape sequence from the text reaches the terminal (`terminalText`).
 */
export function plainMarkdown(text: string, style: TerminalStyle = { color: false }): string {
  // Each pattern runs only on text that has its opening characters: run on every line, V8
  // compiles each to machine code, a cost a CLI run pays for text that has none of them.
  let markdown = terminalText(text);
  if (markdown.includes('**')) markdown = markdown.replace(/\*\*([^*\n]+)\*\*/g, (_m, inner: string) => BOLD(inner, style));
  if (markdown.includes('__')) markdown = markdown.replace(/__([^_\n]+)__/g, (_m, inner: string) => BOLD(inner, style));
  if (markdown.includes('](')) markdown = markdown.replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '$1 ($2)');
  if (markdown.includes('<')) {
    markdown = markdown
      .replace(/<@!?(\d+)>/g, '@user($1)')
      .replace(/<#(\d+)>/g, '#channel($1)')
      .replace(/<t:(\d+)(?::[tTdDfFR])?>/g, (m, s: string) => {
        const date = new Date(Number(s) * 1000);
        return isNaN(date.getTime()) ? m : date.toISOString();
      });
  }
  return unescapeDiscord(markdown);
}

/** Plain text (a title, a label): safe for the terminal, escapes undone. */
function plain(text: string): string {
  return unescapeDiscord(terminalText(text));
}

export function renderEmbedText(embed: APIEmbed, style: TerminalStyle = { color: false }): string {
  const lines: string[] = [];
  if (embed.author?.name) lines.push(DIM(plain(embed.author.name), style));
  if (embed.title) lines.push(BOLD(plain(embed.title), style));
  if (embed.description) lines.push(plainMarkdown(embed.description, style));
  for (const field of embed.fields ?? []) {
    lines.push('');
    lines.push(BOLD(plainMarkdown(field.name, style), style));
    lines.push(plainMarkdown(field.value, style));
  }
  if (embed.footer?.text) {
    lines.push('');
    lines.push(DIM(plainMarkdown(embed.footer.text, style), style));
  }
  return lines.join('\n');
}

export function renderReplyText(reply: Reply, style: TerminalStyle = { color: false }): string {
  const parts: string[] = [];
  if (reply.ephemeral) parts.push(DIM(messagesFor(style.locale)('terminal-only-you'), style));
  if (reply.content) parts.push(plainMarkdown(reply.content, style));
  for (const embed of reply.embeds ?? []) parts.push(renderEmbedText(embed, style));
  const buttons: string[] = [];
  for (const row of reply.components ?? []) {
    for (const c of row.components) {
      if ('label' in c && c.label) buttons.push(`[${plain(c.label)}]`);
      else if ('placeholder' in c && c.placeholder) buttons.push(`[${plain(c.placeholder)} ▾]`);
    }
  }
  if (buttons.length && style.components !== false) parts.push(DIM(buttons.join(' '), style));
  return parts.join('\n\n');
}
