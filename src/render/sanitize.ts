/**
 * The one place that turns text we do not control into safe display text. Pure functions.
 *
 * "Text we do not control" is everything the probe engine reports (it may hold a probed server's
 * Server/Location header, banner, certificate names, Xtream fields) and anything quoted from a
 * pasted message. Renderers pass every such string through here:
 *
 * - `discordText`  for Discord markdown (descriptions, field values, titles): controls, bidi and
 *   zero-width characters removed, whitespace folded to one line, length capped, and every
 *   character that could start markdown escaped with a backslash, so masked links, headings,
 *   emphasis, spoilers, code fences, block quotes, list markers, mentions, timestamps, custom
 *   emoji and bare links all show as the characters they are.
 * - `discordCode`  for text placed inside a code span or block (no backslash escapes work there):
 *   the same cleaning, and backticks replaced.
 * - `terminalText` for anything written to a terminal: every ESC sequence (CSI, OSC, DCS, …, in
 *   their 7-bit and 8-bit forms) and every other C0/C1 control except newline and tab becomes
 *   U+FFFD; bidi and zero-width characters are removed.
 * - `unescapeDiscord` undoes `discordText`'s escapes for the terminal (outside code), so the CLI
 *   shows the same characters Discord shows.
 */

/** Default cap for one piece of foreign text in Discord (characters, before escaping). */
export const FOREIGN_TEXT_MAX = 300;

/**
 * Bidi controls, zero-width characters, invisible fillers that render as nothing: Unicode's
 * format characters (general category Cf, written out as ranges: a `\p{Cf}` class makes V8 build
 * an ICU set at the first use, which is most of a CLI run's first rendering; the sanitize test
 * checks these ranges against `\p{Cf}` for every code point), and the fillers and joiners after them.
 */
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- the joiners and selectors are the point: they go
  /[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\u{110bd}\u{110cd}\u{13430}-\u{1343f}\u{1bca0}-\u{1bca3}\u{1d173}-\u{1d17a}\u{e0001}\u{e0020}-\u{e007f}\u115f\u1160\u3164\uffa0\u034f\u180b-\u180d\ufe00-\ufe0f]/gu;
/** Line breaks and other whitespace controls: they become a space. */
const BREAK = /[\t\n\v\f\r\x85\u2028\u2029]/g;
/** Every other C0 and C1 control, and DEL (general category Cc): removed. */
// eslint-disable-next-line no-control-regex -- the controls are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** Lone surrogates (broken UTF-16) show as nothing useful. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Characters that start or close Discord markdown anywhere in a line. */
const MARKDOWN_ANYWHERE = /[\\*~`|[\]<>@]/g;
/**
 * An underscore between two letters or digits (snake_case, OpenSSH_9.6) starts no emphasis.
 * Made on first use: V8 parses a pattern when its literal is evaluated, and the letter classes'
 * ICU sets make this one cost a CLI start-up about 3 M instructions even when no text has an underscore.
 */
let emphasisUnderscore: RegExp | undefined;
const EMPHASIS_UNDERSCORE = (): RegExp => (emphasisUnderscore ??= /(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu);
/** Markers that only count at the start of a line (heading, list, subtext), before a space or '#'. */
const MARKDOWN_LINE_START = /^(?:([#+-])(?=[#\s])|(\d+)([.)])(?=\s))/;
/** A scheme's "://": escaping the first slash stops Discord from turning the text into a link. */
const LINK_SCHEME = /([a-z][a-z0-9+.-]*):\/\//gi;

/** Cut to at most `max` characters (code points), marking the cut with an ellipsis. */
export function capLength(text: string, max: number): string {
  // A string has at least as many UTF-16 units as code points: short enough by that count is short enough.
  if (text.length <= max) return text;
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  if (max <= 1) return chars.slice(0, Math.max(0, max)).join('');
  return chars.slice(0, max - 1).join('').trimEnd() + '…';
}

/** Printable ASCII only (no control, no DEL, nothing invisible): only spaces can need folding. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** One line of plain text: controls become spaces, invisible characters go, spaces fold. */
export function cleanText(text: string, max = FOREIGN_TEXT_MAX): string {
  text = String(text);
  // Most of what gets here (hosts, error codes, quoted pastes) is printable ASCII: the scans for
  // controls and invisible characters below cannot change it, so only the spaces are folded.
  if (PRINTABLE_ASCII.test(text)) return capLength(text.includes('  ') ? text.replace(/ +/g, ' ').trim() : text.trim(), max);
  const oneLine = text
    .replace(LONE_SURROGATE, '')
    .replace(BREAK, ' ')
    .replace(CONTROL, '')
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .trim();
  return capLength(oneLine, max);
}

/** Escape what Discord would read as markdown (the text must already be one clean line). */
export function escapeMarkdown(line: string, options: { links?: boolean } = {}): string {
  const marked = line.replace(MARKDOWN_ANYWHERE, (c) => `\\${c}`);
  // The underscore rule's letter classes cost ICU sets: made and run only for text that has one.
  const escaped = marked.includes('_') ? marked.replace(EMPHASIS_UNDERSCORE(), '\\_') : marked;
  // Each pattern runs only on text it can change: a pattern run on many lines is compiled to
  // machine code by V8 (LINK_SCHEME's case folding is the dearest), which a CLI run pays for.
  const unlinked = options.links === false || !escaped.includes('://') ? escaped : escaped.replace(LINK_SCHEME, (_m, scheme: string) => `${scheme}:\\//`);
  return mayStartLineMarker(unlinked.charCodeAt(0))
    ? unlinked.replace(MARKDOWN_LINE_START, (_m, mark: string | undefined, digits: string | undefined, dot: string | undefined) => (mark !== undefined ? `\\${mark}` : `${digits}\\${dot}`))
    : unlinked;
}

