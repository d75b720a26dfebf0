/**
 * Text a remote server chose (a game server's name, MOTD, map, version; an IPTV panel's message
 * and time zone) is data, not markup. Game and panel renderers call `serverText`, which strips
 * Minecraft's formatting codes and hands the rest to the one Discord sanitiser.
 */
import { discordText } from './sanitize';

/** Minecraft formatting codes (§ + one character). */
const SECTION_CODES = /§./gu;

/** One line of plain text: formatting codes removed, then sanitised like all foreign text. */
export function serverText(raw: string, max = 120): string {
  return discordText(raw.replace(SECTION_CODES, ''), max);
}
