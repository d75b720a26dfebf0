/**
 * The "Helpful / Not helpful" row under every explain reply. Custom ids:
 * `explain:vote:yes:<target>` and `explain:vote:no:<target>`, where the target is the article id,
 * `faq/<id>` for a FAQ answer, or `-` for "No confident match". Pure.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow } from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from './component-values';
import { explainIds } from './custom-ids/explain';
import { messagesFor } from './i18n/messages';

export const NO_TARGET = '-';

export function voteCustomId(helpful: boolean, target: string): string {
  return explainIds.encode({ kind: 'vote', helpful, target });
}

/** The row, labelled in the reader's `locale` (English when none is given). */
export function voteRow(target: string, locale?: string | null): APIActionRowComponent<APIComponentInMessageActionRow> {
  const t = messagesFor(locale);
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Success, custom_id: voteCustomId(true, target), label: t('explain-vote-helpful') },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: voteCustomId(false, target), label: t('explain-vote-not-helpful') },
    ],
  };
}
