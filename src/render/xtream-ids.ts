/**
 * Custom ids of the Xtream line check (the "Check my line" button and its form), encoded and
 * decoded here only. They never carry a credential: at most the panel URL as displayed, which
 * parseTarget has already stripped of credentials.
 */
import type { APIButtonComponentWithCustomId } from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from './component-values';
import { messagesFor } from './i18n/messages';
import { LIMITS } from './limits';

export const XTREAM_PREFIX = 'xtream';
export const LINE_MODAL_ID = `${XTREAM_PREFIX}:line`;
const OPEN = `${XTREAM_PREFIX}:open`;

/** The button's id: `xtream:open`, plus the (credential-free) panel URL to prefill when it fits. */
export function lineButtonId(display?: string): string {
  const withUrl = display ? `${OPEN}:${display}` : OPEN;
  return withUrl.length <= LIMITS.customId ? withUrl : OPEN;
}

export type XtreamComponentId = { kind: 'open'; url: string | null } | { kind: 'modal' } | { kind: 'unknown' };

export function parseXtreamId(customId: string): XtreamComponentId {
  if (customId === LINE_MODAL_ID) return { kind: 'modal' };
  if (customId === OPEN) return { kind: 'open', url: null };
  if (customId.startsWith(`${OPEN}:`)) return { kind: 'open', url: customId.slice(OPEN.length + 1) };
  return { kind: 'unknown' };
}

export function lineButton(display?: string, locale?: string): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style: ButtonStyle.Primary, label: messagesFor(locale)('xtream-button'), emoji: { name: '🔑' }, custom_id: lineButtonId(display) };
}

