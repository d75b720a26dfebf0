/** HTTP(S): one GET of the target's path through the pinned connector; redirects are reported, not followed. */
import type * as HttpProbe from '../http';
import { isGameProtocol } from '../protocols';
import type { Stage } from '../stage';
import { concludeFailed, requestOptions } from './http-common';

/** ../http.ts (and what it loads) on the stage's first run: a check that ends before this stage never reads it. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const httpProbe = (): typeof HttpProbe => require('../http') as typeof HttpProbe;

export const httpStage: Stage = {
  name: 'http',
  reports: 'http',
  phase: 'probe',
  applies: (target) => !isGameProtocol(target.protocol) && target.protocol !== 'tcp' && target.protocol !== 'xtream',
  async run(ctx) {
    const address = ctx.found.connected;
    if (!address) return;
    const timeoutMs = ctx.cap(ctx.options.timeouts.httpMs);
    const http = await httpProbe().httpStage({ ...requestOptions(ctx, address, timeoutMs), path: ctx.target.path || '/', method: 'GET' });
    ctx.addStage({ name: 'http', ok: http.ok, ms: http.ms, facts: http.facts });
    if (http.facts.kind === 'failed') {
      concludeFailed(ctx, http.facts.failure, 'http', timeoutMs);
      return;
    }
    const answer = http.facts;
    ctx.result.httpStatus = answer.status;
    if (answer.location) ctx.note({ kind: 'redirect', location: answer.location });
    const facts = { status: answer.status, statusText: answer.statusText, ...(answer.location ? { location: answer.location } : {}) };
    if (answer.status >= 400) ctx.conclude({ ...ctx.where, verdict: 'http-status', protocol: ctx.target.protocol, path: ctx.target.path, ...facts });
    else ctx.conclude({ ...ctx.where, verdict: 'ok', answer: { kind: 'http', ttfbMs: answer.ttfbMs, ...facts } });
  },
};
