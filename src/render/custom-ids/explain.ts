/**
 * `/explain`'s ids (also on /check, auto-explain and "Explain this error" replies):
 * - `explain:article:<articleId>:<page>` opens the full article (a new ephemeral message);
 * - `explain:page:<articleId>:<page>` turns its pages (updates that message);
 * - `explain:show:<articleId>` shows the explain reply of another article;
 * - `explain:vote:yes|no:<target>` a Helpful / Not helpful vote; the target is an article id,
 *   `faq/<id>` or `-` (no confident match), and the id is cut at 100 characters.
 * A missing or unreadable page reads as page 1.
 */
import { CUSTOM_ID_MAX, joinId, segmentsOf, type CustomIdCodec } from './codec';

export type ExplainId =
  | { kind: 'article'; articleId: string; page: number }
  | { kind: 'page'; articleId: string; page: number }
  | { kind: 'show'; articleId: string }
  | { kind: 'vote'; helpful: boolean; target: string };

export const EXPLAIN_PREFIX = 'explain';

export const explainIds: CustomIdCodec<ExplainId> = {
  prefix: EXPLAIN_PREFIX,
  encode(id) {
    switch (id.kind) {
      case 'article':
      case 'page':
        return joinId(EXPLAIN_PREFIX, id.kind, id.articleId, id.page);
      case 'show':
        return joinId(EXPLAIN_PREFIX, 'show', id.articleId);
      case 'vote':
        return joinId(EXPLAIN_PREFIX, 'vote', id.helpful ? 'yes' : 'no', id.target).slice(0, CUSTOM_ID_MAX);
    }
  },
  decode(customId) {
    const s = segmentsOf(EXPLAIN_PREFIX, customId);
    if (!s) return null;
    const [action, first = '', second] = s;
    switch (action) {
      case 'article':
      case 'page':
        return { kind: action, articleId: first, page: Number.parseInt(second ?? '1', 10) || 1 };
      case 'show':
        return { kind: 'show', articleId: first };
      case 'vote':
        return first === 'yes' || first === 'no' ? { kind: 'vote', helpful: first === 'yes', target: second ?? '' } : null;
      default:
        return null;
    }
  },
};
