/** `/netmedic settings`' id: `netmedic:learning:on|off`, the one-click learning switch. */
import { joinId, segmentsOf, type CustomIdCodec } from './codec';

export type NetmedicId = { kind: 'learning'; on: boolean };

export const NETMEDIC_PREFIX = 'netmedic';

export const netmedicIds: CustomIdCodec<NetmedicId> = {
  prefix: NETMEDIC_PREFIX,
  encode: (id) => joinId(NETMEDIC_PREFIX, 'learning', id.on ? 'on' : 'off'),
  decode(customId) {
    const s = segmentsOf(NETMEDIC_PREFIX, customId);
    if (s?.[0] !== 'learning' || (s[1] !== 'on' && s[1] !== 'off')) return null;
    return { kind: 'learning', on: s[1] === 'on' };
  },
};
