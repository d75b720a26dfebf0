/**
 * "Teach netmedic"'s ids: `teach:pick:<draftId>` (the article menu), `teach:faq:<draftId>` (the
 * FAQ menu; both share one draft) and `teach:gap:<draftId>:<n>` (the n-th Teach button under
 * `/kb gaps`, n from 0).
 */
import { joinId, segmentsOf, wholeNumber, type CustomIdCodec } from './codec';

export type TeachId = { kind: 'pick' | 'faq'; draftId: string } | { kind: 'gap'; draftId: string; index: number };

export const TEACH_PREFIX = 'teach';

export const teachIds: CustomIdCodec<TeachId> = {
  prefix: TEACH_PREFIX,
  encode: (id) => (id.kind === 'gap' ? joinId(TEACH_PREFIX, 'gap', id.draftId, id.index) : joinId(TEACH_PREFIX, id.kind, id.draftId)),
  decode(customId) {
    const s = segmentsOf(TEACH_PREFIX, customId);
    const [action, draftId = ''] = s ?? [];
    if (action === 'pick' || action === 'faq') return { kind: action, draftId };
    if (action !== 'gap') return null;
    const index = wholeNumber(s?.[2]);
    return index === null ? null : { kind: 'gap', draftId, index };
  },
};
