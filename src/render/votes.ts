/**
 * The "Helpful / Not helpful" row under every explain reply. Custom ids:
 * `explain:vote:yes:<target>` and `explain:vote:no:<target>`, where the target is the article id,
 * `faq/<id>` for a FAQ answer, or `-` for "No confident match". Pure.
 */
import type { APIActionRowComponent, APIComponentInMessageActionRow } from 'discord-api-types/v10';
import { ButtonStyle, ComponentType } from './component-values';
import { explainIds } from './custom-ids/explain';

export const NO_TARGET = '-';

export function voteCustomId(helpful: boolean, target: string): string {
  return explainIds.encode({ kind: 'vote', helpful, target });
}

export function voteRow(target: string): APIActionRowComponent<APIComponentInMessageActionRow> {
  return {
    type: ComponentType.ActionRow,
    components: [
      { type: ComponentType.Button, style: ButtonStyle.Success, custom_id: voteCustomId(true, target), label: 'Helpful' },
      { type: ComponentType.Button, style: ButtonStyle.Secondary, custom_id: voteCustomId(false, target), label: 'Not helpful' },
    ],
  };
}
