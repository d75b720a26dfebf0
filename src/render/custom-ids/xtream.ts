/**
 * `/xtream`'s ids: `xtream:open` or `xtream:open:<panel URL>` (the "Check my line" button, the URL
 * prefilled in the form when the id fits in 100 characters) and `xtream:line` (the form). They
 * never carry a credential: the URL is the one displayed, which parseTarget has already
 * stripped of credentials. The URL is everything after `xtream:open:` (it has colons of its own).
 */
import { CUSTOM_ID_MAX, joinId, type CustomIdCodec } from './codec';

export type XtreamId = { kind: 'open'; url: string | null } | { kind: 'line' };

export const XTREAM_PREFIX = 'xtream';
const OPEN = joinId(XTREAM_PREFIX, 'open');
const LINE = joinId(XTREAM_PREFIX, 'line');

export const xtreamIds: CustomIdCodec<XtreamId> = {
  prefix: XTREAM_PREFIX,
  encode(id) {
    if (id.kind === 'line') return LINE;
    const withUrl = id.url ? joinId(OPEN, id.url) : OPEN;
    return withUrl.length <= CUSTOM_ID_MAX ? withUrl : OPEN;
  },
  decode(customId) {
    if (customId === LINE) return { kind: 'line' };
    if (customId === OPEN) return { kind: 'open', url: null };
    if (customId.startsWith(`${OPEN}:`)) return { kind: 'open', url: customId.slice(OPEN.length + 1) };
    return null;
  },
};
