/**
 * The "Check my line" button of the Xtream line check. Its ids (and the form's) are encoded and
 * decoded by custom-ids/xtream.ts only; they never carry a credential.
 */
import type { APIButtonComponentWithCustomId } from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from './component-values';
import { XTREAM_PREFIX, xtreamIds } from './custom-ids/xtream';
import { messagesFor } from './i18n/messages';

export { XTREAM_PREFIX };
export const LINE_MODAL_ID = xtreamIds.encode({ kind: 'line' });

/** The button's id: `xtream:open`, plus the (credential-free) panel URL to prefill when it fits. */
export function lineButtonId(display?: string): string {
  return xtreamIds.encode({ kind: 'open', url: display ?? null });
}

export function lineButton(display?: string, locale?: string): APIButtonComponentWithCustomId {
  return { type: ComponentType.Button, style: ButtonStyle.Primary, label: messagesFor(locale)('xtream-button'), emoji: { name: '🔑' }, custom_id: lineButtonId(display) };
}

