/**
 * "Answer with FAQ"'s id: `answer-faq:pick:<channelId>:<messageId>:<authorId>`, the menu of
 * entries; the chosen entry is posted as a reply to that message, pinging its author.
 */
import { joinId, segmentsOf, type CustomIdCodec } from './codec';

export type AnswerFaqId = { kind: 'pick'; channelId: string; messageId: string; authorId: string };

export const ANSWER_FAQ_PREFIX = 'answer-faq';

export const answerFaqIds: CustomIdCodec<AnswerFaqId> = {
  prefix: ANSWER_FAQ_PREFIX,
  encode: (id) => joinId(ANSWER_FAQ_PREFIX, 'pick', id.channelId, id.messageId, id.authorId),
  decode(customId) {
    const s = segmentsOf(ANSWER_FAQ_PREFIX, customId);
    if (s?.[0] !== 'pick') return null;
    return { kind: 'pick', channelId: s[1] ?? '', messageId: s[2] ?? '', authorId: s[3] ?? '' };
  },
};
