/** Every command's custom-id codec, by prefix (see codec.ts). */
import { answerFaqIds } from './answer-faq';
import type { CustomIdCodec } from './codec';
import { explainIds } from './explain';
import { faqIds } from './faq';
import { faqsIds } from './faqs';
import { netmedicIds } from './netmedic';
import { teachIds } from './teach';
import { xtreamIds } from './xtream';

export { CUSTOM_ID_MAX, type CustomIdCodec } from './codec';
export { answerFaqIds, type AnswerFaqId } from './answer-faq';
export { explainIds, type ExplainId } from './explain';
export { faqIds, type FaqId } from './faq';
export { faqsIds, type FaqsId } from './faqs';
export { netmedicIds, type NetmedicId } from './netmedic';
export { teachIds, type TeachId } from './teach';
export { xtreamIds, type XtreamId } from './xtream';

export const CUSTOM_ID_CODECS: readonly CustomIdCodec<unknown>[] = [answerFaqIds, explainIds, faqIds, faqsIds, netmedicIds, teachIds, xtreamIds];
