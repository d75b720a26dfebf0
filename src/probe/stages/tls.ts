/**
 * TLS (HTTPS and https:// Xtream links): handshake and judge the certificate. A failed handshake
 * is explained when the port answers plain HTTP, SSH or something else instead.
 */
import type { Stage } from '../stage';
import { sniffPort } from '../tcp';
import type * as TlsProbe from '../tls';
import { usesTls } from '../verdicts';
import { failureFacts } from '../verdict-facts';

/** ../tls.ts (and what it loads) on the stage's first run: a check that ends before this stage never reads it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const tlsProbe = (): typeof TlsProbe => require('../tls') as typeof TlsProbe;

export const tlsStage: Stage = {
  name: 'tls',
  reports: 'tls',
  phase: 'probe',
  applies: (target) => usesTls(target),
  async run(ctx) {
    const address = ctx.found.connected;
    if (!address) return;
    const { target } = ctx;
    const t = ctx.options.timeouts;
    const timeoutMs = ctx.cap(t.tlsMs);
    const outcome = await tlsProbe().tlsStage({ address, port: target.port, host: target.host, isIp: target.isIp, timeoutMs, signal: ctx.signal, ca: ctx.options.ca });
    if (outcome.certificate) ctx.result.certificate = outcome.certificate;
    if (outcome.ok || !outcome.failure) {
      ctx.addStage({ name: 'tls', ok: outcome.ok, ms: outcome.ms, facts: outcome.facts });
      ctx.progress();
      return;
    }
    const failure = outcome.failure;
    if (failure.verdict === 'tls-certificate') {
      ctx.addStage({ name: 'tls', ok: false, ms: outcome.ms, facts: outcome.facts });
      const certificate = outcome.facts.kind === 'certificate' ? outcome.facts.certificate : undefined;
      ctx.conclude({ ...ctx.where, verdict: 'tls-certificate', problem: failure.reason ?? 'invalid', code: failure.code, ...(certificate ? { certificate } : {}) });
      return;
    }
    if (failure.verdict !== 'timeout' || !ctx.deadlineHit) {
      // Explain a failed handshake: does the port answer plain HTTP, SSH, something else?
      const sniff = await sniffPort(address, target.port, {
        timeoutMs: ctx.cap(Math.min(2000, t.tlsMs)),
        signal: ctx.signal,
        payload: `HEAD / HTTP/1.0\r\nHost: ${target.host}\r\nUser-Agent: netmedic-check\r\n\r\n`,
      });
      if (sniff.kind === 'http') {
        ctx.addStage({ name: 'tls', ok: false, ms: outcome.ms, facts: { kind: 'plain-http', code: failure.code } });
        ctx.conclude({ ...ctx.where, verdict: 'tls-protocol', mismatch: 'plain-http', failure });
        return;
      }
      if (sniff.kind === 'ssh' || (sniff.kind === 'other' && failure.verdict === 'tls-protocol')) {
        ctx.addStage({ name: 'tls', ok: false, ms: outcome.ms, facts: outcome.facts });
        ctx.conclude({ ...ctx.where, verdict: 'not-http', spoke: sniff.kind === 'ssh' ? 'ssh' : 'other', banner: sniff.firstLine });
        return;
      }
    }
    ctx.addStage({ name: 'tls', ok: false, ms: outcome.ms, facts: outcome.facts });
    ctx.conclude(failureFacts(failure, 'tls', ctx.where, timeoutMs));
  },
};
