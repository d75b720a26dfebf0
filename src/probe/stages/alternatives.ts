/** Follow-up: when the asked port is refused or silent, look at the ports services usually move to. */
import { DEFAULT_ALTERNATIVE_PORTS, probeAlternatives } from '../alternatives';
import type { Stage } from '../stage';

export const alternativesStage: Stage = {
  name: 'alternatives',
  phase: 'follow-up',
  // Not for an explicit TCP check (the user asked about that port only).
  applies: (target, options) => (options.protocol ?? 'auto') !== 'tcp' && (target.protocol !== 'tcp' || (options.protocol ?? 'auto') === 'auto'),
  async run(ctx) {
    const failure = ctx.found.tcpFailure;
    if (!failure || (failure.verdict !== 'refused' && failure.verdict !== 'timeout')) return;
    const ports = ctx.options.alternativePorts ?? DEFAULT_ALTERNATIVE_PORTS;
    const address = ctx.found.vetted[0];
    if (ports.length === 0 || !address || ctx.remaining() < 200) return;
    ctx.result.alternatives = await probeAlternatives({
      address,
      port: ctx.target.port,
      host: ctx.target.host,
      ports,
      timeoutMs: ctx.cap(Math.min(ctx.options.timeouts.tcpMs, 3000)),
      signal: ctx.signal,
    });
  },
};
