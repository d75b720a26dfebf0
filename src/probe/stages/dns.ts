/** DNS: resolve the host (c-ares, never getaddrinfo); see dns.ts. */
import { resolveTarget } from '../dns';
import type { Stage } from '../stage';

export const dnsStage: Stage = {
  name: 'dns',
  reports: 'dns',
  phase: 'probe',
  applies: () => true,
  async run(ctx) {
    const t = ctx.options.timeouts;
    const dns = await resolveTarget(ctx.target.host, { servers: ctx.options.dnsServers, timeoutMs: ctx.cap(t.dnsMs), signal: ctx.signal });
    ctx.addStage({ name: 'dns', ok: dns.ok, ms: dns.ms, facts: dns.facts });
    if (!dns.ok) {
      if (ctx.deadlineHit) ctx.conclude({ ...ctx.where, verdict: 'timeout', stage: 'dns', timeoutMs: t.deadlineMs, deadline: true });
      else ctx.conclude({ ...ctx.where, verdict: dns.verdict, failure: dns.facts.failure });
      return;
    }
    ctx.result.addresses = dns.addresses.map((a) => ({ ...a }));
  },
};
