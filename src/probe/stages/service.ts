/**
 * Auto mode on a port with no known protocol: listen for a banner, then try TLS and HTTP (see
 * identify.ts); the verdict says what answered.
 */
import type * as Identify from '../identify';
import type { Stage } from '../stage';
import { failureFacts } from '../verdict-facts';

/** ../identify.ts (and what it loads) on the stage's first run: a check that ends before this stage never reads it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const identify = (): typeof Identify => require('../identify') as typeof Identify;

export const serviceStage: Stage = {
  name: 'service',
  reports: 'service',
  phase: 'probe',
  applies: (target, options) => target.protocol === 'tcp' && (options.protocol ?? 'auto') === 'auto',
  async run(ctx) {
    const address = ctx.found.connected;
    if (!address) return;
    const t = ctx.options.timeouts;
    const bannerMs = ctx.cap(Math.min(t.bannerMs ?? identify().DEFAULT_BANNER_MS, t.tcpMs));
    const after = (ms: number) => Math.max(1, Math.min(ms, Math.floor(ctx.remaining()) - bannerMs));
    const found = await identify().identifyService({
      address,
      port: ctx.target.port,
      host: ctx.target.host,
      isIp: ctx.target.isIp,
      bannerMs,
      tlsMs: after(t.tlsMs),
      httpMs: after(t.httpMs),
      signal: ctx.signal,
      ca: ctx.options.ca,
    });
    const service = found.service;
    ctx.result.service = service;
    if (found.certificate) ctx.result.certificate = found.certificate;
    const answered = service.kind === 'banner' || service.kind === 'tls' || service.kind === 'http';
    const certificate = found.certificate ? { subject: found.certificate.subject, issuer: found.certificate.issuer } : undefined;
    ctx.addStage({ name: 'service', ok: answered, ms: found.ms, facts: { kind: 'service', service, ...(certificate ? { certificate } : {}) } });
    if (!answered && (ctx.deadlineHit || (found.failure && found.failure.verdict !== 'timeout'))) {
      if (ctx.deadlineHit) ctx.conclude({ ...ctx.where, verdict: 'timeout', stage: 'service', timeoutMs: t.deadlineMs, deadline: true });
      else if (found.failure) ctx.conclude(failureFacts(found.failure, 'service', ctx.where, bannerMs));
      return;
    }
    switch (service.kind) {
      case 'http':
        if (service.httpStatus !== undefined) ctx.result.httpStatus = service.httpStatus;
        if (service.httpStatus !== undefined && service.httpStatus >= 400) {
          ctx.conclude({ ...ctx.where, verdict: 'http-status', protocol: ctx.target.protocol, status: service.httpStatus });
        } else {
          ctx.conclude({ ...ctx.where, verdict: 'ok', answer: { kind: 'service', service, ...(service.httpStatus !== undefined ? { httpStatus: service.httpStatus } : {}) } });
        }
        return;
      case 'banner':
      case 'tls':
        ctx.conclude({ ...ctx.where, verdict: 'ok', answer: { kind: 'service', service, ...(certificate ? { certSubject: certificate.subject } : {}) } });
        return;
      case 'silent':
        ctx.conclude({ ...ctx.where, verdict: 'silent' });
        return;
      case 'closed':
        ctx.conclude({ ...ctx.where, verdict: 'closed-on-accept' });
        return;
      case 'reset':
        ctx.conclude({ ...ctx.where, verdict: 'reset', stage: 'service' });
        return;
    }
  },
};
