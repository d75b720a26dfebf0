/**
 * TCP: one connection per address family in parallel; the first that connects is used later.
 * Asked explicitly for TCP, the connection is the answer.
 */
import { isGameProtocol } from '../protocols';
import type { Stage } from '../stage';
import { tcpStage as connectFamilies } from '../tcp';
import { failureFacts } from '../verdict-facts';

export const tcpStage: Stage = {
  name: 'tcp',
  reports: 'tcp',
  phase: 'probe',
  applies: (target) => !isGameProtocol(target.protocol),
  async run(ctx) {
    const timeoutMs = ctx.cap(ctx.options.timeouts.tcpMs);
    const tcp = await connectFamilies(ctx.found.vetted, ctx.target.port, { timeoutMs, signal: ctx.signal });
    for (const s of tcp.stages) ctx.addStage(s);
    for (const n of tcp.notes) ctx.note(n);
    if (!tcp.address) {
      const failure = tcp.failure ?? { verdict: 'network-unreachable' as const, code: 'ENOADDRESS', kind: 'no-local-address' as const };
      ctx.found.tcpFailure = failure;
      ctx.conclude(failureFacts(failure, 'tcp', ctx.where, timeoutMs));
      ctx.progress();
      return;
    }
    ctx.found.connected = tcp.address;
    ctx.progress();
    if (ctx.target.protocol === 'tcp' && (ctx.options.protocol ?? 'auto') !== 'auto') {
      ctx.conclude({ ...ctx.where, verdict: 'ok', answer: { kind: 'tcp', family: tcp.address.family } });
    }
  },
};
