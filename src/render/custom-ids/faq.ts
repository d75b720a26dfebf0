/** `/faq`'s id: `faq:delete:<posterId>`, the Delete button under a posted entry. */
import { joinId, segmentsOf, type CustomIdCodec } from './codec';

export type FaqId = { kind: 'delete'; posterId: string };

export const FAQ_PREFIX = 'faq';

export const faqIds: CustomIdCodec<FaqId> = {
  prefix: FAQ_PREFIX,
  encode: (id) => joinId(FAQ_PREFIX, 'delete', id.posterId),
  decode(customId) {
    const s = segmentsOf(FAQ_PREFIX, customId);
    return s?.[0] === 'delete' ? { kind: 'delete', posterId: s[1] ?? '' } : null;
  },
};
