/**
 * Text a remote server chose (a game server's name, MOTD, map, version; an IPTV panel's message
 * and time zone) is data, not markup: it is shown as plain text. Every renderer that shows server
 * text calls `serverText` and nothing else, so one change here covers all of it (the planned
 * shared sanitiser in src/render replaces this body).
 */
import { truncate } from './limits';

/** Minecraft formatting codes (§ + one character). */
const SECTION_CODES = /§./gu;
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/gu;
const MARKDOWN = /[\\`*_~|>#[\]<@]/g;

/** One line of plain text: codes and control characters removed, markdown and mentions defused. */
export function serverText(raw: string, max = 120): string {
  const flat = raw.replace(SECTION_CODES, '').replace(CONTROLS, ' ').replace(/\s+/g, ' ').trim();
  return truncate(flat, max).replace(MARKDOWN, (c) => `\\${c}`);
}