/** `#`, `+`, `-` or a digit: the only first characters MARKDOWN_LINE_START can match. */
function mayStartLineMarker(code: number): boolean {
  return code === 35 || code === 43 || code === 45 || (code >= 48 && code <= 57);
}

/** Foreign text for Discord markdown: cleaned, capped to `max` characters, escaped. */
export function discordText(text: string, max = FOREIGN_TEXT_MAX): string {
  return escapeMarkdown(cleanText(text, max));
}

/**
 * Foreign text for an embed title, where Discord renders emphasis but never links: as
 * `discordText`, with "://" left alone.
 */
export function discordTitle(text: string, max = FOREIGN_TEXT_MAX): string {
  return escapeMarkdown(cleanText(text, max), { links: false });
}

/** Foreign text for inside a Discord code span or block: cleaned, capped, no backticks. */
export function discordCode(text: string, max = FOREIGN_TEXT_MAX): string {
  return cleanText(text, max).replace(/`/g, "'");
}

const REPLACEMENT = '\uFFFD';

/**
 * ESC sequences, 7-bit (ESC …) and 8-bit (C1) forms. String sequences (OSC, DCS, SOS, PM, APC)
 * run to BEL or ST, or to the end of the text when unterminated.
 */
const ESC_SEQUENCES = new RegExp(
  [
    '(?:\\x1b\\[|\\x9b)[\\x30-\\x3f]*[\\x20-\\x2f]*[\\x40-\\x7e]?', // CSI
    '(?:\\x1b[\\]PX^_]|[\\x90\\x98\\x9d\\x9e\\x9f])[^\\x07\\x1b\\x9c]*(?:\\x07|\\x1b\\\\|\\x9c)?', // OSC, DCS, SOS, PM, APC
    '\\x1b[\\x20-\\x2f]*[\\x30-\\x7e]?', // any other ESC sequence (or a lone ESC)
  ].join('|'),
  'g',
);
/** Controls left after the sequences are gone (newline and tab stay). */
const CONTROL_CHARS = '\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f';
const INVISIBLE_CHARS = '\\u202a-\\u202e\\u2066-\\u2069\\u200b-\\u200f\\u061c\\u2060\\ufeff';
const TERMINAL_CONTROLS = new RegExp(`[${CONTROL_CHARS}]`, 'g');
const TERMINAL_INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

/**
 * Any character the three patterns above can match (every escape sequence starts with ESC or a
 * C1 control): text without one is safe as it is, after one scan instead of three.
 */
const TERMINAL_UNSAFE = new RegExp(`[${CONTROL_CHARS}${INVISIBLE_CHARS}]`);

/** Text that is safe to write to a terminal: no escape sequence, no control, no bidi trick. */
export function terminalText(text: string): string {
  if (!TERMINAL_UNSAFE.test(text)) return text;
  return text.replace(ESC_SEQUENCES, REPLACEMENT).replace(TERMINAL_CONTROLS, REPLACEMENT).replace(TERMINAL_INVISIBLE, '');
}

/** Code blocks and spans, where Discord shows backslashes as they are. */
const CODE = /(?<!\\)```[\s\S]*?```|(?<!\\)`[^`\n]*`/g;
const MARKDOWN_ESCAPE = /\\([\\*_~`|[\]<>@#+\-.)/])/g;

/**
 * Undo `escapeMarkdown` outside code, as Discord does when it shows the text. One scan for the
 * code parts (what `split` on a capturing pattern gives, without trying the pattern at every
 * character: a terminal reply has a few thousand).
 */
export function unescapeDiscord(text: string): string {
  if (!text.includes('\\')) return text;
  let out = '';
  let last = 0;
  for (const code of text.matchAll(CODE)) {
    out += text.slice(last, code.index).replace(MARKDOWN_ESCAPE, '$1') + code[0];
    last = code.index + code[0].length;
  }
  return out + text.slice(last).replace(MARKDOWN_ESCAPE, '$1');
}
