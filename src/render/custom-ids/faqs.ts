/**
 * `/faqs`' ids. Buttons: `faqs:list:<page>` (pages of the list), `faqs:save:<draftId>` and
 * `faqs:cancel:<draftId>` (under an add preview), `faqs:rm:<entryId>:<version>` and `faqs:keep`
 * (the remove confirmation). Forms: `faqs:add` and `faqs:edit:<entryId>:<version>`. An id never
 * names a server: every handler takes the server from the interaction.
 */
import { joinId, segmentsOf, wholeNumber, type CustomIdCodec } from './codec';

export type FaqsId =
  | { kind: 'list'; page: number }
  | { kind: 'save' | 'cancel'; draftId: string }
  | { kind: 'rm'; entryId: string; version: number }
  | { kind: 'keep' }
  | { kind: 'add' }
  | { kind: 'edit'; entryId: string; version: number };

export const FAQS_PREFIX = 'faqs';

export const faqsIds: CustomIdCodec<FaqsId> = {
  prefix: FAQS_PREFIX,
  encode(id) {
    switch (id.kind) {
      case 'list':
        return joinId(FAQS_PREFIX, 'list', id.page);
      case 'save':
      case 'cancel':
        return joinId(FAQS_PREFIX, id.kind, id.draftId);
      case 'rm':
      case 'edit':
        return joinId(FAQS_PREFIX, id.kind, id.entryId, id.version);
      case 'keep':
      case 'add':
        return joinId(FAQS_PREFIX, id.kind);
    }
  },
  decode(customId) {
    const s = segmentsOf(FAQS_PREFIX, customId);
    if (!s) return null;
    const [action, first = '', second] = s;
    switch (action) {
      case 'list':
        // A page out of range is clamped by the list itself; unreadable is the first page.
        return { kind: 'list', page: Number(first) || 1 };
      case 'save':
      case 'cancel':
        return { kind: action, draftId: first };
      case 'keep':
      case 'add':
        return { kind: action };
      case 'rm':
      case 'edit': {
        const version = wholeNumber(second);
        return version === null ? null : { kind: action, entryId: first, version };
      }
      default:
        return null;
    }
  },
};
